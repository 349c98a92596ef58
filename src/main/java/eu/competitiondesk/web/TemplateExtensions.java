package eu.competitiondesk.web;

import eu.competitiondesk.concentration.engine.Figures;
import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Formatting for templates: {value.num} gives thousands separators, every decimal of an exact value and at most
 * two of a double; {time.stamp} gives a
 * moment as date and time to the second.
 */
@TemplateExtension
public class TemplateExtensions {

    static String stamp(OffsetDateTime time) {
        return time.toLocalDate() + " " + time.toLocalTime().withNano(0);
    }

    static String num(double value) {
        return Figures.format(value);
    }

    /** Whole numbers such as byte counts, with thousands separators. */
    static String num(long value) {
        return String.format(java.util.Locale.ENGLISH, "%,d", value);
    }

    static String num(Double value) {
        return value == null ? "" : Figures.format(value);
    }

    /**
     * An audit action as words: {action.words} turns CASE_CREATED into "Case created". Actions are stored codes
     * that every feature writes; the code stays in the data (and in the filter's value), people read the words.
     */
    static String words(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String spaced = code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** For links: {value.urlEncode}. */
    static String urlEncode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String num(BigDecimal value) {
        return value == null ? "" : Figures.format(value);
    }
}
