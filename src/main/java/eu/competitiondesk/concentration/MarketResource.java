package eu.competitiondesk.concentration;

import eu.competitiondesk.export.Attachment;
import eu.competitiondesk.cases.CaseFile;
import eu.competitiondesk.concentration.MarketForms.DatasetForm;
import eu.competitiondesk.concentration.MarketForms.MarketForm;
import eu.competitiondesk.concentration.MarketForms.RowForm;
import eu.competitiondesk.concentration.MarketService.DatasetDetails;
import eu.competitiondesk.concentration.MarketService.MarketDetails;
import eu.competitiondesk.web.Flash;
import eu.competitiondesk.web.FormErrors;
import eu.competitiondesk.web.FormValidator;
import eu.competitiondesk.web.Option;
import eu.competitiondesk.web.Pages;
import eu.competitiondesk.web.RequestBodies;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The pages of a case's markets: create and edit a market, its datasets and rows, CSV import and export. */
@Path("/cases/{caseId}/markets")
@Produces(MediaType.TEXT_HTML)
public class MarketResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance marketForm(CaseFile caseFile, RelevantMarket market, MarketForm form,
                FormErrors errors, List<Option> basisOptions, boolean conflict);

        static native TemplateInstance datasetForm(CaseFile caseFile, RelevantMarket market, DatasetForm form,
                FormErrors errors);

        static native TemplateInstance show(CaseFile caseFile, RelevantMarket market, ShareDataset dataset,
                List<ShareRowLine> rows, MarketFigures figures, boolean canEdit, RowForm rowForm, FormErrors errors,
                List<ShareCsv.Error> csvErrors, List<MarketScenario> scenarios, List<String> panels);
    }

    @ConfigProperty(name = "desk.http.max-body-size")
    MemorySize importLimit;

    @Inject
    MarketAccess access;

    @Inject
    MarketService markets;

    @Inject
    FormValidator validator;

    @Inject
    MarketMessages msg;

    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<MarketPanel> panels;

    @GET
    @Path("/new")
    public TemplateInstance newForm(@RestPath long caseId) {
        CaseFile caseFile = access.caseFile(caseId);
        requireEditable(caseFile);
        MarketForm form = new MarketForm();
        form.shareBasis = ShareBasis.REVENUE.name();
        return Templates.marketForm(caseFile, null, form, FormErrors.none(), basisOptions(), false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestPath long caseId, @BeanParam MarketForm form) {
        CaseFile caseFile = access.caseFile(caseId);
        requireEditable(caseFile);
        FormErrors errors = validator.validate(form.normalised());
        if (errors.isEmpty()) {
            RelevantMarket market = markets.create(caseId, details(form));
            return Flash.redirect("/cases/" + caseId + "/markets/" + market.id, msg.market_created(market.name));
        }
        return Pages.unprocessable(Templates.marketForm(caseFile, null, form, errors, basisOptions(), false));
    }

    @GET
    @Path("/{marketId}")
    public TemplateInstance show(@RestPath long caseId, @RestPath long marketId, @RestQuery Long dataset) {
        RelevantMarket market = access.viewable(caseId, marketId);
        ShareDataset shown = dataset == null ? market.defaultDataset().orElse(null) : access.dataset(market, dataset);
        return showPage(market, shown, new RowForm(), FormErrors.none(), List.of());
    }

    @GET
    @Path("/{marketId}/edit")
    public TemplateInstance editForm(@RestPath long caseId, @RestPath long marketId) {
        RelevantMarket market = access.editable(caseId, marketId);
        return Templates.marketForm(market.caseFile, market, MarketForm.of(market), FormErrors.none(), basisOptions(),
                false);
    }

    @POST
    @Path("/{marketId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long caseId, @RestPath long marketId, @BeanParam MarketForm form) {
        RelevantMarket market = access.editable(caseId, marketId);
        FormErrors errors = validator.validate(form.normalised());
        if (errors.isEmpty()) {
            try {
                markets.update(marketId, Pages.version(form.version), details(form));
                return Flash.redirect("/cases/" + caseId + "/markets/" + marketId, msg.market_updated(form.name));
            } catch (MarketService.StaleMarketException e) {
                return Pages.conflict(Templates.marketForm(market.caseFile,
                        e.current, form, errors, basisOptions(), true));
            }
        }
        return Pages.unprocessable(Templates.marketForm(market.caseFile, market, form, errors, basisOptions(), false));
    }

    @GET
    @Path("/{marketId}/datasets/new")
    public TemplateInstance datasetForm(@RestPath long caseId, @RestPath long marketId) {
        RelevantMarket market = access.editable(caseId, marketId);
        return Templates.datasetForm(market.caseFile, market, new DatasetForm(), FormErrors.none());
    }

    @POST
    @Path("/{marketId}/datasets")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addDataset(@RestPath long caseId, @RestPath long marketId, @BeanParam DatasetForm form) {
        RelevantMarket market = access.editable(caseId, marketId);
        FormErrors errors = validator.validate(form.normalised());
        if (errors.isEmpty()) {
            try {
                ShareDataset dataset = markets.addDataset(marketId, new DatasetDetails(form.datasetPeriod,
                        form.datasetSource, form.datasetScope, decimalOrNull(form.marketSize), form.datasetNote,
                        form.confidential));
                return Flash.redirect("/cases/" + caseId + "/markets/" + marketId + "?dataset=" + dataset.id,
                        msg.dataset_created(dataset.label()));
            } catch (MarketService.DuplicateDatasetException e) {
                errors.add("datasetPeriod", msg.dataset_exists());
            }
        }
        return Pages.unprocessable(Templates.datasetForm(market.caseFile, market, form, errors));
    }

    @POST
    @Path("/{marketId}/datasets/{datasetId}/reference")
    public Response makeReference(@RestPath long caseId, @RestPath long marketId, @RestPath long datasetId) {
        RelevantMarket market = access.editable(caseId, marketId);
        ShareDataset dataset = access.dataset(market, datasetId);
        markets.makeReference(marketId, datasetId);
        return Flash.redirect(datasetPage(caseId, marketId, datasetId), msg.dataset_made_reference(dataset.label()));
    }

    @POST
    @Path("/{marketId}/datasets/{datasetId}/rows")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addRow(@RestPath long caseId, @RestPath long marketId, @RestPath long datasetId,
            @BeanParam RowForm form) {
        RelevantMarket market = access.editable(caseId, marketId);
        ShareDataset dataset = access.dataset(market, datasetId);
        FormErrors errors = validator.validate(form.normalised());
        if (errors.isEmpty()) {
            try {
                markets.addRow(datasetId, new ShareCsv.Row(form.firm, new BigDecimal(form.share), form.rowSource,
                        form.rowPeriod, form.rowNote));
                return Flash.redirect(datasetPage(caseId, marketId, datasetId) + "#rows",
                        msg.row_added(form.firm));
            } catch (MarketService.DuplicateFirmException e) {
                errors.add("firm", msg.row_firm_exists());
            } catch (MarketService.TotalTooHighException e) {
                errors.add("share", msg.row_total_too_high());
            }
        }
        form.open = true;
        return Pages.unprocessable(showPage(market, dataset, form, errors, List.of()));
    }

    @POST
    @Path("/{marketId}/datasets/{datasetId}/rows/{rowId}/remove")
    public Response removeRow(@RestPath long caseId, @RestPath long marketId, @RestPath long datasetId,
            @RestPath long rowId) {
        RelevantMarket market = access.editable(caseId, marketId);
        access.dataset(market, datasetId);
        String firm = markets.removeRow(datasetId, rowId);
        return Flash.redirect(datasetPage(caseId, marketId, datasetId) + "#rows", msg.row_removed(firm));
    }

    @POST
    @Path("/{marketId}/datasets/{datasetId}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importCsv(@RestPath long caseId, @RestPath long marketId, @RestPath long datasetId,
            @RestForm("file") FileUpload file) {
        RelevantMarket market = access.editable(caseId, marketId);
        ShareDataset dataset = access.dataset(market, datasetId);
        List<ShareCsv.Row> rows;
        try {
            rows = readCsv(file);
        } catch (ShareCsv.Rejected e) {
            return Pages.unprocessable(showPage(market, dataset, new RowForm(),
                    FormErrors.none().add("file", msg.csv_rejected(e.errors.size())), e.errors));
        }
        int count = markets.replaceRows(datasetId, rows);
        return Flash.redirect(datasetPage(caseId, marketId, datasetId) + "#rows", msg.csv_imported(count));
    }

    @GET
    @Path("/{marketId}/datasets/{datasetId}/shares.csv")
    @Produces("text/csv")
    public Response exportCsv(@RestPath long caseId, @RestPath long marketId, @RestPath long datasetId) {
        RelevantMarket market = access.viewable(caseId, marketId);
        ShareDataset dataset = access.dataset(market, datasetId);
        return Attachment.of(ShareCsv.write(dataset.rows), "text/csv; charset=UTF-8",
                "shares-" + market.caseFile.reference + "-" + dataset.period + ".csv").build();
    }

    private TemplateInstance showPage(RelevantMarket market, ShareDataset dataset, RowForm rowForm, FormErrors errors,
            List<ShareCsv.Error> csvErrors) {
        MarketFigures figures = dataset == null || dataset.rows.isEmpty() ? null
                : MarketFigures.of(dataset, othersMax(market), msg);
        boolean canEdit = access.canEdit(market.caseFile);
        List<ShareRowLine> rows = dataset == null ? List.of() : ShareRowLine.of(dataset,
                rowsAddress(market.caseFile.id, market.id, dataset.id), canEdit);
        return Templates.show(market.caseFile, market, dataset, rows, figures, canEdit, rowForm, errors, csvErrors,
                MarketScenario.ofMarket(market.id), panels.stream().map(p -> p.render(market, canEdit)).toList());
    }

    /** Reads the upload as strict UTF-8; a file in another encoding is refused rather than garbled. */
    private List<ShareCsv.Row> readCsv(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw new ShareCsv.Rejected(List.of(new ShareCsv.Error(0, 0, null, msg.csv_no_file())));
        }
        // A chunked upload has no declared length to judge beforehand, so the file itself is measured here.
        if (file.size() > importLimit.asLongValue()) {
            throw new ShareCsv.Rejected(List.of(new ShareCsv.Error(0, 0, null,
                    msg.csv_too_large(RequestBodies.megabytes(importLimit.asLongValue())))));
        }
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file.uploadedFile()),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            return ShareCsv.parse(new java.io.BufferedReader(reader));
        } catch (java.io.UncheckedIOException | IOException e) {
            boolean encoding = e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException;
            throw new ShareCsv.Rejected(List.of(new ShareCsv.Error(0, 0, null,
                    encoding ? msg.csv_not_utf8() : msg.csv_unreadable())));
        }
    }

    static BigDecimal othersMax(RelevantMarket market) {
        return market.othersMaxShare;
    }

    private static String rowsAddress(long caseId, long marketId, long datasetId) {
        return "/cases/" + caseId + "/markets/" + marketId + "/datasets/" + datasetId + "/rows";
    }

    private static String datasetPage(long caseId, long marketId, long datasetId) {
        return "/cases/" + caseId + "/markets/" + marketId + "?dataset=" + datasetId;
    }

    private MarketDetails details(MarketForm form) {
        return new MarketDetails(form.name, form.productScope, form.geographicScope, form.period,
                ShareBasis.valueOf(form.shareBasis), decimalOrNull(form.othersMaxShare));
    }

    private static BigDecimal decimalOrNull(String value) {
        return value == null || value.isBlank() ? null : new BigDecimal(value);
    }


    private List<Option> basisOptions() {
        return Option.of(ShareBasis.class, msg::shareBasis, null);
    }

    private void requireEditable(CaseFile caseFile) {
        if (!access.canEdit(caseFile)) {
            throw new jakarta.ws.rs.ForbiddenException();
        }
    }

}
