package eu.competitiondesk.referencedata;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.IsoDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The forms of the holiday administration page. */
public final class HolidayForms {

    private HolidayForms() {
    }

    public static class HolidayForm {

        @RestForm
        @NotBlank(message = "{desk.required}")
        @IsoDate
        public String day;

        @RestForm
        @NotBlank(message = "{desk.required}")
        @Size(max = 200, message = "{desk.too.long}")
        public String label;

        public HolidayForm normalised() {
            day = FormText.trimToNull(day);
            label = FormText.trimToNull(label);
            return this;
        }
    }

    public static class YearForm {

        @RestForm
        @NotBlank(message = "{desk.required}")
        @Pattern(regexp = "^(19[9][0-9]|20[0-9]{2}|2100)$", message = "{desk.year.invalid}")
        public String year;

        @RestForm
        @NotBlank(message = "{desk.holiday.source.required}")
        @Size(max = 500, message = "{desk.too.long}")
        public String source;

        public YearForm normalised() {
            year = FormText.trimToNull(year);
            source = FormText.trimToNull(source);
            return this;
        }
    }
}
