package eu.competitiondesk.concentration;

import java.math.BigDecimal;

/** How a share in percent is typed on the market pages and in their commands. */
final class Shares {

    /** A decimal with a point, e.g. 23 or 23.5. */
    static final String DECIMAL = "^[0-9]{1,3}(\\.[0-9]{1,4})?$";

    private Shares() {}

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[0-9]+(\\.[0-9]+)?");

    /**
     * A share as people type or paste it, in any of the spreadsheet conventions ({@code 30}, {@code 30%},
     * {@code 30.5}, {@code 30,5}, {@code 1,234.5}, {@code 1.234,5}, {@code 1 234,5}), as a plain decimal with a point;
     * text that is no number in any of them comes back as it was, for the share's own check to refuse with its
     * message. With both marks the later one is the decimal mark; a lone comma is a decimal comma, since a share never
     * reaches a thousand; a mark repeated is a thousands separator.
     */
    static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String s = typed.strip();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        s = s.replace("\u00A0", "").replace("\u202F", "").replace(" ", "").replace("'", "");
        int comma = s.lastIndexOf(',');
        int point = s.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            s = comma > point ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            s = s.indexOf(',') == comma ? s.replace(',', '.') : s.replace(",", "");
        } else if (point >= 0 && s.indexOf('.') != point) {
            s = s.replace(".", "");
        }
        return NUMBER.matcher(s).matches() ? s : typed.strip();
    }

    /** The figure as a person would type it back: no exponent, no trailing zeros. */
    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
