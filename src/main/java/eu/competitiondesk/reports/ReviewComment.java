package eu.competitiondesk.reports;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The command a reviewer gives to comment on a version in review: the paragraph number it is about and what to say.
 * Whether the paragraph exists in the version is the service's check.
 */
public record ReviewComment(
        @RestForm
        @NotNull(message = "{desk.review.paragraph.required}")
        @Pattern(regexp = "\\d{1,5}", message = "{desk.review.paragraph.required}")
        String paragraph,

        @RestForm
        @NotNull(message = "{desk.review.text.required}")
        @Size(max = ReviewComment.TEXT_MAX, message = "{desk.too.long}")
        @PlainText(multiline = true)
        String text) {

    static final int TEXT_MAX = 2000;

    public ReviewComment {
        paragraph = FormText.trimToNull(paragraph);
        text = FormText.trimToNull(text);
    }

    int paragraphNumber() {
        return Integer.parseInt(paragraph);
    }
}
