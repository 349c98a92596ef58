package eu.competitiondesk.concentration;

import eu.competitiondesk.export.Workbooks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A share dataset as an XLSX workbook an economist can follow: the "Shares" sheet holds each firm with its share as
 * a number formatted as a percentage (0.305 shown 30.5%), its source, period and note, then the share in points and
 * its square as formulas; the "Figures" sheet computes the HHI, the share of the firms listed and CR4 with formulas
 * over those cells; the "Notes" sheet names the dataset's source, period and scope and the date of the export. The
 * first five columns of "Shares" are the import's, so a workbook changed and imported again reads back.
 */
public final class ShareWorkbook {

    private ShareWorkbook() {}

    public static byte[] write(ShareDataset dataset, String market, LocalDate exportedOn) {
        List<ShareRow> rows = dataset.rows;
        return Workbooks.write(workbook -> {
            CellStyle bold = Workbooks.bold(workbook);
            CellStyle percent = Workbooks.percent(workbook);
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.####"));

            Sheet shares = workbook.createSheet("Shares");
            Workbooks.header(
                    shares.createRow(0),
                    bold,
                    List.of("Firm", "Share", "Source", "Period", "Note", "Share in points", "Share in points squared"));
            for (int i = 0; i < rows.size(); i++) {
                ShareRow r = rows.get(i);
                Row row = shares.createRow(i + 1);
                int excel = i + 2;
                // Text in a workbook cell is never run as a formula, so names are kept exactly as stored.
                row.createCell(0).setCellValue(r.firm);
                row.createCell(1).setCellValue(r.share.movePointLeft(2).doubleValue());
                row.getCell(1).setCellStyle(percent);
                text(row, 2, r.source);
                text(row, 3, r.period);
                text(row, 4, r.note);
                row.createCell(5).setCellFormula("B" + excel + "*100");
                row.getCell(5).setCellStyle(decimal);
                row.createCell(6).setCellFormula("F" + excel + "^2");
                row.getCell(6).setCellStyle(decimal);
            }
            String range = rows.isEmpty() ? "B2:B2" : "B2:B" + (rows.size() + 1);
            String points = rows.isEmpty() ? "F2:F2" : "F2:F" + (rows.size() + 1);
            for (int c = 0; c < 7; c++) {
                shares.setColumnWidth(c, c == 0 || c >= 2 && c <= 4 ? 28 * 256 : 16 * 256);
            }
            shares.createFreezePane(0, 1);

            Sheet figures = workbook.createSheet("Figures");
            Workbooks.header(figures.createRow(0), bold, List.of("Figure", "Value", "Formula"));
            figure(figures, 1, "HHI of the firms listed", "SUMSQ(Shares!" + points + ")", decimal);
            figure(figures, 2, "Share of the firms listed", "SUM(Shares!" + range + ")", percent);
            figure(figures, 3, "Share of the firms not listed", "1-SUM(Shares!" + range + ")", percent);
            if (rows.size() >= 4) {
                figure(
                        figures,
                        4,
                        "CR4 (the four largest shares)",
                        "SUMPRODUCT(LARGE(Shares!" + range + ",{1,2,3,4}))",
                        percent);
            }
            figures.setColumnWidth(0, 34 * 256);
            figures.setColumnWidth(1, 14 * 256);
            figures.setColumnWidth(2, 50 * 256);

            List<String[]> notes = new ArrayList<>(about(dataset, market, exportedOn));
            notes.add(new String[] {"Shares", "Percentages of the market; HHI on shares in points (30% counts 30)"});
            Workbooks.notes(workbook, notes);
        });
    }

    /** What a workbook of the dataset says of it in its notes: market, source, period, scope, secrecy, date. */
    static List<String[]> about(ShareDataset dataset, String market, LocalDate exportedOn) {
        return List.of(
                new String[] {"Market", market},
                new String[] {"Source of the dataset", dataset.source},
                new String[] {"Period of the dataset", dataset.period},
                new String[] {"What the source counts", dataset.scope},
                new String[] {"Business secret", dataset.confidential ? "Yes" : "No"},
                new String[] {"Exported on", exportedOn.toString()});
    }

    private static void figure(Sheet sheet, int at, String name, String formula, CellStyle style) {
        Row row = sheet.createRow(at);
        row.createCell(0).setCellValue(name);
        row.createCell(1).setCellFormula(formula);
        row.getCell(1).setCellStyle(style);
        row.createCell(2).setCellValue("=" + formula);
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }
}
