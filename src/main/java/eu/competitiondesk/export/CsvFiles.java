package eu.competitiondesk.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file the application writes: UTF-8 with a byte-order mark, so that a spreadsheet opens it with its
 * accents whatever its settings, and the separator the officer chose: a comma with decimal points, or a semicolon
 * with decimal commas, as spreadsheets in German, French or Italian settings expect.
 */
public final class CsvFiles {

    public enum Separator {
        COMMA(',', '.'),
        SEMICOLON(';', ',');

        private final char delimiter;
        private final char decimal;

        Separator(char delimiter, char decimal) {
            this.delimiter = delimiter;
            this.decimal = decimal;
        }

        /** The separator a download link asks for ({@code ?separator=semicolon}); a comma unless it says otherwise. */
        public static Separator parse(String asked) {
            return asked != null && asked.strip().toLowerCase(Locale.ROOT).equals("semicolon") ? SEMICOLON : COMMA;
        }

        /** A decimal as this file writes it: no exponent, no trailing zeros, its decimal mark. */
        public String number(BigDecimal value) {
            return value == null
                    ? ""
                    : value.stripTrailingZeros().toPlainString().replace('.', decimal);
        }
    }

    /** Writes the records a file holds. */
    public interface Records {
        void print(CSVPrinter printer) throws IOException;
    }

    private CsvFiles() {}

    public static String write(Separator separator, Records records) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(separator.delimiter)
                        .setRecordSeparator("\r\n")
                        .get())) {
            records.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
