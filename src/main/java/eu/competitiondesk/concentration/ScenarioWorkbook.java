package eu.competitiondesk.concentration;

import eu.competitiondesk.concentration.engine.Analysis;
import eu.competitiondesk.concentration.engine.FirmShare;
import eu.competitiondesk.concentration.engine.OwnershipOutcome;
import eu.competitiondesk.export.Workbooks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

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
        return Workbooks.write(workbook -> {
            CellStyle bold = Workbooks.bold(workbook);

            Sheet before = workbook.createSheet("Before");
            Workbooks.header(before.createRow(0), bold, List.of("Firm", "Share in points"));
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
            Workbooks.header(after.createRow(0), bold, List.of("Firm", "Share in points"));
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
            Workbooks.header(figures.createRow(0), bold, List.of("Figure", "Value", "Formula"));
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

            List<String[]> notes = new ArrayList<>(ShareWorkbook.about(dataset, market, on));
            notes.add(new String[] {"Firms merging", merging.isEmpty() ? "None" : String.join(", ", merging)});
            Workbooks.notes(workbook, notes);
        });
    }

    private static void figure(Sheet sheet, int at, String name, String formula) {
        Row row = sheet.createRow(at);
        row.createCell(0).setCellValue(name);
        row.createCell(1).setCellFormula(formula);
        row.createCell(2).setCellValue("=" + formula);
    }
}
