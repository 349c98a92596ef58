package eu.competitiondesk.documents;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.PlainText;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The command to add a document to a case file: the file as uploaded, what it is, and whether it holds business
 * secrets. The file itself (there, not too large, of an accepted kind and really that kind) is checked when the
 * command is handled ({@link DocumentService#store}), where its content is read.
 */
public record DocumentUpload(
        @RestForm("file") FileUpload file,

        @RestForm @Size(max = DocumentUpload.DESCRIPTION_MAX, message = "{desk.too.long}") @PlainText(multiline = true)
        String description,

        @RestForm boolean confidential) {

    public static final int DESCRIPTION_MAX = 500;

    public DocumentUpload {
        description = FormText.trimToNull(description);
    }
}
