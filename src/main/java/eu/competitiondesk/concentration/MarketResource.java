package eu.competitiondesk.concentration;

import eu.competitiondesk.cases.CaseHeading;
import eu.competitiondesk.export.Attachment;
import eu.competitiondesk.export.CsvFiles;
import eu.competitiondesk.export.ExportTable;
import eu.competitiondesk.export.Redaction;
import eu.competitiondesk.platform.InvalidCommand;
import eu.competitiondesk.platform.StaleVersionException;
import eu.competitiondesk.web.Flash;
import eu.competitiondesk.web.FormErrors;
import eu.competitiondesk.web.FormValidator;
import eu.competitiondesk.web.Option;
import eu.competitiondesk.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The pages of a case's markets: create and edit a market, its datasets and rows, and the shares as CSV. */
@Path("/cases/{caseId}/markets")
@Produces(MediaType.TEXT_HTML)
public class MarketResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance marketForm(
                CaseHeading caseFile,
                RelevantMarket market,
                MarketDetails form,
                FormErrors errors,
                List<Option> basisOptions,
                boolean conflict);

        static native TemplateInstance datasetForm(
                CaseHeading caseFile, RelevantMarket market, DatasetDetails form, FormErrors errors);

        static native TemplateInstance show(
                CaseHeading caseFile,
                RelevantMarket market,
                ShareDataset dataset,
                List<ShareRowLine> rows,
                MarketFigures figures,
                boolean canEdit,
                RowDetails rowForm,
                boolean rowOpen,
                FormErrors errors,
                ShareImportBody.Limits importLimits,
                List<MarketScenario> scenarios,
                List<String> panels);
    }

    @Inject
    MarketAccess access;

    @Inject
    ShareImportBody importBody;

    @Inject
    Clock clock;

    @Inject
    MarketService markets;

    @Inject
    FormValidator validator;

    @Inject
    MarketMessages msg;

    @Inject
    @Any
    Instance<MarketPanel> panels;

    @GET
    @Path("/new")
    public TemplateInstance newForm(@RestPath long caseId) {
        CaseHeading caseFile = access.caseFile(caseId);
        requireEditable(caseFile);
        return Templates.marketForm(caseFile, null, MarketDetails.blank(), FormErrors.none(), basisOptions(), false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestPath long caseId, @BeanParam MarketDetails form) {
        CaseHeading caseFile = access.caseFile(caseId);
        requireEditable(caseFile);
        FormErrors errors = validator.validate(form);
        if (errors.isEmpty()) {
            MarketHeading market = markets.create(caseId, form);
            return Flash.redirect(MarketRoutes.show(caseId, market.id()), msg.market_created(market.name()));
        }
        return Pages.unprocessable(Templates.marketForm(caseFile, null, form, errors, basisOptions(), false));
    }

    @GET
    @Path("/{marketId}")
    public TemplateInstance show(@RestPath long caseId, @RestPath long marketId, @RestQuery Long dataset) {
        RelevantMarket market = access.viewable(caseId, marketId);
        ShareDataset shown = dataset == null ? market.defaultDataset().orElse(null) : access.dataset(market, dataset);
        return showPage(market, shown, RowDetails.blank(), FormErrors.none());
    }

    @GET
    @Path("/{marketId}/edit")
    public TemplateInstance editForm(@RestPath long caseId, @RestPath long marketId) {
        RelevantMarket market = access.editable(caseId, marketId);
        return Templates.marketForm(
                access.caseFile(caseId), market, MarketDetails.of(market), FormErrors.none(), basisOptions(), false);
    }

    @POST
    @Path("/{marketId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long caseId, @RestPath long marketId, @BeanParam MarketDetails form) {
        RelevantMarket market = access.editable(caseId, marketId);
        FormErrors errors = validator.validate(form);
        if (errors.isEmpty()) {
            try {
                markets.update(marketId, form);
                return Flash.redirect(MarketRoutes.show(caseId, marketId), msg.market_updated(form.name()));
            } catch (StaleVersionException e) {
                return Pages.conflict(Templates.marketForm(
                        access.caseFile(caseId), e.current(RelevantMarket.class), form, errors, basisOptions(), true));
            }
        }
        return Pages.unprocessable(
                Templates.marketForm(access.caseFile(caseId), market, form, errors, basisOptions(), false));
    }

    @GET
    @Path("/{marketId}/datasets/new")
    public TemplateInstance datasetForm(@RestPath long caseId, @RestPath long marketId) {
        RelevantMarket market = access.editable(caseId, marketId);
        return Templates.datasetForm(access.caseFile(caseId), market, DatasetDetails.blank(), FormErrors.none());
    }

    @POST
    @Path("/{marketId}/datasets")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addDataset(@RestPath long caseId, @RestPath long marketId, @BeanParam DatasetDetails form) {
        RelevantMarket market = access.editable(caseId, marketId);
        FormErrors errors = validator.validate(form);
        if (errors.isEmpty()) {
            try {
                long dataset = markets.addDataset(marketId, form);
                return Flash.redirect(
                        MarketRoutes.dataset(caseId, marketId, dataset),
                        msg.dataset_created(form.source() + ", " + form.period()));
            } catch (InvalidCommand e) {
                errors = validator.refused(form, e);
            }
        }
        return Pages.unprocessable(Templates.datasetForm(access.caseFile(caseId), market, form, errors));
    }

    @POST
    @Path("/{marketId}/datasets/{datasetId}/reference")
    public Response makeReference(@RestPath long caseId, @RestPath long marketId, @RestPath long datasetId) {
        RelevantMarket market = access.editable(caseId, marketId);
        ShareDataset dataset = access.dataset(market, datasetId);
        markets.makeReference(marketId, datasetId);
        return Flash.redirect(
                MarketRoutes.dataset(caseId, marketId, datasetId), msg.dataset_made_reference(dataset.label()));
    }

    @POST
    @Path("/{marketId}/datasets/{datasetId}/rows")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addRow(
            @RestPath long caseId, @RestPath long marketId, @RestPath long datasetId, @BeanParam RowDetails form) {
        RelevantMarket market = access.editable(caseId, marketId);
        ShareDataset dataset = access.dataset(market, datasetId);
        FormErrors errors = validator.validate(form);
        if (errors.isEmpty()) {
            try {
                ShareRow row = markets.addRow(datasetId, form);
                return Flash.redirect(
                        MarketRoutes.dataset(caseId, marketId, datasetId) + "#rows", msg.row_added(row.firm));
            } catch (InvalidCommand e) {
                errors = validator.refused(form, e);
            }
        }
        return Pages.unprocessable(showPage(market, dataset, form, errors));
    }

    @POST
    @Path("/{marketId}/datasets/{datasetId}/rows/{rowId}/remove")
    public Response removeRow(
            @RestPath long caseId, @RestPath long marketId, @RestPath long datasetId, @RestPath long rowId) {
        RelevantMarket market = access.editable(caseId, marketId);
        access.dataset(market, datasetId);
        String firm = markets.removeRow(datasetId, rowId);
        return Flash.redirect(MarketRoutes.dataset(caseId, marketId, datasetId) + "#rows", msg.row_removed(firm));
    }

    @GET
    @Path("/{marketId}/datasets/{datasetId}/shares.csv")
    @Produces("text/csv")
    public Response exportCsv(
            @RestPath long caseId, @RestPath long marketId, @RestPath long datasetId, @RestQuery String separator) {
        RelevantMarket market = access.viewable(caseId, marketId);
        ShareDataset dataset = access.dataset(market, datasetId);
        return Attachment.of(
                        ShareCsv.write(dataset.rows, CsvFiles.Separator.parse(separator)),
                        "text/csv; charset=UTF-8",
                        "shares-" + access.caseFile(caseId).reference() + "-" + dataset.period + ".csv")
                .build();
    }

    @GET
    @Path("/{marketId}/datasets/{datasetId}/shares.xlsx")
    @Produces(ExportTable.XLSX)
    public Response exportXlsx(@RestPath long caseId, @RestPath long marketId, @RestPath long datasetId) {
        RelevantMarket market = access.viewable(caseId, marketId);
        ShareDataset dataset = access.dataset(market, datasetId);
        return Attachment.of(
                        ShareWorkbook.write(dataset, market.name, LocalDate.now(clock)),
                        ExportTable.XLSX,
                        "shares-" + access.caseFile(caseId).reference() + "-" + dataset.period + ".xlsx")
                .build();
    }

    private TemplateInstance showPage(
            RelevantMarket market, ShareDataset dataset, RowDetails rowForm, FormErrors errors) {
        MarketFigures figures = dataset == null || dataset.rows.isEmpty()
                ? null
                : MarketFigures.of(
                        MarketRecord.DatasetRecord.of(dataset), othersMax(market), msg, Redaction.Policy.NONE);
        boolean canEdit = access.canEdit(market.caseId);
        List<ShareRowLine> rows =
                dataset == null ? List.of() : ShareRowLine.of(market.caseId, market.id, dataset, canEdit);
        return Templates.show(
                access.caseFile(market.caseId),
                market,
                dataset,
                rows,
                figures,
                canEdit,
                rowForm,
                errors.isPresent(),
                errors,
                importBody.limits(),
                MarketScenario.ofMarket(market.id),
                panels.stream()
                        .map(p -> p.render(MarketHeading.of(market), canEdit))
                        .toList());
    }

    static BigDecimal othersMax(RelevantMarket market) {
        return market.othersMaxShare;
    }

    private List<Option> basisOptions() {
        return Option.of(ShareBasis.class, msg::shareBasis, null);
    }

    private void requireEditable(CaseHeading caseFile) {
        if (!access.canEdit(caseFile.id())) {
            throw new ForbiddenException();
        }
    }
}
