package eu.competitiondesk.assessments.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.engine.Basis;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import eu.competitiondesk.referencedata.engine.Periods;
import eu.competitiondesk.referencedata.engine.WorkingDays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The conclusion on each legal question of both questionnaires, in each of its outcomes. */
class ConclusionsTest {

    private static final Periods WEEKENDS = new Periods(WorkingDays.weekendsOnly());
    private static final ReferenceData REFERENCE =
            new ReferenceData(WEEKENDS, new eu.competitiondesk.referencedata.engine.FigureSets(List.of()));

    private static Map<String, List<String>> exclusivity() {
        Map<String, List<String>> a = new HashMap<>();
        a.put("parties_compete", List.of("no"));
        a.put("supplier_share", List.of("10"));
        a.put("buyer_share", List.of("5"));
        a.put("restraint_type", List.of("QUANTITY_FORCING"));
        a.put("requirements_share", List.of("50"));
        a.put("indefinite", List.of("no"));
        a.put("duration_months", List.of("24"));
        a.put("tacit_renewal", List.of("no"));
        a.put("terminable", List.of("yes"));
        a.put("parallel_networks", List.of("no"));
        a.put("entry_barriers", List.of("LOW"));
        a.put("buyer_power", List.of("yes"));
        return a;
    }

    private static Conclusion conclusion(String questionnaire, Map<String, List<String>> answers, String question) {
        List<Finding> findings = QuestionnaireKinds.of(questionnaire).findings(new AnswerSheet(answers), REFERENCE);
        return QuestionnaireKinds.of(questionnaire).conclusions(findings).stream()
                .filter(c -> c.question().equals(question))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no conclusion on " + question));
    }

    @Test
    void blockExemptionMetNotMetAndCannotTellYet() {
        Conclusion met = conclusion(ExclusivityQuestionnaire.ID, exclusivity(), "Block exemption");
        assertEquals(Outcome.MET, met.outcome());
        assertEquals("Block exemption: covers the agreement", met.statement());

        assertEquals("Covers the agreement", met.wording());
        Map<String, List<String>> strong = exclusivity();
        strong.put("supplier_share", List.of("40"));
        Conclusion notMet = conclusion(ExclusivityQuestionnaire.ID, strong, "Block exemption");
        assertEquals(Outcome.NOT_MET, notMet.outcome());
        assertTrue(notMet.statement().startsWith("Block exemption: does not cover the agreement"));
        assertTrue(
                notMet.reasons().stream()
                        .anyMatch(r -> r.text().contains("supplier's share is above 30%")
                                && r.source().contains("VBER Art. 3")),
                notMet.reasons().toString());

        Map<String, List<String>> unknown = exclusivity();
        unknown.remove("buyer_share");
        Conclusion open = conclusion(ExclusivityQuestionnaire.ID, unknown, "Block exemption");
        assertEquals(Outcome.UNDETERMINED, open.outcome());
        assertTrue(open.statement().startsWith("Block exemption: cannot tell yet"));
        assertEquals(
                List.of("buyer_share"),
                open.toEstablish().stream().map(Basis::input).toList());

        Map<String, List<String>> indefinite = exclusivity();
        indefinite.put("restraint_type", List.of("NON_COMPETE"));
        indefinite.put("indefinite", List.of("yes"));
        Conclusion excluded = conclusion(ExclusivityQuestionnaire.ID, indefinite, "Block exemption");
        assertEquals(Outcome.MET, excluded.outcome());
        assertTrue(excluded.statement().contains("except the non-compete"), excluded.statement());
        assertEquals("Covers the agreement except the non-compete", excluded.wording());
    }

    @Test
    void withNoDominantShareGivenArticle102IsNotInIssue() {
        Conclusion none = conclusion(ExclusivityQuestionnaire.ID, exclusivity(), "Dominance under Article 102");
        assertEquals("Not in issue on the answers given", none.wording());
        Map<String, List<String>> dominant = exclusivity();
        dominant.put("dominant_share", List.of("55"));
        Conclusion presumed = conclusion(ExclusivityQuestionnaire.ID, dominant, "Dominance under Article 102");
        assertEquals(Outcome.POINTS_TOWARDS, presumed.outcome());
        assertEquals(null, presumed.wording());
    }

    @Test
    void aReasonReachedTwiceIsGivenOnce() {
        Conclusion.Reason r = new Conclusion.Reason("r", "s");
        Conclusion.Reason t = new Conclusion.Reason("t", "u");
        Conclusion c = new Conclusion("Q", Outcome.MET, "Q: met", List.of(r, r, t), List.of());
        assertEquals(List.of(r, t), c.reasons());
    }

