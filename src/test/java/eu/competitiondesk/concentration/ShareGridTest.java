package eu.competitiondesk.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import eu.competitiondesk.export.CsvFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The cells of a share table from each way it comes in, and each way a file is refused before it is read. */
class ShareGridTest {

    private static List<List<String>> cells(List<ShareGrid.Line> lines) {
        return lines.stream().map(ShareGrid.Line::cells).toList();
    }

    private static ShareGrid.Problem refused(byte[] file) {
        return assertThrows(ShareGrid.Unreadable.class, () -> ShareGrid.file(file, null)).problem;
    }

    @Test
    void csvWithCommasQuotesAndBlankLines() {
        List<ShareGrid.Line> lines = ShareGrid.file(
                "Firm, Share ,Source\n\n\"Amazon, Inc.\",39.0,Gartner\n".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(
                List.of(List.of("Firm", "Share", "Source"), List.of("Amazon, Inc.", "39.0", "Gartner")), cells(lines));
        assertEquals(3, lines.get(1).number(), "the line it stands on, blank lines counted");
    }

    @Test
    void csvAsASpreadsheetWritesItInGermanSettingsWithAByteOrderMark() {
        byte[] file = "\uFEFFFirma;Anteil\nAWS;30,5\nMicrosoft;20\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(
                List.of(List.of("Firma", "Anteil"), List.of("AWS", "30,5"), List.of("Microsoft", "20")),
                cells(ShareGrid.file(file, null)));
    }

    @Test
    void rowsPastedFromASpreadsheetAreTabSeparated() {
        assertEquals(
                List.of(List.of("AWS", "30%", "Synergy"), List.of("Google, LLC", "13", "")),
                cells(ShareGrid.pasted("AWS\t30%\tSynergy\r\nGoogle, LLC\t13\t\r\n")));
    }

    @Test
    void theExportReadsBackWithItsFormulaGuardTakenOff() {
        ShareRow evil = new ShareRow();
        evil.firm = "=HYPERLINK(\"http://x\")";
        evil.share = new BigDecimal("12.5000");
        evil.source = "@source";
        String csv = ShareCsv.write(List.of(evil), CsvFiles.Separator.COMMA);
        assertTrue(csv.startsWith("\uFEFFfirm,share,"), "a byte-order mark first");
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), csv);
        List<String> back = ShareGrid.pasted(csv).get(1).cells();
        assertEquals("=HYPERLINK(\"http://x\")", back.get(0));
        assertEquals("12.5", back.get(1));
        assertEquals("@source", back.get(2));
    }

    @Test
    void textInAnotherEncodingIsRefusedRatherThanGarbled() {
        assertEquals(
                ShareGrid.Problem.NOT_UTF8,
                refused("firm,share\nSociété Générale,5\n".getBytes(Charset.forName("ISO-8859-1"))));
    }

    /** Numbers as their values: 0.305 shown as "31%" reads 30.5%, a formula its saved value, a date as a date. */
    @Test
    void anXlsxSheetReadsValuesNotTheirRoundedDisplay() throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("not this one");
            XSSFSheet sheet = workbook.createSheet("Shares 2025");
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            XSSFRow header = sheet.createRow(0);
            header.createCell(0).setCellValue("firm");
            header.createCell(1).setCellValue("share");
            XSSFRow aws = sheet.createRow(1);
            aws.createCell(0).setCellValue("AWS");
            aws.createCell(1).setCellValue(0.305);
            aws.getCell(1).setCellStyle(percent);
            XSSFRow google = sheet.createRow(3);
            google.createCell(0).setCellValue("Google");
            google.createCell(1).setCellFormula("10+3.5");
            XSSFRow dated = sheet.createRow(4);
            dated.createCell(0).setCellValue("Dated");
            dated.createCell(1).setCellValue(LocalDate.of(2025, 3, 1));
            dated.getCell(1).setCellStyle(date);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            file = out.toByteArray();
        }
        List<ShareGrid.Line> lines = ShareGrid.file(file, "shares 2025");
        assertEquals(
                List.of(
                        List.of("firm", "share"),
                        List.of("AWS", "30.5%"),
                        List.of("Google", "13.5"),
                        List.of("Dated", "2025-03-01")),
                cells(lines));
        assertEquals(4, lines.get(2).number(), "the sheet's own row number");
        assertEquals("not this one", ShareGrid.file(file, null).get(0).cells().get(0), "the first sheet by default");
        ShareGrid.Unreadable none = assertThrows(ShareGrid.Unreadable.class, () -> ShareGrid.file(file, "2024"));
        assertEquals(ShareGrid.Problem.NO_SUCH_SHEET, none.problem);
        assertEquals("Notes, Shares 2025", none.detail);
    }

    @Test
    void aSheetOfMoreRowsThanTheLimitStopsAtTheLimit() throws IOException {
        byte[] file;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = workbook.createSheet("Big");
            for (int i = 0; i <= ShareGrid.MAX_ROWS; i++) {
                var row = sheet.createRow(i);
                row.createCell(0).setCellValue("Firm " + i);
                row.createCell(1).setCellValue(0.001);
            }
            workbook.write(out);
            file = out.toByteArray();
        }
        assertEquals(ShareGrid.Problem.TOO_MANY_ROWS, refused(file));
    }

    @Test
    void anOdsSheetByNameOrTheFirst() throws IOException {
        SpreadSheet workbook = new SpreadSheet();
        Sheet first = new Sheet("Marktanteile", 3, 2);
        first.getRange(0, 0, 3, 2).setValues("Firma", "Anteil", "AWS", 30.5, "Microsoft", 20.0);
        Sheet other = new Sheet("Other", 1, 1);
        other.getRange(0, 0).setValue("x");
        workbook.appendSheet(first);
        workbook.appendSheet(other);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.save(out);
        assertEquals(
                List.of(List.of("Firma", "Anteil"), List.of("AWS", "30.5"), List.of("Microsoft", "20")),
                cells(ShareGrid.file(out.toByteArray(), null)));
        assertEquals(List.of(List.of("x")), cells(ShareGrid.file(out.toByteArray(), "other")));
    }

    @Test
    void aWorkbookWithMacrosIsRefusedUnread() throws IOException {
        assertEquals(
                ShareGrid.Problem.MACROS, refused(zip("[Content_Types].xml", "xl/workbook.xml", "xl/vbaProject.bin")));
    }

    /** 200 MB of zeros packed into a few hundred kilobytes: counted while inflating, refused at 64 MB. */
    @Test
    void aZipBombUnderAnXlsxNameIsRefusedBeforeAnyLibraryReadsIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(out.size() < 1024 * 1024, "packed small: " + out.size());
        assertEquals(ShareGrid.Problem.TOO_LARGE, refused(out.toByteArray()));
    }

    @Test
    void anOldExcelFileOrABrokenWorkbookIsRefusedWithItsReason() throws IOException {
        assertEquals(
                ShareGrid.Problem.OLD_EXCEL,
                refused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A}));
        assertEquals(ShareGrid.Problem.UNREADABLE, refused(zip("xl/workbook.xml")));
        assertEquals(ShareGrid.Problem.UNREADABLE, refused(new byte[] {'P', 'K', 3, 4, 1, 2, 3}));
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
