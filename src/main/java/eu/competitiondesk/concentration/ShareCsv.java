package eu.competitiondesk.concentration;

import eu.competitiondesk.concentration.engine.Market;
import eu.competitiondesk.export.CsvCells;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Share datasets as CSV. Import takes a header {@code firm,share} optionally followed by {@code source},
 * {@code period} and {@code note}; a file with any error is refused whole, with the line and column of each error.
 * Export writes all five columns and neutralises cells a spreadsheet would run as a formula.
 */
public final class ShareCsv {

    static final List<String> COLUMNS = List.of("firm", "share", "source", "period", "note");
    static final int MAX_ERRORS = 50;
    private static final int FIRM_MAX = 200;
    private static final int TEXT_MAX = 200;
    private static final int NOTE_MAX = 500;

    /** One parsed row, ready to store. */
    public record Row(String firm, BigDecimal share, String source, String period, String note) {}

    /**
     * Where a file went wrong: row (1 is the header; blank lines are not counted; 0 for the whole file), column
     * (1-based, 0 for the whole row) and what.
     */
    public record Error(long row, int column, String columnName, String message) {}

    /** The file was refused; nothing from it was stored. */
    public static class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public final List<Error> errors;

        Rejected(List<Error> errors) {
            super(errors.size() + " error(s) in the CSV file");
            this.errors = List.copyOf(errors);
        }
    }

    private ShareCsv() {}

    public static List<Row> parse(Reader reader) {
        List<Error> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = null;
            Set<String> firms = new HashSet<>();
            BigDecimal total = BigDecimal.ZERO;
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber();
                if (header == null) {
                    header = readHeader(record, line, errors);
                    if (header == null) {
                        break;
                    }
                    continue;
                }
                if (rows.size() >= Market.MAX_FIRMS) {
                    errors.add(new Error(line, 0, null, "more than " + Market.MAX_FIRMS + " rows"));
                    break;
                }
                Row row = readRow(record, line, header, firms, errors);
                if (row != null) {
                    rows.add(row);
                    total = total.add(row.share());
                }
                if (errors.size() >= MAX_ERRORS) {
                    break;
                }
            }
            if (header == null && errors.isEmpty()) {
                errors.add(new Error(1, 0, null, "the file is empty; the first line must be firm,share"));
            } else if (header != null && rows.isEmpty() && errors.isEmpty()) {
                errors.add(new Error(2, 0, null, "the file has a header but no rows"));
            }
            if (errors.isEmpty() && total.compareTo(Market.MAX_TOTAL) > 0) {
                errors.add(new Error(
                        0,
                        2,
                        "share",
                        "the shares add up to " + total.stripTrailingZeros().toPlainString() + "%, more than "
                                + Market.MAX_TOTAL.toPlainString() + "%"));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            errors.add(new Error(0, 0, null, "the file cannot be read as CSV"));
        }
        if (!errors.isEmpty()) {
            throw new Rejected(errors);
        }
        return rows;
    }

    private static List<String> readHeader(CSVRecord record, long line, List<Error> errors) {
        List<String> header = new ArrayList<>();
        for (String cell : record) {
            header.add(cell.trim().toLowerCase(Locale.ROOT).replace("\uFEFF", ""));
        }
        boolean prefix = header.size() >= 2
                && header.size() <= COLUMNS.size()
                && header.equals(COLUMNS.subList(0, header.size()));
        if (!prefix) {
            errors.add(new Error(
                    line,
                    0,
                    null,
                    "the first line must be firm,share optionally followed by" + " source,period,note; found "
                            + String.join(",", header)));
            return null;
        }
        return header;
    }

    private static Row readRow(
            CSVRecord record, long line, List<String> header, Set<String> firms, List<Error> errors) {
        if (record.size() > header.size()) {
            errors.add(new Error(line, header.size() + 1, null, "more cells than the header has columns"));
            return null;
        }
        String firm = cell(record, 0);
        String shareText = cell(record, 1);
        int before = errors.size();
        if (firm == null) {
            errors.add(new Error(line, 1, "firm", "the firm is missing"));
        } else if (firm.length() > FIRM_MAX) {
            errors.add(new Error(line, 1, "firm", "at most " + FIRM_MAX + " characters"));
        } else if (!firms.add(firm.toLowerCase(Locale.ROOT))) {
            errors.add(new Error(line, 1, "firm", firm + " is listed twice"));
        }
        BigDecimal share = null;
        if (shareText == null) {
            errors.add(new Error(line, 2, "share", "the share is missing"));
        } else {
            try {
                share = new BigDecimal(
                        shareText.endsWith("%")
                                ? shareText.substring(0, shareText.length() - 1).trim()
                                : shareText);
                if (share.signum() <= 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
                    errors.add(
                            new Error(line, 2, "share", "a share must be above 0 and at most 100, not " + shareText));
                } else if (share.scale() > 4) {
                    errors.add(new Error(line, 2, "share", "at most four decimals"));
                }
            } catch (NumberFormatException e) {
                errors.add(new Error(
                        line, 2, "share", "not a number: " + shareText + " (write decimals with a point, e.g. 23.5)"));
            }
        }
        String source = cell(record, 2);
        String period = cell(record, 3);
        String note = cell(record, 4);
        checkLength(source, TEXT_MAX, line, 3, "source", errors);
        checkLength(period, TEXT_MAX, line, 4, "period", errors);
        checkLength(note, NOTE_MAX, line, 5, "note", errors);
        return errors.size() > before ? null : new Row(firm, share, source, period, note);
    }

    private static void checkLength(String value, int max, long line, int column, String name, List<Error> errors) {
        if (value != null && value.length() > max) {
            errors.add(new Error(line, column, name, "at most " + max + " characters"));
        }
    }

    /** A trimmed cell, null when absent or blank; a quote we added on export before a formula sign is removed. */
    private static String cell(CSVRecord record, int index) {
        if (index >= record.size()) {
            return null;
        }
        String value = record.get(index).trim();
        if (value.length() > 1 && value.charAt(0) == '\'' && CsvCells.isFormulaStart(value.charAt(1))) {
            value = value.substring(1);
        }
        return value.isEmpty() ? null : value;
    }

    public static String write(List<ShareRow> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(COLUMNS);
            for (ShareRow row : rows) {
                printer.printRecord(
                        CsvCells.safe(row.firm),
                        row.share.stripTrailingZeros().toPlainString(),
                        CsvCells.safe(row.source),
                        CsvCells.safe(row.period),
                        CsvCells.safe(row.note));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
