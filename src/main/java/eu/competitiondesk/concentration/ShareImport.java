package eu.competitiondesk.concentration;

import eu.competitiondesk.platform.Commands;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Reads a share table ({@link ShareGrid}) as the rows it would store, whatever it came from: a file, a paste or the
 * rows a preview carries to "Store these shares". Columns are firm, share, source, period, note in that order, or in
 * any order under a header row (a first row whose cells read "firm" and "share"); each row becomes the one-row
 * form's command ({@link RowDetails}) and the rows together a {@link DatasetRows}, checked by their own constraints,
 * so every way in keeps the same rules and messages.
 */
@ApplicationScoped
public class ShareImport {

    private static final List<String> COLUMNS = List.of("firm", "share", "source", "period", "note");
    private static final Pattern ROW_ERROR = Pattern.compile("rows\\[(\\d+)]\\.(\\w+)");

    @Inject
    Commands commands;

    @Inject
    MarketMessages msg;

    /** A row that will be stored, with the line it came from. */
    public record Accepted(int line, RowDetails row) {}

    /** A row that will not, with the line it came from, its cells as given and each reason. */
    public record Refused(int line, String cells, List<String> reasons) {}

    /**
     * The table as it would be stored: the rows, the refused ones and what is wrong with the table as a whole (no
     * rows, too many, a total above 100.5 %). Nothing is stored while anything is refused.
     */
    public record Checked(List<Accepted> rows, List<Refused> refused, List<String> tableErrors, String firstError) {

        public boolean storable() {
            return firstError == null;
        }

        DatasetRows command() {
            return new DatasetRows(rows.stream().map(Accepted::row).toList());
        }

        /** The accepted rows as tab-separated text, which the preview's "Store these shares" sends back. */
        public String asText() {
            StringWriter out = new StringWriter();
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.TDF)) {
                printer.printRecord(COLUMNS);
                for (Accepted a : rows) {
                    RowDetails r = a.row();
                    printer.printRecord(r.firm(), r.share(), r.source(), r.period(), r.note());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        }
    }

    public Checked check(List<ShareGrid.Line> lines) {
        List<String> tableErrors = new ArrayList<>();
        int[] columns = {0, 1, 2, 3, 4};
        List<ShareGrid.Line> body = lines;
        if (!lines.isEmpty() && isHeader(lines.get(0).cells())) {
            columns = columnsOf(lines.get(0).cells());
            body = lines.subList(1, lines.size());
        }
        List<RowDetails> rows = new ArrayList<>();
        for (ShareGrid.Line line : body) {
            rows.add(new RowDetails(
                    cell(line, columns[0]),
                    cell(line, columns[1]),
                    cell(line, columns[2]),
                    cell(line, columns[3]),
                    cell(line, columns[4])));
        }
        if (rows.isEmpty()) {
            tableErrors.add(msg.import_no_rows());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        commands.collect(new DatasetRows(rows), "", errors);
        Map<Integer, List<String>> byRow = new TreeMap<>();
        errors.forEach((path, message) -> {
            Matcher m = ROW_ERROR.matcher(path);
            if (m.matches()) {
                byRow.computeIfAbsent(Integer.parseInt(m.group(1)), i -> new ArrayList<>())
                        .add(msg.import_column(m.group(2)) + ": " + message);
            } else {
                tableErrors.add(message);
            }
        });
        List<Accepted> accepted = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ShareGrid.Line line = body.get(i);
            if (byRow.containsKey(i)) {
                refused.add(new Refused(line.number(), String.join(" | ", line.cells()), byRow.get(i)));
            } else {
                accepted.add(new Accepted(line.number(), rows.get(i)));
            }
        }
        String first = !tableErrors.isEmpty()
                ? tableErrors.get(0)
                : refused.isEmpty()
                        ? null
                        : msg.import_line() + " " + refused.get(0).line() + ": "
                                + refused.get(0).reasons().get(0);
        return new Checked(accepted, refused, tableErrors, first);
    }

    private static boolean isHeader(List<String> cells) {
        return cells.size() >= 2
                && cells.get(0).strip().equalsIgnoreCase("firm")
                && cells.get(1).strip().equalsIgnoreCase("share");
    }

    /** Where each column stands under the header; -1 for one it does not have. */
    private static int[] columnsOf(List<String> header) {
        int[] at = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            at[c] = -1;
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(COLUMNS.get(c))) {
                    at[c] = i;
                    break;
                }
            }
        }
        return at;
    }

    private static String cell(ShareGrid.Line line, int column) {
        return column < 0 || column >= line.cells().size() ? null : line.cells().get(column);
    }
}
