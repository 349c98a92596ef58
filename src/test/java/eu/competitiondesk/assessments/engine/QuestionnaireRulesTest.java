package eu.competitiondesk.assessments.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.engine.Basis;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import eu.competitiondesk.referencedata.engine.Periods;
import eu.competitiondesk.referencedata.engine.WorkingDays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuestionnaireRulesTest {

    private static final Periods WEEKENDS = new Periods(WorkingDays.weekendsOnly());
    private static final ReferenceData REFERENCE =
            new ReferenceData(WEEKENDS, new eu.competitiondesk.referencedata.engine.FigureSets(List.of()));

    static Map<String, List<String>> dmaAnswers() {
        Map<String, List<String>> a = new HashMap<>();
        a.put("last_financial_year", List.of("2025"));
        a.put("union_turnover", List.of("8000000000", "8000000000", "8000000000"));
        a.put("service_1_name", List.of("Cloud"));
        a.put("service_1_category", List.of("CLOUD_COMPUTING"));
        a.put("service_1_member_states", List.of("27"));
        a.put("service_1_end_users", List.of("1000", "1000", "1000"));
        a.put("service_1_business_users", List.of("50000", "50000", "50000"));
        a.put("add_service_2", List.of("no"));
        a.put("thresholds_met_date", List.of("2025-12-31"));
        a.put("route", List.of("QUALITATIVE"));
        a.put("factor_a", List.of("TOWARDS"));
        a.put("factor_b", List.of("AWAY"));
        a.put("factor_c", List.of("TOWARDS"));
        a.put("has_rebuttal", List.of("no"));
        return a;
    }

    @Test
    void dmaAnswersGiveSourcedFindingsIncludingTheQualitativeSummary() {
        List<Finding> findings = QuestionnaireKinds.of(DmaDesignationQuestionnaire.ID)
                .findings(new AnswerSheet(dmaAnswers()), REFERENCE);
        Map<String, Finding> byId = findings.stream().collect(Collectors.toMap(Finding::id, f -> f));
        assertEquals(Outcome.MET, byId.get("size").outcome());
        assertEquals(Outcome.NOT_MET, byId.get("users:Cloud").outcome());
        assertEquals(Outcome.NOT_MET, byId.get("presumption:Cloud").outcome());
        assertFalse(byId.containsKey("notification-deadline"), "no presumption is met, so Art. 3(3) binds no one");
        assertEquals(Outcome.POINTS_TOWARDS, byId.get("factor-a").outcome());
        assertEquals(Outcome.POINTS_AWAY, byId.get("factor-b").outcome());
        assertEquals(Outcome.NOT_ASSESSED, byId.get("factor-d").outcome());
        // Weighed per Art. 3(1) criterion: (a) rests on factors (a) and (f): towards. (b) rests on (b), (c), (e):
        // (b) away and (c) towards, so it is for the case team to weigh. (c) rests on (c), (d), (e), (g): towards.
        assertEquals(Outcome.POINTS_TOWARDS, byId.get("criterion-a").outcome());
        assertEquals(Outcome.UNDETERMINED, byId.get("criterion-b").outcome());
        assertTrue(
                byId.get("criterion-b").title().contains("both ways"),
                byId.get("criterion-b").title());
        assertEquals(Outcome.POINTS_TOWARDS, byId.get("criterion-c").outcome());
        assertEquals(Outcome.UNDETERMINED, byId.get("qualitative-summary").outcome());
        assertFalse(byId.get("qualitative-summary").title().matches(".*\\d of 7.*"), "weighed, not counted");
        findings.forEach(f -> assertFalse(f.source().isBlank(), f.id()));
        findings.forEach(f -> assertFalse(f.basis().isEmpty(), f.id()));
        // References, not formatted strings: the factor points at its question, the size test at the turnover's.
        assertEquals("factor_a", byId.get("factor-a").basis().get(0).input());
        assertEquals("union_turnover", byId.get("size").basis().get(0).input());
        assertEquals("market_cap", byId.get("size").basis().get(1).input());
        assertEquals(
                "service_1_end_users", byId.get("users:Cloud").basis().get(0).input());
    }

    @Test
    void upToThreeServicesAreAssessedEachOnItsOwn() {
        Map<String, List<String>> a = dmaAnswers();
        a.put("add_service_2", List.of("yes"));
        a.put("add_service_3", List.of("yes"));
        for (int n = 2; n <= 3; n++) {
            a.put("service_" + n + "_name", List.of("Service " + n));
            a.put("service_" + n + "_category", List.of("WEB_BROWSER"));
            a.put("service_" + n + "_member_states", List.of("27"));
            a.put("service_" + n + "_end_users", List.of("45000000", "45000000", "45000000"));
            a.put("service_" + n + "_business_users", List.of("10000", "10000", "10000"));
        }
        DmaDesignation.Result result = DmaDesignationQuestionnaire.result(new AnswerSheet(a), WEEKENDS);
        assertEquals(3, result.services().size());
        assertFalse(result.services().get(0).presumptionMet());
        assertTrue(result.services().get(2).presumptionMet());
        assertTrue(result.presumptionMet());
    }

    @Test
    void exclusivityAnswersGiveTheScreenAndForeclosureFactors() {
        Map<String, List<String>> a = new HashMap<>();
        a.put("parties_compete", List.of("yes"));
        a.put("supplier_share", List.of("22"));
        a.put("buyer_share", List.of("5"));
        a.put("requirements_share", List.of("100"));
        a.put("indefinite", List.of("yes"));
        a.put("tacit_renewal", List.of("no"));
        a.put("terminable", List.of("no"));
        a.put("parallel_networks", List.of("no"));
        a.put("entry_barriers", List.of("HIGH"));
        a.put("buyer_power", List.of("yes"));
        a.put("dominant_share", List.of("22"));
        Map<String, Finding> byId =
                QuestionnaireKinds.of(ExclusivityQuestionnaire.ID).findings(new AnswerSheet(a), REFERENCE).stream()
                        .collect(Collectors.toMap(Finding::id, f -> f));
        // Competitors, and whether it is dual distribution is not answered: the block exemption cannot be told
        // yet, but the non-compete with no end date is excluded in any case.
        assertEquals(Outcome.UNDETERMINED, byId.get("vber-safe-harbour").outcome());
        assertTrue(byId.get("vber-safe-harbour").title().contains("excluded in any case"));
        assertEquals(Outcome.UNDETERMINED, byId.get("competitors").outcome());
        a.put("dual_distribution", List.of("no"));
        Map<String, Finding> answered =
                QuestionnaireKinds.of(ExclusivityQuestionnaire.ID).findings(new AnswerSheet(a), REFERENCE).stream()
                        .collect(Collectors.toMap(Finding::id, f -> f));
        assertEquals(Outcome.NOT_MET, answered.get("vber-safe-harbour").outcome());
        assertTrue(answered.get("vber-safe-harbour").basis().stream()
                .map(Basis::text)
                .toList()
                .containsAll(List.of(
                        "The non-compete has no end date (Art. 5(1)(a))",
                        "The parties are competitors, outside the dual distribution exception (Art. 2(4))")));
        assertEquals(Outcome.POINTS_AWAY, byId.get("dominance").outcome());
        assertEquals(Outcome.POINTS_TOWARDS, byId.get("entry-barriers").outcome());
        assertEquals(Outcome.POINTS_AWAY, byId.get("buyer-power").outcome());
        assertEquals(Outcome.POINTS_TOWARDS, byId.get("duration").outcome());
        assertEquals(Outcome.POINTS_AWAY, byId.get("parallel-networks").outcome());
        a.put("buyer_power", List.of("no"));
        a.put("indefinite", List.of("no"));
        a.put("duration_months", List.of("24"));
        a.put("tacit_renewal", List.of("yes"));
        Map<String, Finding> weak =
                QuestionnaireKinds.of(ExclusivityQuestionnaire.ID).findings(new AnswerSheet(a), REFERENCE).stream()
                        .collect(Collectors.toMap(Finding::id, f -> f));
        assertEquals(Outcome.NEUTRAL, weak.get("buyer-power").outcome(), "no buyer power is neutral");
        // Two years, tacitly renewed, not terminable with reasonable notice: long, as the screen's Art. 5(1)(a).
        assertEquals(Outcome.POINTS_TOWARDS, weak.get("duration").outcome());
        assertEquals(Outcome.NOT_MET, weak.get("non-compete-duration").outcome());
    }
}
