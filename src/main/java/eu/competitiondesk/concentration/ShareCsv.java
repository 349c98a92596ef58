package eu.competitiondesk.concentration;

import eu.competitiondesk.export.CsvCells;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A share dataset as CSV: all five columns ({@code firm,share,source,period,note}, which the import reads back), cells a
 * spreadsheet would run as a formula neutralised.
 */
public final class ShareCsv {

    static final List<String> COLUMNS = List.of("firm", "share", "source", "period", "note");

    private ShareCsv() {}

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
