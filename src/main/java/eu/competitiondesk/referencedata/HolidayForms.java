package eu.competitiondesk.referencedata;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.IsoDate;
import eu.competitiondesk.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestForm;

/** The commands of the holiday administration page. */
public final class HolidayForms {

    private HolidayForms() {}

    /** Adds one Commission holiday. */
    public record HolidayDetails(
            @RestForm @NotBlank(message = "{desk.required}") @IsoDate
            String day,

            @RestForm @NotBlank(message = "{desk.required}") @Size(max = 200, message = "{desk.too.long}") @PlainText
            String label) {

        public HolidayDetails {
            day = FormText.trimToNull(day);
            label = FormText.trimToNull(label);
        }

        static HolidayDetails blank() {
            return new HolidayDetails(null, null);
        }

        LocalDate date() {
            return LocalDate.parse(day);
        }
    }

    /** Records a year's list of holidays as complete, with the decision it comes from. */
    public record YearRecord(
            @RestForm
            @NotBlank(message = "{desk.required}")
            @Pattern(regexp = "^(19[9][0-9]|20[0-9]{2}|2100)$", message = "{desk.year.invalid}")
            String year,

            @RestForm
            @NotBlank(message = "{desk.holiday.source.required}")
            @Size(max = 500, message = "{desk.too.long}")
            @PlainText
            String source,

            /** Left empty when the list is confirmed against the decision's text. */
            @RestForm @Size(max = 500, message = "{desk.too.long}") @PlainText
            String verificationNote) {

        public YearRecord {
            year = FormText.trimToNull(year);
            source = FormText.trimToNull(source);
            verificationNote = FormText.trimToNull(verificationNote);
        }

        static YearRecord of(int year) {
            return new YearRecord(Integer.toString(year), null, null);
        }

        int number() {
            return Integer.parseInt(year);
        }
    }
}
