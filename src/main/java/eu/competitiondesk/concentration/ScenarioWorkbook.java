package eu.competitiondesk.concentration;

import eu.competitiondesk.concentration.engine.Analysis;
import eu.competitiondesk.concentration.engine.FirmShare;
import eu.competitiondesk.concentration.engine.OwnershipOutcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A scenario as an XLSX workbook whose figures an economist can follow: "Before" holds each firm's share in points,
 * "After" the firms once the merging ones are one (the merged firm's share a formula adding theirs), and "Figures"
 * the HHI before and after as SUMSQ formulas, the change in HHI as their difference and, for two merging firms, as
 * 2 × sᵢ × sⱼ. The modified HHI of stakes (O'Brien-Salop weights) is the application's figure, given as a value with
 * its formula in words. "Notes" names the dataset, the scenario and the date of the export.
 */
public final class ScenarioWorkbook {

    private ScenarioWorkbook() {}

    public static byte[] write(
            ShareDataset dataset, String market, List<String> merging, Analysis result, LocalDate on) {
        List<FirmShare> firms = dataset.firmShares();
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet before = workbook.createSheet("Before");
            header(before.createRow(0), bold, "Firm", "Share in points");
            List<String> lower =
                    merging.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
            List<String> partyCells = new ArrayList<>();
            for (int i = 0; i < firms.size(); i++) {
                Row row = before.createRow(i + 1);
                row.createCell(0).setCellValue(firms.get(i).firm());
                row.createCell(1).setCellValue(firms.get(i).share().doubleValue());
                if (lower.contains(firms.get(i).firm().toLowerCase(Locale.ROOT))) {
                    partyCells.add("Before!B" + (i + 2));
                }
            }

            Sheet after = workbook.createSheet("After");
            header(after.createRow(0), bold, "Firm", "Share in points");
            int at = 1;
            if (!partyCells.isEmpty()) {
                Row merged = after.createRow(at++);
                merged.createCell(0).setCellValue(String.join(" + ", merging));
                merged.createCell(1).setCellFormula(String.join("+", partyCells));
            }
            for (int i = 0; i < firms.size(); i++) {
                if (!partyCells.contains("Before!B" + (i + 2))) {
                    Row row = after.createRow(at++);
                    row.createCell(0).setCellFormula("Before!A" + (i + 2));
                    row.createCell(1).setCellFormula("Before!B" + (i + 2));
                }
            }

            Sheet figures = workbook.createSheet("Figures");
            header(figures.createRow(0), bold, "Figure", "Value", "Formula");
            figure(figures, 1, "HHI before", "SUMSQ(Before!B2:B" + (firms.size() + 1) + ")");
            figure(figures, 2, "HHI after", "SUMSQ(After!B2:B" + at + ")");
            figure(figures, 3, "Change in HHI", "B3-B2");
            int next = 4;
            if (partyCells.size() == 2) {
                figure(figures, next++, "Change in HHI, two firms: 2 × sᵢ × sⱼ", "2*" + String.join("*", partyCells));
            }
            OwnershipOutcome ownership = result == null ? null : result.ownership();
            if (ownership != null) {
                Row row = figures.createRow(next++);
                row.createCell(0).setCellValue("Change in modified HHI (stakes)");
                row.createCell(1).setCellValue(ownership.deltaMhhi().doubleValue());
                row.createCell(2)
                        .setCellValue(
                                "Σⱼ Σₖ sⱼ sₖ (Σᵢ γᵢⱼ βᵢₖ) / (Σᵢ γᵢⱼ βᵢⱼ), computed by the application from the stakes");
            }
            figures.setColumnWidth(0, 40 * 256);
            figures.setColumnWidth(1, 14 * 256);
            figures.setColumnWidth(2, 60 * 256);

            Sheet notes = workbook.createSheet("Notes");
            String[][] lines = {
                {"Market", market},
                {"Source of the dataset", dataset.source},
                {"Period of the dataset", dataset.period},
                {"Firms merging", merging.isEmpty() ? "None" : String.join(", ", merging)},
                {"Business secret", dataset.confidential ? "Yes" : "No"},
                {"Exported on", on.toString()}
            };
            for (int i = 0; i < lines.length; i++) {
                Row row = notes.createRow(i);
                row.createCell(0).setCellValue(lines[i][0]);
                row.getCell(0).setCellStyle(bold);
                row.createCell(1).setCellValue(lines[i][1]);
            }
            notes.setColumnWidth(0, 24 * 256);
            notes.setColumnWidth(1, 60 * 256);
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

    private static void figure(Sheet sheet, int at, String name, String formula) {
        Row row = sheet.createRow(at);
        row.createCell(0).setCellValue(name);
        row.createCell(1).setCellFormula(formula);
        row.createCell(2).setCellValue("=" + formula);
    }
}
