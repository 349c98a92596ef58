package eu.competitiondesk.assessments.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.assessments.engine.DataActSwitching.Charge;
import eu.competitiondesk.assessments.engine.DataActSwitching.ChargeKind;
import eu.competitiondesk.assessments.engine.DataActSwitching.Contract;
import eu.competitiondesk.assessments.engine.DataActSwitching.Input;
import eu.competitiondesk.assessments.engine.DataActSwitching.Requirement;
import eu.competitiondesk.assessments.engine.DataActSwitching.Result;
import eu.competitiondesk.assessments.engine.DataActSwitching.ServiceKind;
import eu.competitiondesk.assessments.engine.DataActSwitching.TechnicalUnfeasibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chapter VI of the Data Act at each of its figures and dates: the day before, of and after each date, and each
 * limit at, below and above its figure, worked from the Regulation's words.
 */
class DataActSwitchingTest {

    private static final Contract GOOD_CONTRACT = new Contract(true, 2, null, 30, 30, true, true, true, true);

    private static Input input(
            Boolean customBuilt, Boolean testVersion, Contract contract, LocalDate request, List<Charge> charges) {
        return new Input(
                ServiceKind.INFRASTRUCTURAL,
                customBuilt,
                testVersion,
                Boolean.TRUE.equals(customBuilt) ? true : null,
                contract,
                true,
                true,
                true,
                true,
                null,
                true,
                request,
                null,
                charges);
    }

    private static Result charges(Charge... charges) {
        return DataActSwitching.evaluate(input(false, false, GOOD_CONTRACT, null, List.of(charges)));
    }

    private static Charge switching(String date, String amount, String cost) {
        return new Charge(
                ChargeKind.SWITCHING,
                LocalDate.parse(date),
                amount == null ? null : new BigDecimal(amount),
                cost == null ? null : new BigDecimal(cost),
                false);
    }

    private static Boolean met(Contract contract, LocalDate request, Requirement requirement) {
        return DataActSwitching.evaluate(input(false, false, contract, request, List.of()))
                .requirements()
                .get(requirement)
                .met();
    }

    private static Contract transitional(int days) {
        return new Contract(true, 2, null, days, 30, true, true, true, true);
    }

    private static Contract retrieval(int days) {
        return new Contract(true, 2, null, 30, days, true, true, true, true);
    }

    private static Contract noticeDays(Integer days) {
        return new Contract(true, null, days, 30, 30, true, true, true, true);
    }

    @Test
    void aContractWithEveryTermAtItsLimitIsInLine() {
        Result result = charges();
        assertTrue(result.chapterApplies());
        assertTrue(result.compliant());
        // Infrastructural: functional equivalence, not open interfaces; not custom-built: no Art. 31(3) duty.
        assertTrue(result.requirements().containsKey(Requirement.FUNCTIONAL_EQUIVALENCE));
        assertFalse(result.requirements().containsKey(Requirement.OPEN_INTERFACES));
        assertFalse(result.requirements().containsKey(Requirement.EXCEPTION_DISCLOSED));
        assertFalse(result.requirements().containsKey(Requirement.UNFEASIBILITY_NOTICE));
        assertEquals(
                "Art. 25(2)(a)",
                result.requirements().get(Requirement.TRANSITIONAL_PERIOD).article());
    }

    @Test
    void theTransitionalPeriodIsAtMostThirtyCalendarDays() {
        // Art. 25(2)(a): "not after the mandatory maximum transitional period of 30 calendar days".
        assertTrue(met(transitional(29), null, Requirement.TRANSITIONAL_PERIOD));
        assertTrue(met(transitional(30), null, Requirement.TRANSITIONAL_PERIOD));
        assertFalse(met(transitional(31), null, Requirement.TRANSITIONAL_PERIOD));
    }

    @Test
    void dataRetrievalIsAtLeastThirtyCalendarDays() {
        // Art. 25(2)(g): "at least 30 calendar days".
        assertFalse(met(retrieval(29), null, Requirement.DATA_RETRIEVAL_PERIOD));
        assertTrue(met(retrieval(30), null, Requirement.DATA_RETRIEVAL_PERIOD));
        assertTrue(met(retrieval(31), null, Requirement.DATA_RETRIEVAL_PERIOD));
    }

    @Test
    void theNoticePeriodDoesNotExceedTwoMonths() {
        // Art. 25(2)(d): "shall not exceed two months".
        assertTrue(met(new Contract(true, 1, null, 30, 30, true, true, true, true), null, Requirement.NOTICE_PERIOD));
        assertTrue(met(new Contract(true, 2, null, 30, 30, true, true, true, true), null, Requirement.NOTICE_PERIOD));
        assertFalse(met(new Contract(true, 3, null, 30, 30, true, true, true, true), null, Requirement.NOTICE_PERIOD));
    }

