package eu.competitiondesk.assessments.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.assessments.engine.StrategicMarketStatus.Input;
import eu.competitiondesk.assessments.engine.StrategicMarketStatus.Result;
import eu.competitiondesk.assessments.engine.StrategicMarketStatus.StrategicSignificance;
import eu.competitiondesk.assessments.engine.StrategicMarketStatus.TurnoverBasis;
import eu.competitiondesk.assessments.engine.StrategicMarketStatus.UkLink;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SMS conditions at each boundary of the Act's words, and the dates it fixes, each worked by hand. */
class StrategicMarketStatusTest {

    private static final UkLink USERS_ONLY = new UkLink(true, false, false);
    private static final StrategicSignificance RELIANCE_ONLY = new StrategicSignificance(false, true, false, false);

    private static Input input(BigDecimal global, BigDecimal uk) {
        return new Input(true, USERS_ONLY, global, uk, true, RELIANCE_ONLY, null, null);
    }

    @Test
    void theTurnoverConditionNeedsAFigureExceeded() {
        // s.7: "exceeds £25 billion" / "exceeds £1 billion". Exactly 25,000,000,000 and exactly 1,000,000,000: neither
        // exceeds, not met. One penny more globally: met on the global figure alone.
        BigDecimal global = new BigDecimal("25000000000");
        BigDecimal uk = new BigDecimal("1000000000");
        Result at = StrategicMarketStatus.evaluate(input(global, uk));
        assertFalse(at.turnoverCondition());
        assertNull(at.turnoverBasis());
        assertFalse(at.smsConditionsMet());
        Result above = StrategicMarketStatus.evaluate(input(new BigDecimal("25000000000.01"), uk));
        assertTrue(above.turnoverCondition());
        assertEquals(TurnoverBasis.GLOBAL, above.turnoverBasis());
        assertTrue(above.smsConditionsMet());
        Result both =
                StrategicMarketStatus.evaluate(input(new BigDecimal("30000000000"), new BigDecimal("1000000000.01")));
        assertEquals(TurnoverBasis.BOTH, both.turnoverBasis());
        // UK turnover alone above GBP 1 bn, the global one not known: met (either figure suffices).
        Result ukOnly = StrategicMarketStatus.evaluate(input(null, new BigDecimal("1500000000")));
        assertTrue(ukOnly.turnoverCondition());
        assertEquals(TurnoverBasis.UK, ukOnly.turnoverBasis());
        // The UK turnover below the figure and the global one not known: cannot tell yet, and it is named.
        Result open = StrategicMarketStatus.evaluate(input(null, new BigDecimal("900000000")));
        assertNull(open.turnoverCondition());
        assertNull(open.smsConditionsMet());
        assertTrue(open.toEstablish().stream().anyMatch(t -> t.contains("s.7")));
    }

    @Test
    void oneLimbLinksOrSignifiesAndUnknownLimbsStayOpen() {
        // s.4 and s.6 take any one limb: one yes is enough; all no is no; a no and two unknowns cannot tell.
        Input allNo = new Input(
                true,
                new UkLink(false, false, false),
                new BigDecimal("30000000000"),
                null,
                true,
                new StrategicSignificance(false, false, false, false),
                null,
                null);
        Result no = StrategicMarketStatus.evaluate(allNo);
        assertFalse(no.ukLink());
        assertFalse(no.strategicSignificance());
        assertFalse(no.smsConditionsMet());
        Input partly = new Input(
                true,
                new UkLink(false, null, null),
                new BigDecimal("30000000000"),
                null,
                true,
                new StrategicSignificance(null, false, null, null),
                null,
                null);
        Result open = StrategicMarketStatus.evaluate(partly);
        assertNull(open.ukLink());
        assertNull(open.strategicSignificance());
        assertNull(open.smsConditionsMet());
        // Nothing stated at all: every condition open, none "no".
        Result empty = StrategicMarketStatus.evaluate(new Input(null, null, null, null, null, null, null, null));
        assertNull(empty.smsConditionsMet());
        assertEquals(5, empty.toEstablish().size());
        // One condition known to fail settles the whole: no SMS, whatever else is unknown.
        Result noPower = StrategicMarketStatus.evaluate(new Input(null, null, null, null, false, null, null, null));
        assertFalse(noPower.smsConditionsMet());
    }

    @Test
    void theDatesFollowTheCorrespondingDateRule() {
        // s.14(2): nine months beginning with 14 January 2025 end on 13 October 2025 (the CMA's first SMS
        // investigation, opened 14 January 2025, had 13 October 2025 as its statutory deadline).
        Result google = StrategicMarketStatus.evaluate(
                new Input(null, null, null, null, null, null, LocalDate.of(2025, 1, 14), LocalDate.of(2025, 10, 10)));
        assertEquals(LocalDate.of(2025, 10, 13), google.decisionDue().date());
        assertEquals(StatutoryDate.Kind.BINDING, google.decisionDue().kind());
        // s.18: five years beginning with 10 October 2025 end on 9 October 2030; s.10(2): nine months before the end
        // of 9 October 2030 is the start of 10 January 2030, so the last day to begin is 9 January 2030.
        assertEquals(LocalDate.of(2030, 10, 9), google.designationEnds().date());
        assertEquals(
                LocalDate.of(2030, 1, 9),
                google.furtherInvestigationLatestStart().date());
        // No corresponding date: nine months beginning with 31 May 2025 would correspond to 31 February 2026, which
        // does not exist: the period ends on the last day of February (28 February 2026). From 28 May 2025 it ends on
        // 27 February 2026.
        assertEquals(
                LocalDate.of(2026, 2, 28), StrategicMarketStatus.periodBeginningWith(LocalDate.of(2025, 5, 31), 9, 0));
        assertEquals(
                LocalDate.of(2026, 2, 27), StrategicMarketStatus.periodBeginningWith(LocalDate.of(2025, 5, 28), 9, 0));
        // Five years beginning with 29 February 2024: no 29 February 2029, so 28 February 2029.
        assertEquals(
                LocalDate.of(2029, 2, 28), StrategicMarketStatus.periodBeginningWith(LocalDate.of(2024, 2, 29), 0, 5));
        Result noDates = StrategicMarketStatus.evaluate(input(null, null));
        assertNull(noDates.decisionDue());
        assertNull(noDates.designationEnds());
        assertEquals(
                List.of(),
                noDates.findings().stream()
                        .filter(f -> f.id().startsWith("sms-decision") || f.id().startsWith("sms-designation"))
                        .toList());
    }
}
