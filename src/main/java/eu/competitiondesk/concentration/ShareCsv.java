package eu.competitiondesk.concentration;

import eu.competitiondesk.export.CsvCells;
import eu.competitiondesk.export.CsvFiles;
import java.util.List;

/**
 * A share dataset as CSV: all five columns ({@code firm,share,source,period,note}, which the import reads back in either
 * separator), cells a spreadsheet would run as a formula neutralised.
 */
public final class ShareCsv {

    static final List<String> COLUMNS = List.of("firm", "share", "source", "period", "note");

    private ShareCsv() {}

    public static String write(List<ShareRow> rows, CsvFiles.Separator separator) {
        return CsvFiles.write(separator, printer -> {
            printer.printRecord(COLUMNS);
            for (ShareRow row : rows) {
                printer.printRecord(
                        CsvCells.safe(row.firm),
                        separator.number(row.share),
                        CsvCells.safe(row.source),
                        CsvCells.safe(row.period),
                        CsvCells.safe(row.note));
            }
        });
    }
}