    @Test
    void minorImportanceMetNotMetAndCannotTellYet() {
        assertEquals(
                Outcome.MET,
                conclusion(ExclusivityQuestionnaire.ID, exclusivity(), "Minor importance")
                        .outcome());
        Map<String, List<String>> larger = exclusivity();
        larger.put("supplier_share", List.of("15.5"));
        Conclusion notMet = conclusion(ExclusivityQuestionnaire.ID, larger, "Minor importance");
        assertEquals(Outcome.NOT_MET, notMet.outcome());
        assertTrue(notMet.statement().startsWith("Minor importance: the shares exceed"));
        assertEquals("Outside the De minimis safe harbour", notMet.wording());
        Map<String, List<String>> networks = exclusivity();
        networks.put("parallel_networks", List.of("yes"));
        Conclusion open = conclusion(ExclusivityQuestionnaire.ID, networks, "Minor importance");
        assertEquals(Outcome.UNDETERMINED, open.outcome());
        assertTrue(open.toEstablish().stream().anyMatch(b -> b.input().equals("tied_market_share")));
    }

    @Test
    void dominanceReadsAsAnIndicator() {
        Map<String, List<String>> low = exclusivity();
        low.put("dominant_share", List.of("39.9"));
        Conclusion unlikely = conclusion(ExclusivityQuestionnaire.ID, low, "Dominance under Article 102");
        assertEquals(Outcome.POINTS_AWAY, unlikely.outcome());
        assertTrue(unlikely.statement().contains("unlikely, though not excluded"));
        low.put("dominant_share", List.of("50"));
        assertEquals(
                Outcome.POINTS_TOWARDS,
                conclusion(ExclusivityQuestionnaire.ID, low, "Dominance under Article 102")
                        .outcome());
    }

    @Test
    void foreclosureNamesTheFactorsEachWay() {
        Conclusion foreclosure = conclusion(ExclusivityQuestionnaire.ID, exclusivity(), "Foreclosure");
        assertTrue(
                foreclosure.statement().contains("pointing away from it: the supplier's market position"),
                foreclosure.statement());
        Map<String, List<String>> open = exclusivity();
        open.put("entry_barriers", List.of("NOT_ASSESSED"));
        Conclusion notAssessed = conclusion(ExclusivityQuestionnaire.ID, open, "Foreclosure");
        assertTrue(notAssessed.statement().contains("yet to be assessed: entry barriers"));
        assertEquals(
                List.of("entry_barriers"),
                notAssessed.toEstablish().stream().map(Basis::input).toList());
    }

    @Test
    void presumptionOfGatekeeperStatusMetNotMetAndCannotTellYet() {
        Map<String, List<String>> a = QuestionnaireRulesTest.dmaAnswers();
        a.put("service_1_end_users", List.of("45000000", "45000000", "45000000"));
        a.put("route", List.of("QUANTITATIVE"));
        Conclusion met = conclusion(DmaDesignationQuestionnaire.ID, a, "Presumption of gatekeeper status");
        assertEquals(Outcome.MET, met.outcome());
        assertTrue(met.statement().startsWith("Presumption of gatekeeper status: met for Cloud"), met.statement());

        a.put("service_1_member_states", List.of("2"));
        Conclusion notMet = conclusion(DmaDesignationQuestionnaire.ID, a, "Presumption of gatekeeper status");
        assertEquals(Outcome.NOT_MET, notMet.outcome());
        assertTrue(notMet.statement()
                .startsWith("Presumption of gatekeeper status: no core platform service assessed meets it"));

        a.put("service_1_member_states", List.of("27"));
        a.put("union_turnover", List.of("7000000000", "8000000000", "8000000000"));
        Conclusion open = conclusion(DmaDesignationQuestionnaire.ID, a, "Presumption of gatekeeper status");
        assertEquals(Outcome.UNDETERMINED, open.outcome());
        assertEquals(
                "Presumption of gatekeeper status: cannot tell yet, missing: market capitalisation for 2025",
                open.statement());
        assertEquals(
                List.of("market_cap"),
                open.toEstablish().stream().map(Basis::input).toList());
    }

    @Test
    void designationBelowTheThresholdsTowardsAwayAndCannotTellYet() {
        Map<String, List<String>> a = QuestionnaireRulesTest.dmaAnswers();
        for (String f : List.of("a", "b", "c", "d", "e", "f", "g")) {
            a.put("factor_" + f, List.of("TOWARDS"));
        }
        assertEquals(
                Outcome.POINTS_TOWARDS,
                conclusion(DmaDesignationQuestionnaire.ID, a, "Designation below the thresholds")
                        .outcome());
        a.put("factor_a", List.of("AWAY"));
        a.put("factor_f", List.of("AWAY"));
        assertEquals(
                Outcome.POINTS_AWAY,
                conclusion(DmaDesignationQuestionnaire.ID, a, "Designation below the thresholds")
                        .outcome());
        a.put("factor_a", List.of("NOT_ASSESSED"));
        a.put("factor_f", List.of("NOT_ASSESSED"));
        Conclusion open = conclusion(DmaDesignationQuestionnaire.ID, a, "Designation below the thresholds");
        assertEquals(Outcome.UNDETERMINED, open.outcome());
        assertEquals(
                List.of("factor_a", "factor_f"),
                open.toEstablish().stream().map(Basis::input).toList());
    }
}
