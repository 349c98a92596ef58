package eu.competitiondesk.assessments.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.assessments.engine.DmaDesignation.Input;
import eu.competitiondesk.assessments.engine.DmaDesignation.Result;
import eu.competitiondesk.assessments.engine.DmaDesignation.Service;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import eu.competitiondesk.referencedata.engine.Periods;
import eu.competitiondesk.referencedata.engine.WorkingDays;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DmaDesignationTest {

    private static final Periods WEEKENDS = new Periods(WorkingDays.weekendsOnly());
    private static final BigDecimal BN_7_5 = new BigDecimal("7500000000");
    private static final List<Long> USERS_MET = List.of(45_000_000L, 45_000_000L, 45_000_000L);
    private static final List<Long> BUSINESS_MET = List.of(10_000L, 10_000L, 10_000L);

    static Input input(List<BigDecimal> turnover, BigDecimal cap, Service... services) {
        return new Input(List.of(2023, 2024, 2025), turnover, cap, null, null, List.of(services));
    }

    static Service service(int memberStates, List<Long> endUsers, List<Long> businessUsers) {
        return new Service("Search", CoreService.ONLINE_SEARCH_ENGINE, memberStates, endUsers, businessUsers);
    }

    @Test
    void everyThresholdMetExactlyGivesThePresumption() {
        Result result = DmaDesignation.evaluate(
                input(List.of(BN_7_5, BN_7_5, BN_7_5), null, service(3, USERS_MET, BUSINESS_MET)), WEEKENDS);
        assertTrue(result.sizeTestMet());
        assertEquals(SizeBasis.TURNOVER, result.sizeBasis());
        assertTrue(result.services().get(0).usersTestMet());
        assertTrue(result.services().get(0).entrenchmentMet());
        assertTrue(result.services().get(0).memberStatesMet());
        assertTrue(result.presumptionMet());
        result.findings().forEach(f -> assertFalse(f.source().isBlank()));
    }

    @Test
    void turnoverMustBeMetInEachOfTheThreeYears() {
        BigDecimal justBelow = BN_7_5.subtract(BigDecimal.ONE);
        // With the market capitalisation known and short, the size test is not met.
        Result result = DmaDesignation.evaluate(
                input(List.of(justBelow, BN_7_5, BN_7_5), new BigDecimal("1"), service(3, USERS_MET, BUSINESS_MET)),
                WEEKENDS);
        assertEquals(Boolean.FALSE, result.sizeTestMet());
        assertNull(result.sizeBasis());
        assertEquals(Boolean.FALSE, result.presumptionMet());
    }

    @Test
    void turnoverShortWithNoMarketCapitalisationCannotBeToldYet() {
        // EUR 7,499,999,999 in 2023, and no market capitalisation: the second limb may still be met.
        Result result = DmaDesignation.evaluate(
                input(
                        List.of(BN_7_5.subtract(BigDecimal.ONE), BN_7_5, BN_7_5),
                        null,
                        service(3, USERS_MET, BUSINESS_MET)),
                WEEKENDS);
        assertNull(result.sizeTestMet());
        assertNull(result.presumptionMet());
        Finding size = result.findings().get(0);
        assertEquals(Outcome.UNDETERMINED, size.outcome());
        assertTrue(size.title().contains("market capitalisation for 2025 is missing"), size.title());
    }

    @Test
    void unknownUserNumbersMakeTheUsersTestCannotTellYet() {
        List<Long> lastYearUnknown = java.util.Arrays.asList(45_000_000L, 45_000_000L, null);
        Result unknown = DmaDesignation.evaluate(
                input(List.of(BN_7_5, BN_7_5, BN_7_5), null, service(3, lastYearUnknown, BUSINESS_MET)), WEEKENDS);
        assertNull(unknown.services().get(0).usersTestMet());
        assertNull(unknown.services().get(0).entrenchmentMet());
        assertNull(unknown.presumptionMet());
        // A known year that falls short settles entrenchment whatever is unknown.
        List<Long> firstYearShort = java.util.Arrays.asList(44_999_999L, 45_000_000L, null);
        Result shortYear = DmaDesignation.evaluate(
                input(List.of(BN_7_5, BN_7_5, BN_7_5), null, service(3, firstYearShort, BUSINESS_MET)), WEEKENDS);
        assertEquals(Boolean.FALSE, shortYear.services().get(0).entrenchmentMet());
        assertEquals(Boolean.FALSE, shortYear.presumptionMet());
    }

    @Test
    void theNotificationDeadlineExistsOnlyWhereAPresumptionIsMet() {
        Input none = new Input(
                List.of(2023, 2024, 2025),
                List.of(BN_7_5, BN_7_5, BN_7_5),
                null,
                LocalDate.of(2025, 12, 31),
                null,
                List.of(service(3, List.of(1L, 1L, 1L), BUSINESS_MET)));
        assertNull(DmaDesignation.evaluate(none, WEEKENDS).notificationDeadline());
    }

    @Test
    void marketCapitalisationAloneOrBoth() {
        BigDecimal low = new BigDecimal("1");
        assertEquals(
                SizeBasis.MARKET_CAPITALISATION,
                DmaDesignation.evaluate(
                                input(
                                        List.of(low, low, low),
                                        new BigDecimal("75000000000"),
                                        service(3, USERS_MET, BUSINESS_MET)),
                                WEEKENDS)
                        .sizeBasis());
        assertNull(DmaDesignation.evaluate(
                        input(
                                List.of(low, low, low),
                                new BigDecimal("74999999999"),
                                service(3, USERS_MET, BUSINESS_MET)),
                        WEEKENDS)
                .sizeBasis());
        assertEquals(
                SizeBasis.BOTH,
                DmaDesignation.evaluate(
                                input(
                                        List.of(BN_7_5, BN_7_5, BN_7_5),
                                        new BigDecimal("80000000000"),
                                        service(3, USERS_MET, BUSINESS_MET)),
                                WEEKENDS)
                        .sizeBasis());
    }

    @Test
    void usersEdgesAndEntrenchment() {
        List<BigDecimal> big = List.of(BN_7_5, BN_7_5, BN_7_5);
        var endUsersShort = DmaDesignation.evaluate(
                        input(big, null, service(3, List.of(45_000_000L, 45_000_000L, 44_999_999L), BUSINESS_MET)),
                        WEEKENDS)
                .services()
                .get(0);
        assertFalse(endUsersShort.usersTestMet());
        var businessShort = DmaDesignation.evaluate(
                        input(big, null, service(3, USERS_MET, List.of(10_000L, 10_000L, 9_999L))), WEEKENDS)
                .services()
                .get(0);
        assertFalse(businessShort.usersTestMet());
        var notEntrenched = DmaDesignation.evaluate(
                        input(big, null, service(3, List.of(44_999_999L, 45_000_000L, 45_000_000L), BUSINESS_MET)),
                        WEEKENDS)
                .services()
                .get(0);
        assertTrue(notEntrenched.usersTestMet());
        assertFalse(notEntrenched.entrenchmentMet());
        assertFalse(notEntrenched.presumptionMet());
    }

    @Test
    void threeMemberStatesAtLeast() {
        var two = DmaDesignation.evaluate(
                input(List.of(BN_7_5, BN_7_5, BN_7_5), null, service(2, USERS_MET, BUSINESS_MET)), WEEKENDS);
        assertFalse(two.services().get(0).memberStatesMet());
        assertFalse(two.presumptionMet());
    }

    @Test
    void onlineAdvertisingAloneIsNotACorePlatformService() {
        Service ads = new Service("Ads", CoreService.ONLINE_ADVERTISING, 27, USERS_MET, BUSINESS_MET);
        assertFalse(DmaDesignation.evaluate(input(List.of(BN_7_5, BN_7_5, BN_7_5), null, ads), WEEKENDS)
                .presumptionMet());
        Service search = service(27, USERS_MET, BUSINESS_MET);
        assertTrue(DmaDesignation.evaluate(input(List.of(BN_7_5, BN_7_5, BN_7_5), null, ads, search), WEEKENDS)
                .services()
                .get(0)
                .presumptionMet());
    }

    @Test
    void deadlinesFollowRegulation1182() {
        Input dates = new Input(
                List.of(2023, 2024, 2025),
                List.of(BN_7_5, BN_7_5, BN_7_5),
                null,
                LocalDate.of(2025, 12, 31),
                LocalDate.of(2026, 1, 5),
                List.of(service(3, USERS_MET, BUSINESS_MET)));
        Result result = DmaDesignation.evaluate(dates, WEEKENDS);
        assertEquals(LocalDate.of(2026, 3, 2), result.notificationDeadline().due());
        assertEquals(LocalDate.of(2026, 3, 9), result.designationDeadline().due());
        assertTrue(result.findings().stream()
                .anyMatch(f -> f.id().equals("designation-deadline")
                        && f.basis().stream().anyMatch(b -> b.text().contains("only weekends"))));
    }

    @Test
    void badInputNamesEveryField() {
        Input bad = new Input(
                List.of(2023, 2025),
                List.of(BN_7_5, BN_7_5, new BigDecimal("-1")),
                new BigDecimal("-5"),
                null,
                null,
                List.of(new Service("", null, 28, List.of(1L, 2L), List.of(1L, -2L, 3L))));
        InvalidAssessmentInput e =
                assertThrows(InvalidAssessmentInput.class, () -> DmaDesignation.evaluate(bad, WEEKENDS));
        assertEquals(
                List.of(
                        "financialYears",
                        "unionTurnoverEur[2]",
                        "marketCapitalisationEur",
                        "services[0].name",
                        "services[0].category",
                        "services[0].memberStates",
                        "services[0].monthlyActiveEndUsers",
                        "services[0].yearlyActiveBusinessUsers[1]"),
                e.violations().stream().map(RuleViolation::field).toList());
    }
}
