package eu.competitiondesk.documents;

import eu.competitiondesk.web.Attachment;
import eu.competitiondesk.cases.CaseAccess;
import eu.competitiondesk.cases.CaseFile;
import eu.competitiondesk.web.AppMessages;
import eu.competitiondesk.web.Flash;
import eu.competitiondesk.web.FormErrors;
import eu.competitiondesk.web.FormText;
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
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
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
        static native TemplateInstance list(CaseFile caseFile, List<CaseDocument> documents, boolean canEdit,
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
        CaseFile caseFile = access.editable(caseId);
        String text = FormText.trimToNull(description);
        boolean isConfidential = "true".equals(confidential);
        FormErrors errors = FormErrors.none();
        if (text != null && text.length() > DESCRIPTION_MAX) {
            errors.add("description", documentMsg.document_description_too_long(DESCRIPTION_MAX));
        }
        Optional<String> type = Optional.empty();
        if (file == null || file.size() == 0) {
            errors.add("file", documentMsg.document_choose());
        } else {
            type = detect(file);
            if (type.isEmpty()) {
                errors.add("file", documentMsg.document_type_refused());
            }
        }
        if (!errors.isEmpty()) {
            return Pages.unprocessable(page(caseFile, errors, text == null ? "" : text, isConfidential));
        }
        String mediaType = type.get();
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
        CaseFile caseFile = access.editable(caseId);
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

    private TemplateInstance page(CaseFile caseFile, FormErrors errors, String description, boolean confidential) {
        return Templates.list(caseFile, CaseDocument.ofCase(caseFile.id), access.canEdit(caseFile), errors,
                description, confidential, maxSize.asBigInteger().shiftRight(20) + " MB");
    }

    private static Optional<String> detect(FileUpload file) {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file.uploadedFile()))) {
            return DocumentTypes.detect(in, file.fileName());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