    @Test
    void aNoticeInDaysIsCountedAgainstTwoMonthsFromTheRequest() {
        // 15 April 2026 + two months = 15 June 2026: 15 days of April left + 31 of May + 15 of June = 61 days.
        LocalDate april = LocalDate.of(2026, 4, 15);
        assertEquals(61, DataActSwitching.twoMonthsInDays(april));
        assertTrue(met(noticeDays(60), april, Requirement.NOTICE_PERIOD));
        assertTrue(met(noticeDays(61), april, Requirement.NOTICE_PERIOD));
        assertFalse(met(noticeDays(62), april, Requirement.NOTICE_PERIOD));
        // 31 January 2026 + two months = 31 March 2026: 28 days of February + 31 of March = 59 days.
        LocalDate january = LocalDate.of(2026, 1, 31);
        assertEquals(59, DataActSwitching.twoMonthsInDays(january));
        assertTrue(met(noticeDays(59), january, Requirement.NOTICE_PERIOD));
        assertFalse(met(noticeDays(60), january, Requirement.NOTICE_PERIOD));
        // 31 December 2025 + two months: no 31 February, so the month's last day, 28 February 2026 = 31 + 28 = 59.
        assertEquals(59, DataActSwitching.twoMonthsInDays(LocalDate.of(2025, 12, 31)));
        // 1 July + two months = 1 September = 31 + 31 = 62 days, the longest two months there are.
        assertEquals(62, DataActSwitching.twoMonthsInDays(LocalDate.of(2026, 7, 1)));
    }

    @Test
    void withoutARequestDateANoticeInDaysIsSettledOnlyWhereEveryDateAgrees() {
        assertTrue(met(noticeDays(59), null, Requirement.NOTICE_PERIOD));
        assertNull(met(noticeDays(60), null, Requirement.NOTICE_PERIOD));
        assertNull(met(noticeDays(62), null, Requirement.NOTICE_PERIOD));
        assertFalse(met(noticeDays(63), null, Requirement.NOTICE_PERIOD));
        assertNull(met(noticeDays(null), null, Requirement.NOTICE_PERIOD));
    }

    @Test
    void technicalUnfeasibilityIsNotifiedWithinFourteenWorkingDaysAndJustified() {
        Requirement notice = Requirement.UNFEASIBILITY_NOTICE;
        Requirement alternative = Requirement.ALTERNATIVE_TRANSITIONAL_PERIOD;
        assertTrue(unfeasible(14, true, 7).get(notice).met());
        assertFalse(unfeasible(15, true, 7).get(notice).met());
        assertFalse(unfeasible(10, false, 7).get(notice).met());
        assertNull(unfeasible(10, null, 7).get(notice).met());
        // "shall not exceed seven months".
        assertTrue(unfeasible(10, true, 7).get(alternative).met());
        assertFalse(unfeasible(10, true, 8).get(alternative).met());
    }

    private static java.util.Map<Requirement, DataActSwitching.RequirementResult> unfeasible(
            Integer days, Boolean justified, Integer months) {
        Input base = input(false, false, GOOD_CONTRACT, null, List.of());
        return DataActSwitching.evaluate(new Input(
                        base.serviceKind(),
                        base.customBuilt(),
                        base.nonProductionTestVersion(),
                        base.exceptionDisclosedBeforeContract(),
                        base.contract(),
                        true,
                        true,
                        true,
                        true,
                        null,
                        true,
                        null,
                        new TechnicalUnfeasibility(days, justified, months),
                        List.of()))
                .requirements();
    }

    @Test
    void reducedChargesAtCostUntilElevenJanuary2027() {
        // Art. 29(2), (3): from 11 January 2024 (judged from 12 September 2025, Art. 50) charges may not exceed the
        // costs directly linked to the switching. 11 January 2027 is the last such day.
        assertTrue(
                charges(switching("2025-09-12", "100", "100")).charges().get(0).permitted());
        assertFalse(charges(switching("2025-09-12", "100.01", "100"))
                .charges()
                .get(0)
                .permitted());
        assertTrue(
                charges(switching("2025-09-13", "99", "100")).charges().get(0).permitted());
        assertTrue(
                charges(switching("2027-01-11", "100", "100")).charges().get(0).permitted());
        assertEquals(
                "Art. 29(2), (3)",
                charges(switching("2027-01-11", "100", "100")).charges().get(0).article());
        assertNull(
                charges(switching("2026-06-01", "100", null)).charges().get(0).permitted());
    }

    @Test
    void noSwitchingChargeFromTwelveJanuary2027() {
        // Art. 29(1): "From 12 January 2027 … shall not impose any switching charges". At cost or not, a charge is out.
        assertFalse(
                charges(switching("2027-01-12", "100", "100")).charges().get(0).permitted());
        assertEquals(
                "Art. 29(1)",
                charges(switching("2027-01-12", "100", "100")).charges().get(0).article());
        assertTrue(charges(switching("2027-01-12", "0", null)).charges().get(0).permitted());
        assertFalse(
                charges(switching("2027-01-13", "0.01", "5")).charges().get(0).permitted());
        assertFalse(charges(switching("2027-01-12", "1", "1")).compliant());
    }

