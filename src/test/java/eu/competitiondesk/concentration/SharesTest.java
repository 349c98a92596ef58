package eu.competitiondesk.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A share as people type it in each spreadsheet convention, read as one plain decimal; anything else as typed. */
class SharesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "30|30",
                "30%|30",
                "30 %|30",
                "30.5|30.5",
                "30,5|30.5",
                "30,5%|30.5",
                "1,234.5|1234.5",
                "1.234,5|1234.5",
                "1 234,5|1234.5",
                "1.234.567|1234567",
                "0,0001|0.0001",
                "abc|abc",
                "30x|30x",
                "-5|-5",
                "'2025-03-01'|2025-03-01"
            })
    void readsEachConvention(String typed, String read) {
        assertEquals(read, Shares.normalize(typed));
    }
}
