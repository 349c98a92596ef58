package eu.competitiondesk.assessments.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.assessments.engine.ClauseHistory.Clause;
import eu.competitiondesk.assessments.engine.ClauseHistory.ClauseKind;
import eu.competitiondesk.assessments.engine.ClauseHistory.Terms;
import eu.competitiondesk.assessments.engine.ExclusivityScreen.RestraintType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which clauses are in force on a day (first and last day inclusive), and the terms they set together. */
class ClauseHistoryTest {

    private static final Clause HOSTING = new Clause(
            "hosting",
            ClauseKind.COMPUTE_EXCLUSIVITY,
            LocalDate.of(2019, 7, 22),
            LocalDate.of(2025, 1, 20),
            new Terms(RestraintType.NON_COMPETE, null, null, null, null, null));
    private static final Clause FIRST_REFUSAL = new Clause(
            "rofr",
            ClauseKind.RIGHT_OF_FIRST_REFUSAL,
            LocalDate.of(2025, 1, 21),
            LocalDate.of(2025, 10, 27),
            new Terms(RestraintType.RIGHT_OF_FIRST_REFUSAL, new BigDecimal("70"), null, null, null, null));
    private static final Clause TERM = new Clause(
            "term",
            ClauseKind.TERM_AND_TERMINATION,
            LocalDate.of(2019, 7, 22),
            null,
            new Terms(RestraintType.NON_COMPETE, null, 120, false, true, null));

    @Test
    void aClauseIsInForceFromItsFirstToItsLastDayInclusive() {
        assertFalse(HOSTING.inForceOn(LocalDate.of(2019, 7, 21)));
        assertTrue(HOSTING.inForceOn(LocalDate.of(2019, 7, 22)));
        assertTrue(HOSTING.inForceOn(LocalDate.of(2025, 1, 20)));
        assertFalse(HOSTING.inForceOn(LocalDate.of(2025, 1, 21)));
        assertTrue(TERM.inForceOn(LocalDate.of(2099, 1, 1)), "no last day: it runs on");
    }

    @Test
    void theLaterClauseSpeaksWhereTwoSetOneTerm() {
        List<Clause> history = List.of(FIRST_REFUSAL, TERM, HOSTING);
        ClauseHistory.InForce before = ClauseHistory.asOf(history, LocalDate.of(2025, 1, 20));
        assertEquals(
                List.of("hosting", "term"),
                before.clauses().stream().map(Clause::id).toList());
        assertEquals(RestraintType.NON_COMPETE, before.terms().restraintType());
        assertEquals(120, before.terms().durationMonths());
        ClauseHistory.InForce after = ClauseHistory.asOf(history, LocalDate.of(2025, 1, 21));
        assertEquals(
                List.of("term", "rofr"),
                after.clauses().stream().map(Clause::id).toList());
        // The right of first refusal, from the later day, sets the restraint; the term clause keeps its duration.
        assertEquals(RestraintType.RIGHT_OF_FIRST_REFUSAL, after.terms().restraintType());
        assertEquals("rofr", after.setBy().get("restraintType"));
        assertEquals("term", after.setBy().get("durationMonths"));
        assertEquals(0, new BigDecimal("70").compareTo(after.terms().requirementsSharePercent()));
        assertTrue(
                ClauseHistory.asOf(history, LocalDate.of(2019, 1, 1)).clauses().isEmpty());
    }

    @Test
    void aHistoryWithFaultsNamesEach() {
        Clause backwards =
                new Clause("x", ClauseKind.PRIORITY, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31), null);
        Clause twin = new Clause("x", ClauseKind.EQUITY, LocalDate.of(2025, 3, 1), null, null);
        Clause sameDay = new Clause(
                "y",
                ClauseKind.API_EXCLUSIVITY,
                LocalDate.of(2019, 7, 22),
                null,
                new Terms(RestraintType.EXCLUSIVE_SUPPLY, null, null, null, null, null));
        Map<String, String> faults = new java.util.LinkedHashMap<>();
        ClauseHistory.faults(List.of(backwards, twin, HOSTING, sameDay), "clauses")
                .forEach(v -> faults.put(v.field(), v.message()));
        assertEquals(
                List.of("clauses[0].effectiveTo", "clauses[1].id", "clauses[3].terms.restraintType"),
                List.copyOf(faults.keySet()));
        // The same term set alike from the same day is no fault; 70 and 70.0 are the same share.
        Clause alike = new Clause(
                "z",
                ClauseKind.RIGHT_OF_FIRST_REFUSAL,
                LocalDate.of(2025, 1, 21),
                null,
                new Terms(null, new BigDecimal("70.0"), null, null, null, null));
        assertTrue(
                ClauseHistory.faults(List.of(FIRST_REFUSAL, alike), "clauses").isEmpty());
    }

    @Test
    void aDatedExclusivityAssessmentReadsTheRestraintFromTheClausesInForce() {
        List<Clause> history = List.of(HOSTING, FIRST_REFUSAL);
        var before = new ExclusivityQuestionnaire().agreementAnswers(history, LocalDate.of(2025, 1, 20));
        assertEquals(List.of("NON_COMPETE"), before.get("restraint_type").values());
        assertEquals("hosting", before.get("restraint_type").clauseId());
        assertFalse(before.containsKey("requirements_share"), "the hosting clause says nothing of a share");
        var after = new ExclusivityQuestionnaire().agreementAnswers(history, LocalDate.of(2025, 1, 21));
        assertEquals(
                List.of("RIGHT_OF_FIRST_REFUSAL"), after.get("restraint_type").values());
        assertEquals(List.of("70"), after.get("requirements_share").values());
    }

    @Test
    void aDatedMergerControlAssessmentFindsEachArrangementPresentOrAbsentThatDay() {
        Clause board = new Clause(
                "board", ClauseKind.BOARD_RIGHTS, LocalDate.of(2023, 11, 29), LocalDate.of(2024, 7, 9), null);
        Clause equity = new Clause(
                "equity",
                ClauseKind.EQUITY,
                LocalDate.of(2025, 10, 28),
                null,
                new Terms(null, null, null, null, null, new BigDecimal("27")));
        List<Clause> history = List.of(HOSTING, board, equity);
        var during = new MergerControlQuestionnaire().agreementAnswers(history, LocalDate.of(2024, 1, 1));
        assertEquals(List.of("PRESENT"), during.get("board_seats").values());
        assertEquals(List.of("PRESENT"), during.get("exclusivity").values());
        assertFalse(during.containsKey("stake_percent"), "no equity clause in force yet");
        assertFalse(during.containsKey("revenue_sharing"), "a kind the history never records is the officer's");
        var later = new MergerControlQuestionnaire().agreementAnswers(history, LocalDate.of(2025, 11, 1));
        assertEquals(List.of("ABSENT"), later.get("board_seats").values());
        assertEquals("board", later.get("board_seats").clauseId());
        assertEquals(List.of("ABSENT"), later.get("exclusivity").values());
        assertEquals(List.of("27"), later.get("stake_percent").values());
    }
}
