package eu.competitiondesk.assessments.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionnaireCatalogTest {

    private static final QuestionnaireCatalog CATALOG =
            QuestionnaireCatalog.load(QuestionnaireCatalogTest.class.getClassLoader());

    @Test
    void shipsBothQuestionnairesWithSourcesOnTheRuleQuestions() {
        Questionnaire dma = CATALOG.latest("dma-designation").orElseThrow();
        Questionnaire exclusivity = CATALOG.latest("exclusivity").orElseThrow();
        assertEquals(2, dma.version());
        assertTrue(dma.question("service_1_end_users").orElseThrow().unknownAllowed(), "not known, never 0");
        assertEquals(2, exclusivity.version());
        assertTrue(
                exclusivity.question("dual_distribution").orElseThrow().source().contains("Art. 2(4)"));
        assertTrue(dma.question("union_turnover").orElseThrow().source().contains("Art. 3(2)(a)"));
        assertTrue(dma.question("union_turnover").orElseThrow().confidentialAllowed());
        assertEquals(
                10, dma.question("service_1_category").orElseThrow().options().size());
        assertTrue(exclusivity
                .question("requirements_share")
                .orElseThrow()
                .source()
                .contains("VBER"));
        assertTrue(CATALOG.get("dma-designation", 1).isPresent());
        assertFalse(CATALOG.get("dma-designation", 99).isPresent());
    }

    @Test
    void conditionsMayOnlyLookBackToEarlierSections() {
        Questionnaire.Question first = question("a", null);
        Questionnaire.Question dependent = question("b", new Questionnaire.Condition("a", List.of("yes")));
        Questionnaire sameSection = new Questionnaire(
                "t", 1, "T", null, List.of(new Questionnaire.Section("s", "S", null, List.of(first, dependent))));
        assertThrows(IllegalStateException.class, () -> QuestionnaireCatalog.check(sameSection, "t.json"));
        Questionnaire earlier = new Questionnaire(
                "t",
                1,
                "T",
                null,
                List.of(
                        new Questionnaire.Section("s1", "S1", null, List.of(first)),
                        new Questionnaire.Section("s2", "S2", null, List.of(dependent))));
        QuestionnaireCatalog.check(earlier, "t.json");
        assertTrue(AnswerCheck.isShown(dependent, Map.of("a", List.of("yes"))));
        assertFalse(AnswerCheck.isShown(dependent, Map.of("a", List.of("no"))));
        assertFalse(AnswerCheck.isShown(dependent, Map.of()));
    }

    @Test
    void answersAreCheckedByType() {
        Questionnaire dma = CATALOG.latest("dma-designation").orElseThrow();
        Questionnaire.Question perYear = dma.question("union_turnover").orElseThrow();
        assertEquals(
                List.of("7500000000", "8000000000", "9000000000.5"),
                AnswerCheck.check(perYear, List.of("7,500,000,000", "8 000 000 000", "9000000000.5"))
                        .values());
        assertFalse(AnswerCheck.check(perYear, List.of("1", "2")).ok());
        assertFalse(AnswerCheck.check(perYear, List.of("1", "-2", "3")).ok());
        assertFalse(AnswerCheck.check(perYear, List.of("1", "two", "3")).ok());
        Questionnaire.Question states = dma.question("service_1_member_states").orElseThrow();
        assertTrue(AnswerCheck.check(states, List.of("27")).ok());
        assertFalse(AnswerCheck.check(states, List.of("28")).ok());
        Questionnaire.Question category = dma.question("service_1_category").orElseThrow();
        assertTrue(AnswerCheck.check(category, List.of("CLOUD_COMPUTING")).ok());
        assertFalse(AnswerCheck.check(category, List.of("CAR_SHARING")).ok());
        Questionnaire.Question date = dma.question("notification_date").orElseThrow();
        assertTrue(AnswerCheck.check(date, List.of("")).ok(), "optional");
        assertFalse(AnswerCheck.check(date, List.of("2026-02-30")).ok());
        Questionnaire.Question yesNo = dma.question("add_service_2").orElseThrow();
        assertEquals(
                AnswerCheck.Kind.SELECT_YES_NO,
                AnswerCheck.check(yesNo, List.of()).problem().kind());
        assertFalse(AnswerCheck.check(yesNo, List.of("maybe")).ok());
        Questionnaire.Question percent = CATALOG.latest("exclusivity")
                .orElseThrow()
                .question("supplier_share")
                .orElseThrow();
        assertEquals(
                List.of("22.5"), AnswerCheck.check(percent, List.of("22.5%")).values());
        assertFalse(AnswerCheck.check(percent, List.of("100.1")).ok());
    }

    /**
     * A merger-control amount may be in another currency, its ISO 4217 code before or after it; in the question's own
     * currency it is stored as the plain number. The DMA's market capitalisation takes euros only.
     */
    @Test
    void amountsInOtherCurrenciesKeepTheirCode() {
        Questionnaire merger = CATALOG.latest("merger-control").orElseThrow();
        Questionnaire.Question worldwide =
                merger.question("eu_acquirer_worldwide").orElseThrow();
        assertEquals(
                List.of("USD 5412000000"),
                AnswerCheck.check(worldwide, List.of("USD 5,412,000,000")).values());
        assertEquals(
                List.of("USD 5412000000"),
                AnswerCheck.check(worldwide, List.of("5 412 000 000 usd")).values());
        assertEquals(
                List.of("1000"),
                AnswerCheck.check(worldwide, List.of("EUR 1,000")).values());
        assertEquals(
                List.of("1000"), AnswerCheck.check(worldwide, List.of("1,000")).values());
        assertEquals(
                AnswerCheck.Kind.CURRENCY_CODE,
                AnswerCheck.check(worldwide, List.of("XYZ 1000")).problem().kind());
        assertEquals(
                AnswerCheck.Kind.AT_LEAST,
                AnswerCheck.check(worldwide, List.of("USD -5")).problem().kind());
        Questionnaire.Question states = merger.question("eu_acquirer_states").orElseThrow();
        assertEquals(
                List.of("DE USD 100000000", "FR 50000000"),
                AnswerCheck.check(states, List.of("DE USD 100,000,000\nFR 50,000,000"))
                        .values());
        Questionnaire.Question marketCap = CATALOG.latest("dma-designation")
                .orElseThrow()
                .question("market_cap")
                .orElseThrow();
        assertEquals(
                AnswerCheck.Kind.NUMBER,
                AnswerCheck.check(marketCap, List.of("USD 1000")).problem().kind());
    }

    private static Questionnaire.Question question(String id, Questionnaire.Condition condition) {
        return new Questionnaire.Question(
                id,
                QuestionType.YES_NO,
                id,
                null,
                null,
                null,
                null,
                condition,
                true,
                BigDecimal.ZERO,
                null,
                null,
                false,
                false,
                false);
    }
}
