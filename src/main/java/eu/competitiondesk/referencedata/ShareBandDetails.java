package eu.competitiondesk.referencedata;

import eu.competitiondesk.export.ShareBands;
import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.IsoDate;
import eu.competitiondesk.platform.validation.PlainText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A band table as an administrator records it: the date from which it is in force, the bands' upper bounds (rising,
 * the last 100) and where the table comes from. Recording a table for a date that has one corrects it.
 */
public record ShareBandDetails(
        @RestForm @NotBlank(message = "{desk.required}") @IsoDate
        String effectiveFrom,

        @RestForm @NotBlank(message = "{desk.bands.required}") @Size(max = 400, message = "{desk.too.long}")
        String upperBounds,

        @RestForm
        @NotBlank(message = "{desk.bands.source.required}")
        @Size(max = 500, message = "{desk.too.long}")
        @PlainText
        String source) {

    public ShareBandDetails {
        effectiveFrom = FormText.trimToNull(effectiveFrom);
        upperBounds = FormText.trimToNull(upperBounds);
        source = FormText.trimToNull(source);
    }

    /** The bounds make a band table: numbers, rising, ending at 100. */
    @AssertTrue(message = "{desk.bands.invalid}")
    boolean isUpperBounds() {
        if (upperBounds == null) {
            return true;
        }
        try {
            ShareBands.of(upperBounds);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
