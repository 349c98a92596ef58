package eu.competitiondesk.concentration;

import eu.competitiondesk.cases.CaseHeading;
import eu.competitiondesk.web.Flash;
import eu.competitiondesk.web.FormErrors;
import eu.competitiondesk.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Shares into a dataset from a file or a paste, in two steps: "Check the shares" shows what would be stored and each
 * refused row with its reasons, storing nothing; "Store these shares" stores the checked rows, which the preview
 * carries as text and which are read and checked again by the same parser. Rows replace the dataset's only when the
 * officer says so on the preview.
 */
@Path("/cases/{caseId}/markets/{marketId}/datasets/{datasetId}/import")
@Produces(MediaType.TEXT_HTML)
public class ShareImportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preview(
                CaseHeading caseFile,
                RelevantMarket market,
                ShareDataset dataset,
                ShareImport.Checked checked,
                FormErrors errors,
                String sheet,
                String pasted,
                ShareImportBody.Limits limits);
    }

    @Inject
    MarketAccess access;

    @Inject
    MarketService markets;

    @Inject
    ShareImport shareImport;

    @Inject
    ShareImportBody body;

    @Inject
    MarketMessages msg;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response check(
            @RestPath long caseId,
            @RestPath long marketId,
            @RestPath long datasetId,
            @RestForm("file") FileUpload file,
            @RestForm String sheet,
            @RestForm String pasted) {
        RelevantMarket market = access.editable(caseId, marketId);
        ShareDataset dataset = access.dataset(market, datasetId);
        boolean hasFile = file != null && file.uploadedFile() != null && file.size() > 0;
        boolean hasPaste = pasted != null && !pasted.isBlank();
        FormErrors errors = FormErrors.none();
        ShareImport.Checked checked = null;
        if (!hasFile && !hasPaste) {
            errors.add("file", msg.import_nothing());
        } else if (hasFile && file.size() > body.limit()) {
            // A chunked upload has no declared length to judge beforehand, so the file itself is measured here.
            errors.add("file", msg.csv_too_large(body.limits().size()));
        } else {
            try {
                checked = shareImport.check(
                        hasFile
                                ? ShareGrid.file(Files.readAllBytes(file.uploadedFile()), sheet)
                                : ShareGrid.pasted(pasted));
            } catch (ShareGrid.Unreadable e) {
                errors.add(hasFile ? "file" : "pasted", problem(e));
            } catch (IOException e) {
                errors.add("file", msg.csv_unreadable());
            }
        }
        if (checked != null && !checked.storable()) {
            errors.add("refused", msg.import_refused(checked.firstError()));
        }
        TemplateInstance page = preview(market, dataset, checked, errors, sheet, hasFile ? null : pasted);
        return errors.isPresent()
                ? Pages.unprocessable(page)
                : Response.ok(page).build();
    }

    @POST
    @Path("/store")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response store(
            @RestPath long caseId,
            @RestPath long marketId,
            @RestPath long datasetId,
            @RestForm String rows,
            @RestForm String replace) {
        RelevantMarket market = access.editable(caseId, marketId);
        ShareDataset dataset = access.dataset(market, datasetId);
        FormErrors errors = FormErrors.none();
        ShareImport.Checked checked = null;
        try {
            checked = shareImport.check(ShareGrid.pasted(rows == null ? "" : rows));
        } catch (ShareGrid.Unreadable e) {
            errors.add("pasted", problem(e));
        }
        if (checked != null && !checked.storable()) {
            errors.add("refused", msg.import_refused(checked.firstError()));
        } else if (checked != null && !dataset.rows.isEmpty() && !"true".equals(replace)) {
            errors.add("replace", msg.import_replace_required(dataset.rows.size()));
        }
        if (errors.isPresent()) {
            return Pages.unprocessable(preview(market, dataset, checked, errors, null, null));
        }
        int count = markets.replaceRows(datasetId, checked.command());
        return Flash.redirect(MarketRoutes.dataset(caseId, marketId, datasetId) + "#rows", msg.csv_imported(count));
    }

    private TemplateInstance preview(
            RelevantMarket market,
            ShareDataset dataset,
            ShareImport.Checked checked,
            FormErrors errors,
            String sheet,
            String pasted) {
        return Templates.preview(
                access.caseFile(market.caseId), market, dataset, checked, errors, sheet, pasted, body.limits());
    }

    private String problem(ShareGrid.Unreadable e) {
        return switch (e.problem) {
            case NOT_UTF8 -> msg.csv_not_utf8();
            case TOO_MANY_ROWS -> msg.import_too_many_rows(ShareGrid.MAX_ROWS);
            case TOO_LARGE -> msg.import_too_large_inflated();
            case MACROS -> msg.import_macros();
            case OLD_EXCEL -> msg.import_old_excel();
            case UNREADABLE -> msg.import_unreadable();
            case NO_SUCH_SHEET -> msg.import_no_such_sheet(e.detail);
        };
    }
}
