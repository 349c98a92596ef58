package eu.competitiondesk.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShareCsvTest {

    private static List<ShareCsv.Row> parse(String csv) {
        return ShareCsv.parse(new StringReader(csv));
    }

    private static List<ShareCsv.Error> errors(String csv) {
        return assertThrows(ShareCsv.Rejected.class, () -> parse(csv)).errors;
    }

    @Test
    void readsTheShortAndTheLongForm() {
        List<ShareCsv.Row> rows = parse("firm,share\nAWS,30\nMicrosoft,20.5\n");
        assertEquals(2, rows.size());
        assertEquals(new BigDecimal("20.5"), rows.get(1).share());
        List<ShareCsv.Row> full = parse("Firm, Share ,Source,Period\n\"Amazon, Inc.\",39.0,Gartner,2023\n");
        assertEquals("Amazon, Inc.", full.get(0).firm());
        assertEquals("Gartner", full.get(0).source());
        assertEquals("2023", full.get(0).period());
    }

    @Test
    void everyErrorHasItsRowAndColumn() {
        List<ShareCsv.Error> errors =
                errors("firm,share,source,period\nAWS,30\n,20\nGoogle,abc\nOracle,0\naws,3\n" + "IBM,2,x,y,z\n");
        assertEquals(5, errors.size());
        assertEquals(
                List.of(3L, 4L, 5L, 6L, 7L),
                errors.stream().map(ShareCsv.Error::row).toList());
        assertEquals(
                List.of(1, 2, 2, 1, 5),
                errors.stream().map(ShareCsv.Error::column).toList());
        assertTrue(errors.get(1).message().contains("not a number"));
        assertTrue(errors.get(3).message().contains("listed twice"));
    }

    @Test
    void aWrongHeaderOrAnEmptyFileIsRefused() {
        assertEquals(1, errors("company,percent\nAWS,30\n").get(0).row());
        assertEquals(1, errors("").get(0).row());
        assertTrue(errors("firm,share\n").get(0).message().contains("no rows"));
        assertTrue(errors("share,firm\n30,AWS\n").get(0).message().contains("first line"));
    }

    @Test
    void sharesAboveTheToleratedTotalAreRefused() {
        ShareCsv.Error error = errors("firm,share\nA,60\nB,41\n").get(0);
        assertEquals(0, error.row());
        assertTrue(error.message().contains("101"));
    }

    @Test
    void exportNeutralisesFormulasAndImportsBackTheSame() {
        ShareRow evil = new ShareRow();
        evil.firm = "=HYPERLINK(\"http://x\")";
        evil.share = new BigDecimal("12.5000");
        evil.source = "@source";
        evil.period = "2025-Q2";
        ShareRow plain = new ShareRow();
        plain.firm = "AWS";
        plain.share = new BigDecimal("30");
        String csv = ShareCsv.write(List.of(evil, plain));
        assertTrue(csv.startsWith("firm,share,source,period,note\r\n"));
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), csv);
        assertTrue(csv.contains("'@source"));
        List<ShareCsv.Row> back = parse(csv);
        assertEquals("=HYPERLINK(\"http://x\")", back.get(0).firm());
        assertEquals(new BigDecimal("12.5"), back.get(0).share());
        assertEquals("@source", back.get(0).source());
        assertEquals("AWS", back.get(1).firm());
    }
}
