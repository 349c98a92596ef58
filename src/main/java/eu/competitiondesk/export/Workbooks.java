package eu.competitiondesk.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What every XLSX download shares: a bold header row, a "Notes" sheet of names and values (what the workbook is,
 * its source, the date of the export), the formulas' saved values, and the file's bytes.
 */
public final class Workbooks {

    private Workbooks() {}

    /** Writes the workbook {@code fill} makes, with the formulas' values saved so any reader sees them. */
    public static byte[] write(WorkbookFiller fill) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.fill(workbook);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills a new workbook. */
    public interface WorkbookFiller {
        void fill(XSSFWorkbook workbook);
    }

    public static CellStyle bold(XSSFWorkbook workbook) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        return bold;
    }

    /** A percentage cell's style: 0.305 shows as 30.5%, up to four decimals of a point. */
    public static CellStyle percent(XSSFWorkbook workbook) {
        CellStyle percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.00##%"));
        return percent;
    }

    public static void header(Row row, CellStyle bold, List<String> headings) {
        for (int i = 0; i < headings.size(); i++) {
            row.createCell(i).setCellValue(headings.get(i));
            row.getCell(i).setCellStyle(bold);
        }
    }

    /** The "Notes" sheet: each line a name in bold and its value. */
    public static void notes(XSSFWorkbook workbook, List<String[]> lines) {
        CellStyle bold = bold(workbook);
        Sheet notes = workbook.createSheet("Notes");
        for (int i = 0; i < lines.size(); i++) {
            Row row = notes.createRow(i);
            row.createCell(0).setCellValue(lines.get(i)[0]);
            row.getCell(0).setCellStyle(bold);
            if (lines.get(i)[1] != null) {
                row.createCell(1).setCellValue(lines.get(i)[1]);
            }
        }
        notes.setColumnWidth(0, 26 * 256);
        notes.setColumnWidth(1, 80 * 256);
    }
}
