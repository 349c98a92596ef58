package eu.competitiondesk.assessments.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import eu.competitiondesk.referencedata.engine.ExchangeRates;
import eu.competitiondesk.referencedata.engine.FigureSets;
import eu.competitiondesk.referencedata.engine.Jurisdiction;
import eu.competitiondesk.referencedata.engine.Money;
import eu.competitiondesk.referencedata.engine.Periods;
import eu.competitiondesk.referencedata.engine.WorkingDays;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The UK SMS and §19a questionnaires read their answers into the engines, with conclusions and key dates. */
class DesignationQuestionnairesTest {

    /** A test rate: 1.25 US dollars per pound for 2024. */
    private static final ReferenceData REFERENCE = new ReferenceData(
            new Periods(WorkingDays.weekendsOnly()),
            new FigureSets(List.of()),
            new ExchangeRates(List.of(new Money.Rate(Jurisdiction.UK, "USD", 2024, new BigDecimal("1.25"), "test"))));

    @Test
    void ukSmsFromAnswersWithDollarTurnover() {
        Map<String, List<String>> a = new HashMap<>();
        a.put("undertaking", List.of("A cloud provider"));
        a.put("activity", List.of("Cloud computing services"));
        a.put("digital_activity", List.of("yes"));
        a.put("uk_business", List.of("yes"));
        // USD 31,250,000,000.01 / 1.25 = GBP 25,000,000,000.008: exceeds GBP 25 bn; USD 31,250,000,000 is exactly it.
        a.put("global_turnover", List.of("USD 31250000000.01"));
        a.put("financial_year", List.of("2024"));
        a.put("market_power", List.of("yes"));
        a.put("reliance", List.of("yes"));
        a.put("investigation_notice", List.of("2025-01-14"));
        QuestionnaireKind sms = QuestionnaireKinds.of(UkSmsQuestionnaire.ID);
        List<Finding> findings = sms.findings(new AnswerSheet(a), REFERENCE);
        Conclusion status = sms.conclusions(findings).get(0);
        assertEquals(Outcome.MET, status.outcome());
        assertTrue(findings.stream().anyMatch(f -> f.id().equals("sms-amounts")));
        assertTrue(findings.stream()
                .filter(f -> f.id().equals("sms-uk-link"))
                .flatMap(f -> f.basis().stream())
                .anyMatch(b -> "uk_business".equals(b.input())));
        a.put("global_turnover", List.of("USD 31250000000"));
        assertEquals(
                Outcome.UNDETERMINED,
                sms.conclusions(sms.findings(new AnswerSheet(a), REFERENCE))
                        .get(0)
                        .outcome(),
                "exactly GBP 25 bn and the UK turnover not known");
        sms.findings(new AnswerSheet(a), REFERENCE)
                .forEach(f -> assertFalse(f.basis().isEmpty(), f.id()));
        QuestionnaireKind.SetDeadline due =
                sms.deadlines(new AnswerSheet(a), REFERENCE).get(0);
        assertEquals(LocalDate.of(2025, 10, 13), due.deadline().due());
        assertTrue(due.binding());
        assertEquals(null, sms.deadlines(new AnswerSheet(a), REFERENCE).get(1).deadline(), "no decision yet");
    }

    @Test
    void gwb19aFromAnswers() {
        Map<String, List<String>> a = new HashMap<>();
        a.put("undertaking", List.of("A cloud provider"));
        a.put("activity", List.of("Cloud computing services"));
        a.put("active_18_3a", List.of("yes"));
        for (String factor : List.of(
                "dominance", "financial_strength", "vertical_integration", "access_to_data", "third_party_access")) {
            a.put(factor, List.of("TOWARDS"));
        }
        a.put("other_factor", List.of("Switching costs keep customers"));
        a.put("other_factor_weight", List.of("AWAY"));
        QuestionnaireKind gwb = QuestionnaireKinds.of(Gwb19aQuestionnaire.ID);
        List<Conclusion> mixed = gwb.conclusions(gwb.findings(new AnswerSheet(a), REFERENCE));
        assertEquals(Outcome.UNDETERMINED, mixed.get(0).outcome(), "a mixed picture is weighed, not counted");
        a.remove("other_factor_weight");
        List<Conclusion> towards = gwb.conclusions(gwb.findings(new AnswerSheet(a), REFERENCE));
        assertEquals(Outcome.MET, towards.get(0).outcome());
        assertFalse(towards.get(1).statement().isBlank());
        // Every finding has its source and what it rests on; a factor points at its question.
        List<Finding> all = gwb.findings(new AnswerSheet(a), REFERENCE);
        all.forEach(f -> assertFalse(f.basis().isEmpty(), f.id()));
        assertEquals(
                "dominance",
                all.stream()
                        .filter(f -> f.id().equals("gwb-factor-1"))
                        .findFirst()
                        .orElseThrow()
                        .basis()
                        .get(0)
                        .input());
        a.put("bestandskraft", List.of("2024-02-29"));
        assertEquals(
                LocalDate.of(2029, 2, 28),
                gwb.deadlines(new AnswerSheet(a), REFERENCE).get(0).deadline().due());
    }

    /**
     * A DMA assessment of a cloud service below the user thresholds (40 million end users): the qualitative route is
     * indicated; a market investigation opened on 20 June 2025 sets two targets, not binding deadlines (22 December
     * 2025 and 22 June 2026, each moved off a Saturday).
     */
    @Test
    void dmaMarketInvestigationSetsTargets() {
        Map<String, List<String>> a = new HashMap<>();
        a.put("undertaking_name", List.of("A cloud provider"));
        a.put("last_financial_year", List.of("2025"));
        a.put("union_turnover", List.of("8000000000", "8000000000", "8000000000"));
        a.put("service_1_name", List.of("Cloud"));
        a.put("service_1_category", List.of("CLOUD_COMPUTING"));
        a.put("service_1_member_states", List.of("27"));
        a.put("service_1_end_users", List.of("40000000", "40000000", "40000000"));
        a.put("service_1_business_users", List.of("20000", "20000", "20000"));
        a.put("add_service_2", List.of("no"));
        a.put("route", List.of("QUANTITATIVE"));
        a.put("market_investigation_opening", List.of("2025-06-20"));
        QuestionnaireKind dma = QuestionnaireKinds.of(DmaDesignationQuestionnaire.ID);
        List<Finding> findings = dma.findings(new AnswerSheet(a), REFERENCE);
        assertTrue(findings.stream().anyMatch(f -> f.id().equals("qualitative-route")));
        assertTrue(findings.stream()
                .anyMatch(f -> f.title().startsWith("Market investigation: preliminary findings by 2025-12-22")));
        List<QuestionnaireKind.SetDeadline> dates = dma.deadlines(new AnswerSheet(a), REFERENCE);
        QuestionnaireKind.SetDeadline conclusion = dates.get(3);
        assertEquals(LocalDate.of(2026, 6, 22), conclusion.deadline().due());
        assertFalse(conclusion.binding(), "a target, not a binding deadline");
    }
}
