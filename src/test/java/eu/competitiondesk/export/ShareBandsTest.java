package eu.competitiondesk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ShareBandsTest {

    private static final ShareBands BANDS = ShareBands.COMMISSION;

    @Test
    void eachBandHoldsItsLowerBoundAndTheLastHoldsAHundred() {
        assertEquals("[0-5]%", BANDS.band(new BigDecimal("0")));
        assertEquals("[0-5]%", BANDS.band(new BigDecimal("4.3")));
        assertEquals("[0-5]%", BANDS.band(new BigDecimal("4.9999")));
        assertEquals("[5-10]%", BANDS.band(new BigDecimal("5")));
        assertEquals("[5-10]%", BANDS.band(new BigDecimal("7.9")));
        assertEquals("[5-10]%", BANDS.band(new BigDecimal("8.2")));
        assertEquals("[10-20]%", BANDS.band(new BigDecimal("10")));
        assertEquals("[20-30]%", BANDS.band(new BigDecimal("23.4567")));
        assertEquals("[90-100]%", BANDS.band(new BigDecimal("90")));
        assertEquals("[90-100]%", BANDS.band(new BigDecimal("100")));
        assertEquals(
                "[0-5], [5-10], [10-20], [20-30], [30-40], [40-50], [50-60], [60-70], [70-80], [80-90], [90-100]",
                BANDS.describe());
    }

    @Test
    void anHhiFromSecretSharesShowsItsGuidelineZone() {
        assertEquals("[0-1,000]", ShareBands.hhiZone(new BigDecimal("999.99")));
        assertEquals("[1,000-2,000]", ShareBands.hhiZone(new BigDecimal("1000")));
        assertEquals("[1,000-2,000]", ShareBands.hhiZone(new BigDecimal("1506")));
        assertEquals("[2,000-10,000]", ShareBands.hhiZone(new BigDecimal("2000")));
        assertEquals("[2,000-10,000]", ShareBands.hhiZone(new BigDecimal("10000")));
        assertEquals("[0-150]", ShareBands.deltaZone(new BigDecimal("149.5")));
        assertEquals("[150-250]", ShareBands.deltaZone(new BigDecimal("150")));
        assertEquals("[250-10,000]", ShareBands.deltaZone(new BigDecimal("520")));
    }

    @Test
    void aBandTableMustRiseFromZeroToAHundred() {
        assertThrows(IllegalArgumentException.class, () -> ShareBands.of("10, 5, 100"));
        assertThrows(IllegalArgumentException.class, () -> ShareBands.of("5, 10, 90"));
        assertEquals("[0-50]%", ShareBands.of("50, 100").band(new BigDecimal("49")));
    }
}
