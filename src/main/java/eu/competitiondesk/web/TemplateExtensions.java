package eu.competitiondesk.web;

import io.quarkus.qute.TemplateExtension;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Formatting for templates: {count.num} gives a whole number with thousands separators; {time.stamp} gives a moment
 * as date and time to the second. Figures with decimals are formatted by the concentration feature's extensions.
 */
@TemplateExtension
public class TemplateExtensions {

    static String stamp(OffsetDateTime time) {
        return time.toLocalDate() + " " + time.toLocalTime().withNano(0);
    }

    /** Whole numbers such as byte counts, with thousands separators. */
    static String num(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }
}
