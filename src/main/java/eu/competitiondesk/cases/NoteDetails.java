package eu.competitiondesk.cases;

import eu.competitiondesk.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** The command to add a note to a case; the case page posts it as {@code noteBody}. */
public record NoteDetails(
        @RestForm("noteBody")
        @NotBlank(message = "{desk.note.required}")
        @Size(max = CaseFile.NOTE_MAX, message = "{desk.too.long}")
        @PlainText(multiline = true)
        String body) {

    public NoteDetails {
        body = body == null || body.isBlank() ? null : body.strip();
    }

    public static NoteDetails blank() {
        return new NoteDetails(null);
    }
}
