package eu.competitiondesk.documents;

import eu.competitiondesk.export.Attachment;
import eu.competitiondesk.cases.CaseAccess;
import eu.competitiondesk.cases.CaseHeading;
import eu.competitiondesk.web.AppMessages;
import eu.competitiondesk.web.Flash;
import eu.competitiondesk.web.FormErrors;
import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The documents of a case: list, upload, download, remove. */
@Path("/cases/{caseId}/documents")
@Produces(MediaType.TEXT_HTML)
public class DocumentResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(CaseHeading caseFile, List<CaseDocument> documents, boolean canEdit,
                FormErrors errors, String description, boolean confidential, String maxSize);
    }

    static final int DESCRIPTION_MAX = 500;

    @Inject
    CaseAccess access;

    @Inject
    DocumentService documents;

    @Inject
    AppMessages msg;

    @Inject
    DocumentMessages documentMsg;

    @ConfigProperty(name = "desk.documents.max-size")
    MemorySize maxSize;

    @GET
    public TemplateInstance list(@RestPath long caseId) {
        return page(access.viewable(caseId), FormErrors.none(), "", false);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestPath long caseId, @RestForm("file") FileUpload file,
            @RestForm String description, @RestForm String confidential) {
        CaseHeading caseFile = access.editable(caseId);
        String text = FormText.trimToNull(description);
        boolean isConfidential = "true".equals(confidential);
        FormErrors errors = FormErrors.none();
        if (text != null && text.length() > DESCRIPTION_MAX) {
            errors.add("description", documentMsg.document_description_too_long(DESCRIPTION_MAX));
        }
        DocumentTypes.Verdict verdict = null;
        if (file == null || file.size() == 0) {
            errors.add("file", documentMsg.document_choose());
        } else if (file.size() > maxSize.asLongValue()) {
            // The limit is the file's own size; the form around it was allowed a little more on the way in.
            errors.add("file", documentMsg.document_too_large(megabytes()));
        } else {
            verdict = judge(file);
            if (!verdict.isAccepted()) {
                errors.add("file", refusal(verdict.refusal(), file.fileName()));
            }
        }
        if (!errors.isEmpty()) {
            return Pages.unprocessable(page(caseFile, errors, text == null ? "" : text, isConfidential));
        }
        String mediaType = verdict.mediaType();
        String name = FileNames.clean(file.fileName(), DocumentTypes.ACCEPTED.get(mediaType));
        byte[] content = read(file);
        documents.store(caseId, name, mediaType, content, isConfidential, text);
        return Flash.redirect("/cases/" + caseId + "/documents", documentMsg.document_uploaded_flash(name));
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
            return Flash.redirect("/cases/" + caseId + "/documents", documentMsg.document_removed(name));
        } catch (DocumentService.DocumentInUse e) {
            FormErrors errors = FormErrors.none().add("document-" + documentId, documentMsg.document_in_use(
                    String.join("; ", e.uses)));
            return Response.status(Response.Status.CONFLICT).entity(page(caseFile, errors, null, false))
                    .type(MediaType.TEXT_HTML_TYPE).build();
        }
    }

    private TemplateInstance page(CaseHeading caseFile, FormErrors errors, String description, boolean confidential) {
        return Templates.list(caseFile, CaseDocument.ofCase(caseFile.id()), access.canEdit(caseFile.id()), errors,
                description, confidential, megabytes());
    }

    private static DocumentTypes.Verdict judge(FileUpload file) {
        try {
            return DocumentTypes.judge(file.uploadedFile(), file.fileName());
        } catch (IOException e) {
            return new DocumentTypes.Verdict(null, DocumentTypes.Refusal.KIND);
        }
    }

    private String refusal(DocumentTypes.Refusal refusal, String fileName) {
        String extension = FileNames.extension(fileName);
        return switch (refusal) {
            case KIND -> documentMsg.document_type_refused();
            case NOT_THE_PACKAGE -> documentMsg.document_not_the_package(extension);
            case MACROS -> documentMsg.document_macros(extension);
            case NOT_A_PDF -> documentMsg.document_not_a_pdf();
        };
    }

    private String megabytes() {
        return maxSize.asBigInteger().shiftRight(20) + " MB";
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
