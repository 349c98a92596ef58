package eu.competitiondesk.web;

import io.quarkus.qute.TemplateExtension;
import java.time.OffsetDateTime;

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
        return String.format(java.util.Locale.ENGLISH, "%,d", value);
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
}
