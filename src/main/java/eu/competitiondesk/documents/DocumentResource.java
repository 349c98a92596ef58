package eu.competitiondesk.documents;

import eu.competitiondesk.cases.CaseAccess;
import eu.competitiondesk.cases.CaseHeading;
import eu.competitiondesk.export.Attachment;
import eu.competitiondesk.platform.InvalidCommand;
import eu.competitiondesk.web.AppMessages;
import eu.competitiondesk.web.Flash;
import eu.competitiondesk.web.FormErrors;
import eu.competitiondesk.web.FormValidator;
import eu.competitiondesk.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;

/** The documents of a case: list, upload, download, remove. */
@Path("/cases/{caseId}/documents")
@Produces(MediaType.TEXT_HTML)
public class DocumentResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                CaseHeading caseFile,
                List<CaseDocument> documents,
                boolean canEdit,
                FormErrors errors,
                String description,
                boolean confidential,
                String maxSize);
    }

    @Inject
    CaseAccess access;

    @Inject
    DocumentService documents;

    @Inject
    AppMessages msg;

    @Inject
    DocumentMessages documentMsg;

    @Inject
    FormValidator validator;

    @GET
    public TemplateInstance list(@RestPath long caseId) {
        return page(access.viewable(caseId), FormErrors.none(), "", false);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestPath long caseId, @BeanParam DocumentUpload form) {
        CaseHeading caseFile = access.editable(caseId);
        FormErrors errors = validator.validate(form);
        if (errors.isEmpty()) {
            try {
                CaseDocument stored = documents.store(caseId, form);
                return Flash.redirect(
                        DocumentRoutes.list(caseId), documentMsg.document_uploaded_flash(stored.fileName));
            } catch (InvalidCommand e) {
                errors = validator.refused(form, e);
            }
        }
        return Pages.unprocessable(
                page(caseFile, errors, form.description() == null ? "" : form.description(), form.confidential()));
    }

    @GET
    @Path("/{documentId}/download")
    @Produces(MediaType.WILDCARD)
    public Response download(@RestPath long caseId, @RestPath long documentId) {
        access.viewable(caseId);
        DocumentService.Download download = documents.download(caseId, documentId);
        return Attachment.of(download.content(), download.document().mediaType, download.document().fileName)
                .build();
    }

    @POST
    @Path("/{documentId}/remove")
    public Response remove(@RestPath long caseId, @RestPath long documentId) {
        CaseHeading caseFile = access.editable(caseId);
        try {
            String name = documents.remove(caseId, documentId);
            return Flash.redirect(DocumentRoutes.list(caseId), documentMsg.document_removed(name));
        } catch (DocumentService.DocumentInUse e) {
            FormErrors errors = FormErrors.none()
                    .add("document-" + documentId, documentMsg.document_in_use(String.join("; ", e.uses)));
            return Response.status(Response.Status.CONFLICT)
                    .entity(page(caseFile, errors, null, false))
                    .type(MediaType.TEXT_HTML_TYPE)
                    .build();
        }
    }

    private TemplateInstance page(CaseHeading caseFile, FormErrors errors, String description, boolean confidential) {
        return Templates.list(
                caseFile,
                CaseDocument.ofCase(caseFile.id()),
                access.canEdit(caseFile.id()),
                errors,
                description,
                confidential,
                megabytes());
    }

    private String megabytes() {
        return documents.megabytes();
    }
}
