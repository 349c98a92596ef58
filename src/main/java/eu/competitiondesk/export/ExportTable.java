package eu.competitiondesk.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A table of figures to download, written once and given as CSV or as an XLSX workbook. A cell is text, a
 * {@link BigDecimal} or a {@link Percent}: numbers are written in a CSV in the file's decimal mark, and in a workbook
 * as numbers (a percentage formatted as one: 30.5 % as 0.305), so a spreadsheet gets figures it can compute with; a
 * redacted share stays the text of its range. The workbook adds a "Notes" sheet with what the table is, its source and the date of the export.
 */
public record ExportTable(String title, List<String> headings, List<List<Object>> rows, List<String[]> notes) {

    /** The media type of an XLSX workbook. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A percentage in points (30.5 for 30.5 %). */
    public record Percent(BigDecimal points) {}

    /**
     * A figure as a page shows it, as the cell it should be: "45%" a percentage, "0.0833" or "-12" a number, anything
     * else (a range, "not given", a price with its currency) the text itself.
     */
    public static Object typed(String shown) {
        if (shown == null) {
            return null;
        }
        String s = shown.strip();
        if (s.matches("-?[0-9]+(\\.[0-9]+)?%")) {
            return new Percent(new BigDecimal(s.substring(0, s.length() - 1)));
        }
        return s.matches("-?[0-9]+(\\.[0-9]+)?") ? new BigDecimal(s) : shown;
    }

    public static ExportTable of(String title, List<String> headings) {
        return new ExportTable(title, headings, new ArrayList<>(), new ArrayList<>());
    }

    public ExportTable row(Object... cells) {
        rows.add(java.util.Arrays.asList(cells));
        return this;
    }

    public ExportTable note(String name, String value) {
        notes.add(new String[] {name, value});
        return this;
    }

    public String csv(CsvFiles.Separator separator) {
        return CsvFiles.write(separator, printer -> {
            printer.printRecord(headings);
            for (List<Object> row : rows) {
                List<String> cells = new ArrayList<>();
                for (Object cell : row) {
                    cells.add(
                            cell instanceof Percent p
                                    ? separator.number(p.points())
                                    : cell instanceof BigDecimal n
                                            ? separator.number(n)
                                            : CsvCells.safe(cell == null ? null : cell.toString()));
                }
                printer.printRecord(cells);
            }
        });
    }

    public byte[] xlsx(LocalDate exportedOn) {
        return Workbooks.write(workbook -> {
            CellStyle percent = Workbooks.percent(workbook);
            Sheet sheet = workbook.createSheet(title);
            Workbooks.header(sheet.createRow(0), Workbooks.bold(workbook), headings);
            for (int c = 0; c < headings.size(); c++) {
                sheet.setColumnWidth(c, 22 * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object cell = cells.get(c);
                    if (cell instanceof Percent p) {
                        row.createCell(c)
                                .setCellValue(p.points().movePointLeft(2).doubleValue());
                        row.getCell(c).setCellStyle(percent);
                    } else if (cell instanceof BigDecimal n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (cell != null) {
                        row.createCell(c).setCellValue(cell.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            List<String[]> lines = new ArrayList<>(notes);
            lines.add(new String[] {"Exported on", exportedOn.toString()});
            Workbooks.notes(workbook, lines);
        });
    }
}
