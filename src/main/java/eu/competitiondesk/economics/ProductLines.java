package eu.competitiondesk.economics;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A simulation's products as an officer types or pastes them: a line per product, cells apart by a tab (what a
 * spreadsheet copies) or else a semicolon — name, firm, price, share (%), quantity, margin (%) — an empty cell for a
 * figure the demand system does not use. Decimals take a point.
 */
record ProductLines(List<MergerSimulationAnalysis.Product> products, List<Problem> problems) {

    /** What is wrong on a line (1 = the first), as a message template of ValidationMessages. */
    record Problem(int line, String message) {}

    static final int MAX_PRODUCTS = 200;

    private static final String NUMBER = "^[0-9]{1,15}(\\.[0-9]{1,6})?$";

    static ProductLines parse(String text) {
        List<MergerSimulationAnalysis.Product> products = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (text == null) {
            return new ProductLines(products, problems);
        }
        char separator = text.indexOf('\t') >= 0 ? '\t' : ';';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        int line = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : parser) {
                line++;
                if (line > MAX_PRODUCTS) {
                    problems.add(new Problem(line, "{desk.sim.line.too.many}"));
                    break;
                }
                if (r.size() > 6 || r.get(0).isBlank()) {
                    problems.add(new Problem(line, "{desk.sim.line.cells}"));
                    continue;
                }
                BigDecimal[] figures = new BigDecimal[4];
                boolean read = true;
                for (int c = 2; c < 6; c++) {
                    String cell = c < r.size() ? r.get(c) : "";
                    if (cell.isEmpty()) {
                        continue;
                    }
                    if (!cell.matches(NUMBER) || (c != 4 && new BigDecimal(cell).signum() == 0)) {
                        problems.add(new Problem(line, "{desk.sim.line.number}"));
                        read = false;
                        break;
                    }
                    figures[c - 2] = new BigDecimal(cell);
                }
                if (read
                        && ((figures[1] != null && figures[1].compareTo(BigDecimal.valueOf(100)) > 0)
                                || (figures[3] != null && figures[3].compareTo(BigDecimal.valueOf(100)) >= 0))) {
                    problems.add(new Problem(line, "{desk.sim.line.percent}"));
                    read = false;
                }
                if (read) {
                    String firm = r.size() > 1 && !r.get(1).isBlank() ? r.get(1) : null;
                    if (r.get(0).length() > 200 || (firm != null && firm.length() > 200)) {
                        problems.add(new Problem(line, "{desk.sim.line.cells}"));
                        continue;
                    }
                    products.add(new MergerSimulationAnalysis.Product(
                            r.get(0), firm, figures[0], figures[1], figures[2], figures[3]));
                }
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(new Problem(line + 1, "{desk.sim.line.cells}"));
        }
        return new ProductLines(products, problems);
    }

    /** The products as the form shows them again: semicolons between the cells. */
    static String write(List<MergerSimulationAnalysis.Product> products) {
        StringBuilder b = new StringBuilder();
        for (MergerSimulationAnalysis.Product p : products) {
            b.append(p.name())
                    .append("; ")
                    .append(p.firm() == null ? "" : p.firm())
                    .append("; ")
                    .append(cell(p.price()))
                    .append("; ")
                    .append(cell(p.sharePercent()))
                    .append("; ")
                    .append(cell(p.quantity()))
                    .append("; ")
                    .append(cell(p.marginPercent()))
                    .append('\n');
        }
        return b.toString();
    }

    private static String cell(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
