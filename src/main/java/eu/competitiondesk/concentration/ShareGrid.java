package eu.competitiondesk.concentration;

import com.github.miachm.sods.OfficeCurrency;
import com.github.miachm.sods.OfficePercentage;
import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import eu.competitiondesk.export.CsvCells;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The cells of a share table however it comes: a CSV file (comma, semicolon or tab, with or without a byte-order
 * mark), an XLSX or ODS workbook (the first sheet or a named one), or rows pasted from a spreadsheet (tab-separated).
 * Only cells are read here; what they mean is read by {@link ShareImport}, the same for every source. Numbers in a
 * workbook are read as their value, not as the cell shows it rounded: a percentage cell (0.305 shown as 31%) as
 * "30.5%", a formula as the value the workbook saved with it (never evaluated), a date as a date, which no share
 * reads. A workbook is measured before any library opens it: a file that inflates beyond {@link #MAX_INFLATED}
 * (a zip bomb among them) or carries macros is refused.
 */
public final class ShareGrid {

    /** The most rows a table may have, a header included. */
    public static final int MAX_ROWS = 20_000;

    /** The most a workbook's parts may inflate to, together: far above 20,000 rows of five cells. */
    static final long MAX_INFLATED = 64L * 1024 * 1024;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /** Why a file or paste gives no table; {@link #detail} names a sheet or the sheets there are. */
    public enum Problem {
        NOT_UTF8,
        TOO_MANY_ROWS,
        TOO_LARGE,
        MACROS,
        OLD_EXCEL,
        UNREADABLE,
        NO_SUCH_SHEET
    }

    public static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public final Problem problem;
        public final String detail;

        Unreadable(Problem problem, String detail) {
            super(problem.name());
            this.problem = problem;
            this.detail = detail;
        }
    }

    /** A row of cells and the line (or sheet row) it stands on, from 1. */
    public record Line(int number, List<String> cells) {}

    private ShareGrid() {}

    /** The file's table: a workbook by its content (not its name), anything else as CSV text. */
    public static List<Line> file(byte[] bytes, String sheet) {
        if (startsWith(bytes, OLE2)) {
            throw new Unreadable(Problem.OLD_EXCEL, null);
        }
        if (startsWith(bytes, ZIP)) {
            Set<String> parts = measure(bytes);
            if (parts.contains("xl/vbaProject.bin")) {
                throw new Unreadable(Problem.MACROS, null);
            }
            if (parts.contains("xl/workbook.xml")) {
                return xlsx(bytes, sheet);
            }
            if (parts.contains("content.xml")) {
                return ods(bytes, sheet);
            }
            throw new Unreadable(Problem.UNREADABLE, null);
        }
        return csv(text(bytes));
    }

    /** Rows pasted from a spreadsheet: tab-separated; a paste of comma or semicolon text is read as CSV. */
    public static List<Line> pasted(String text) {
        return csv(text);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The workbook's part names, after inflating every part once and counting what it inflates to. Read from the
     * archive's directory, as the spreadsheet libraries read it (a part's sizes in its local header may be left
     * out, as POI's own writer does).
     */
    private static Set<String> measure(byte[] bytes) {
        Set<String> names = new HashSet<>();
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
                .get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                names.add(entry.getName());
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        inflated += n;
                        if (inflated > MAX_INFLATED) {
                            throw new Unreadable(Problem.TOO_LARGE, null);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Unreadable u) {
                throw u;
            }
            throw new Unreadable(Problem.UNREADABLE, null);
        }
        return names;
    }

    /** Strict UTF-8: text in another encoding is refused rather than garbled. */
    private static String text(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text;
        } catch (CharacterCodingException e) {
            throw new Unreadable(Problem.NOT_UTF8, null);
        }
    }

    /**
     * CSV in the separator its first line uses most: a tab, a semicolon (spreadsheets in settings with a decimal
     * comma) or a comma.
     */
    private static List<Line> csv(String given) {
        String text = given.startsWith("\uFEFF") ? given.substring(1) : given;
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char separator = separator(first);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(true)
                .get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(cell -> cells.add(unquoted(cell)));
                add(lines, (int) parser.getCurrentLineNumber(), cells);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new Unreadable(Problem.UNREADABLE, null);
        }
        return lines;
    }

    private static char separator(String line) {
        long tabs = line.chars().filter(c -> c == '\t').count();
        long semicolons = line.chars().filter(c -> c == ';').count();
        long commas = line.chars().filter(c -> c == ',').count();
        if (tabs > 0 && tabs >= semicolons && tabs >= commas) {
            return '\t';
        }
        return semicolons > 0 && semicolons >= commas ? ';' : ',';
    }

    /** A quote the CSV export put before a formula sign is taken off again. */
    private static String unquoted(String cell) {
        String value = cell.strip();
        return value.length() > 1 && value.charAt(0) == '\'' && CsvCells.isFormulaStart(value.charAt(1))
                ? value.substring(1)
                : value;
    }

    private static void add(List<Line> lines, int number, List<String> cells) {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        if (lines.size() >= MAX_ROWS) {
            throw new Unreadable(Problem.TOO_MANY_ROWS, null);
        }
        lines.add(new Line(number, List.copyOf(cells)));
    }

    /** An XLSX sheet read as a stream of rows, so that a sheet of a million rows stops at the limit. */
    private static List<Line> xlsx(byte[] bytes, String wanted) {
        List<Line> lines = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    names.add(name);
                    if (!chosen(wanted, name, names.size())) {
                        continue;
                    }
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(
                            reader.getStylesTable(), null, strings, new Rows(lines), new ValueFormatter(), false));
                    parser.parse(new InputSource(sheet));
                    return lines;
                }
            }
        } catch (Exception e) {
            // The row limit is reached inside the XML parser, which may wrap what it throws.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Unreadable u) {
                    throw u;
                }
            }
            throw new Unreadable(Problem.UNREADABLE, null);
        }
        throw new Unreadable(Problem.NO_SUCH_SHEET, String.join(", ", names));
    }

    private static boolean chosen(String wanted, String name, int position) {
        return wanted == null || wanted.isBlank() ? position == 1 : name.strip().equalsIgnoreCase(wanted.strip());
    }

    /** Collects a sheet's rows, each cell at its column, and stops at the limit. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<Line> lines;
        private List<String> cells;

        Rows(List<Line> lines) {
            this.lines = lines;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            add(lines, rowNum + 1, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value.strip());
        }
    }

    /**
     * A number as its value rather than as its format shows it: a percentage format times 100 with a "%", a date
     * format as the date, any other as the plain decimal.
     */
    private static final class ValueFormatter extends DataFormatter {
        ValueFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (org.apache.poi.ss.usermodel.DateUtil.isADateFormat(formatIndex, formatString)) {
                return super.formatRawCellContents(value, formatIndex, formatString);
            }
            BigDecimal number = new BigDecimal(Double.toString(value));
            if (formatString != null && formatString.contains("%")) {
                return plain(number.movePointRight(2)) + "%";
            }
            return plain(number);
        }
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** An ODS sheet; its size has been measured, so the library may read it whole. */
    private static List<Line> ods(byte[] bytes, String wanted) {
        SpreadSheet workbook;
        try {
            workbook = new SpreadSheet(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new Unreadable(Problem.UNREADABLE, null);
        }
        List<Sheet> sheets = workbook.getSheets();
        for (int i = 0; i < sheets.size(); i++) {
            Sheet sheet = sheets.get(i);
            if (!chosen(wanted, sheet.getName(), i + 1)) {
                continue;
            }
            if (sheet.getMaxRows() > MAX_ROWS) {
                throw new Unreadable(Problem.TOO_MANY_ROWS, null);
            }
            List<Line> lines = new ArrayList<>();
            if (sheet.getMaxRows() == 0 || sheet.getMaxColumns() == 0) {
                return lines;
            }
            Range range = sheet.getDataRange();
            Object[][] values = range.getValues();
            for (int row = 0; row < values.length; row++) {
                List<String> cells = new ArrayList<>();
                for (Object value : values[row]) {
                    cells.add(odsCell(value));
                }
                add(lines, range.getRow() + row + 1, cells);
            }
            return lines;
        }
        throw new Unreadable(
                Problem.NO_SUCH_SHEET,
                String.join(", ", sheets.stream().map(Sheet::getName).toList()));
    }

    private static String odsCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof OfficePercentage p) {
            return plain(new BigDecimal(Double.toString(p.getValue())).movePointRight(2)) + "%";
        }
        if (value instanceof OfficeCurrency c) {
            return plain(new BigDecimal(Double.toString(c.getValue())));
        }
        if (value instanceof Double || value instanceof Float) {
            return plain(new BigDecimal(value.toString()));
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        return value.toString().strip();
    }
}
