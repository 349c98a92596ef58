package eu.competitiondesk.export;

/** Cells of exported CSV files, made safe to open in a spreadsheet. */
public final class CsvCells {

    private CsvCells() {}

    /** Prefixes a quote to text a spreadsheet would evaluate (=, +, -, @, tab, carriage return); null gives "". */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        return isFormulaStart(value.charAt(0)) ? "'" + value : value;
    }

    public static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
