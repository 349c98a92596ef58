package eu.competitiondesk.concentration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00##%"));
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.####"));

            Sheet shares = workbook.createSheet("Shares");
            header(
                    shares.createRow(0),
                    bold,
                    "Firm",
                    "Share",
                    "Source",
                    "Period",
                    "Note",
                    "Share in points",
                    "Share in points squared");
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
            header(figures.createRow(0), bold, "Figure", "Value", "Formula");
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

            Sheet notes = workbook.createSheet("Notes");
            String[][] lines = {
                {"Market", market},
                {"Source of the dataset", dataset.source},
                {"Period of the dataset", dataset.period},
                {"What the source counts", dataset.scope},
                {"Business secret", dataset.confidential ? "Yes" : "No"},
                {"Exported on", exportedOn.toString()},
                {"Shares", "Percentages of the market; HHI on shares in points (30% counts 30)"}
            };
            for (int i = 0; i < lines.length; i++) {
                Row row = notes.createRow(i);
                row.createCell(0).setCellValue(lines[i][0]);
                row.getCell(0).setCellStyle(bold);
                text(row, 1, lines[i][1]);
            }
            notes.setColumnWidth(0, 26 * 256);
            notes.setColumnWidth(1, 70 * 256);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Row row, CellStyle bold, String... headings) {
        for (int i = 0; i < headings.length; i++) {
            row.createCell(i).setCellValue(headings[i]);
            row.getCell(i).setCellStyle(bold);
        }
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