    @Test
    void egressForParallelUseIsAtCostOnAnyDate() {
        Charge parallel = new Charge(
                ChargeKind.DATA_EGRESS, LocalDate.of(2027, 3, 1), new BigDecimal("40"), new BigDecimal("40"), true);
        Charge above = new Charge(
                ChargeKind.DATA_EGRESS, LocalDate.of(2027, 3, 1), new BigDecimal("41"), new BigDecimal("40"), true);
        Charge egress = new Charge(
                ChargeKind.DATA_EGRESS, LocalDate.of(2027, 3, 1), new BigDecimal("40"), new BigDecimal("40"), false);
        Result result = charges(parallel, above, egress);
        assertTrue(result.charges().get(0).permitted());
        assertEquals("Art. 34(2)", result.charges().get(0).article());
        assertFalse(result.charges().get(1).permitted());
        // Egress that is not parallel use is a switching charge (Art. 2): none from 12 January 2027.
        assertFalse(result.charges().get(2).permitted());
    }

    @Test
    void feesAndPenaltiesAreNotSwitchingCharges() {
        Charge fee = new Charge(
                ChargeKind.STANDARD_SERVICE_FEE, LocalDate.of(2027, 2, 1), new BigDecimal("900"), null, false);
        Charge penalty = new Charge(
                ChargeKind.EARLY_TERMINATION_PENALTY, LocalDate.of(2027, 2, 1), new BigDecimal("900"), null, false);
        Result result = charges(fee, penalty);
        assertTrue(result.charges().get(0).permitted());
        assertTrue(result.charges().get(1).permitted());
        assertEquals("Art. 2", result.charges().get(1).article());
    }

    @Test
    void chargesBeforeTheRegulationAppliesAreRefused() {
        InvalidAssessmentInput before =
                assertThrows(InvalidAssessmentInput.class, () -> charges(switching("2025-09-11", "1", "1")));
        assertEquals("charges[0].date", before.violations().get(0).field());
    }

    @Test
    void aNoticeInMonthsAndInDaysAtOnceIsRefused() {
        InvalidAssessmentInput both = assertThrows(
                InvalidAssessmentInput.class,
                () -> DataActSwitching.evaluate(input(
                        false, false, new Contract(true, 2, 40, -1, 30, true, true, true, true), null, List.of())));
        assertEquals("contract.noticePeriodDays", both.violations().get(0).field());
        assertEquals("contract.transitionalPeriodDays", both.violations().get(1).field());
    }

    @Test
    void aTestVersionTakesTheContractOutOfTheChapter() {
        Result result = DataActSwitching.evaluate(
                input(false, true, transitional(45), null, List.of(switching("2027-02-01", "10", "10"))));
        assertFalse(result.chapterApplies());
        assertTrue(result.requirements().isEmpty());
        assertTrue(result.charges().get(0).permitted());
        assertEquals("Art. 31(2)", result.charges().get(0).article());
        assertTrue(result.compliant());
    }

    @Test
    void anUnknownTestVersionIsTakenBothWays() {
        // Every requirement met: in line whether or not the Chapter applies.
        Result allMet = DataActSwitching.evaluate(input(false, null, GOOD_CONTRACT, null, List.of()));
        assertNull(allMet.chapterApplies());
        assertTrue(allMet.compliant());
        // One requirement not met: at odds if the Chapter applies, in line if not, so cannot tell yet.
        Result oneShort = DataActSwitching.evaluate(input(false, null, transitional(31), null, List.of()));
        assertFalse(oneShort.requirements().get(Requirement.TRANSITIONAL_PERIOD).met());
        assertNull(oneShort.compliant());
    }

    @Test
    void aCustomBuiltServiceOwesNoChargeRulesButMustSaySo() {
        Result result = DataActSwitching.evaluate(
                input(true, false, GOOD_CONTRACT, null, List.of(switching("2027-02-01", "10", "1"))));
        assertFalse(result.requirements().containsKey(Requirement.CHARGES_INFORMATION));
        assertFalse(result.requirements().containsKey(Requirement.FUNCTIONAL_EQUIVALENCE));
        assertTrue(result.requirements().get(Requirement.EXCEPTION_DISCLOSED).met());
        assertTrue(result.charges().get(0).permitted());
        assertEquals("Art. 31(1)", result.charges().get(0).article());
        assertTrue(result.compliant());
        // Not known whether custom-built: the same charge is not permitted under Art. 29(1), permitted under 31(1).
        Result unknown = DataActSwitching.evaluate(
                input(null, false, GOOD_CONTRACT, null, List.of(switching("2027-02-01", "10", "1"))));
        assertNull(unknown.charges().get(0).permitted());
        assertNull(unknown.compliant());
    }

    @Test
    void anUnknownTermIsNeverReadAsNo() {
        Result result = DataActSwitching.evaluate(input(false, false, Contract.UNKNOWN, null, List.of()));
        assertNull(result.requirements().get(Requirement.TRANSITIONAL_PERIOD).met());
        assertNull(result.requirements().get(Requirement.WRITTEN_CONTRACT).met());
        assertNull(result.compliant());
        assertTrue(result.findings().stream().allMatch(f -> f.source().startsWith("Regulation (EU) 2023/2854")));
    }
}
