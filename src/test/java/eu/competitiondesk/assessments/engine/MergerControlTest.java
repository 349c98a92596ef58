package eu.competitiondesk.assessments.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import eu.competitiondesk.referencedata.engine.ExchangeRates;
import eu.competitiondesk.referencedata.engine.FigureSets;
import eu.competitiondesk.referencedata.engine.InterlockingDirectoratesTest;
import eu.competitiondesk.referencedata.engine.Jurisdiction;
import eu.competitiondesk.referencedata.engine.MergerThresholdsTest;
import eu.competitiondesk.referencedata.engine.Money;
import eu.competitiondesk.referencedata.engine.Periods;
import eu.competitiondesk.referencedata.engine.WorkingDays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The merger-control questionnaire's rules and conclusions, from answers as the pages store them. */
class MergerControlTest {

    private static final ReferenceData SHIPPED = new ReferenceData(
            new Periods(WorkingDays.weekendsOnly()),
            new FigureSets(List.of(
                    MergerThresholdsTest.EU,
                    MergerThresholdsTest.UK,
                    MergerThresholdsTest.US,
                    InterlockingDirectoratesTest.CLAYTON_2025)));

    private static Map<String, List<String>> answers() {
        Map<String, List<String>> a = new HashMap<>();
        a.put("acquirer", List.of("Acquirer Inc"));
        a.put("target", List.of("Target Ltd"));
        a.put("acquired", List.of("SHARES", "VOTING_RIGHTS"));
        a.put("thresholds_date", List.of("2025-06-30"));
        a.put("stake_percent", List.of("60"));
        a.put("voting_percent", List.of("60"));
        a.put("eu_control_type", List.of("SOLE"));
        a.put("eu_lasting", List.of("yes"));
        a.put("eu_acquirer_worldwide", List.of("4000000000"));
        a.put("eu_acquirer_union", List.of("300000000"));
        a.put("eu_acquirer_states", List.of("DE 200000000", "FR 50000000"));
        a.put("eu_target_worldwide", List.of("1000000000"));
        a.put("eu_target_union", List.of("300000000"));
        a.put("eu_target_states", List.of("DE 100000000", "EL 100000000"));
        a.put("uk_level_before", List.of("NONE"));
        a.put("uk_level_after", List.of("CONTROLLING_INTEREST"));
        a.put("uk_target_turnover", List.of("150000000"));
        a.put("uk_acquirer_turnover", List.of("500000000"));
        a.put("us_interest", List.of("VOTING_SECURITIES"));
        a.put("us_size_of_transaction", List.of("600000000"));
        a.put("us_solely_investment", List.of("no"));
        return a;
    }

    private static Map<String, Finding> findings(Map<String, List<String>> a) {
        return findings(a, SHIPPED);
    }

    private static Map<String, Finding> findings(Map<String, List<String>> a, ReferenceData reference) {
        return QuestionnaireKinds.of(MergerControlQuestionnaire.ID).findings(new AnswerSheet(a), reference).stream()
                .collect(Collectors.toMap(Finding::id, Function.identity()));
    }

    private static Map<String, Conclusion> conclusions(Map<String, List<String>> a) {
        List<Finding> all = QuestionnaireKinds.of(MergerControlQuestionnaire.ID).findings(new AnswerSheet(a), SHIPPED);
        return QuestionnaireKinds.of(MergerControlQuestionnaire.ID).conclusions(all).stream()
                .collect(Collectors.toMap(Conclusion::question, Function.identity()));
    }

    @Test
    void soleControlAboveEveryThresholdIsAConcentrationInEachJurisdiction() {
        Map<String, Conclusion> c = conclusions(answers());
        assertEquals(Outcome.MET, c.get("EU: a concentration").outcome());
        // Exactly EUR 5,000 million combined is not "more than": no Art. 1(2), and no three Member States for 1(3).
        assertEquals(Outcome.NOT_MET, c.get("EU: an EU dimension").outcome());
        assertEquals(Outcome.MET, c.get("UK: a relevant merger situation").outcome());
        assertEquals(Outcome.MET, c.get("US: a reportable transaction").outcome());
        assertTrue(
                c.get("US: a reportable transaction")
                        .statement()
                        .startsWith("US: a transaction reportable" + " under the HSR Act: yes"),
                c.get("US: a reportable transaction").statement());
        Map<String, Finding> f = findings(answers());
        assertTrue(
                f.get("us-size").basis().stream().anyMatch(b -> b.text().contains("FTC 2025")),
                "the finding names the figure set it used");
        assertEquals("us_size_of_transaction", f.get("us-size").basis().get(0).input());
    }

    @Test
    void oneCentMoreGivesTheEuDimensionAndAReferralIsNoLongerAsked() {
        Map<String, List<String>> a = answers();
        a.put("eu_target_worldwide", List.of("1000000000.01"));
        Map<String, Conclusion> c = conclusions(a);
        assertEquals(Outcome.MET, c.get("EU: an EU dimension").outcome());
        assertTrue(c.get("EU: an EU dimension").statement().contains("Art. 1(2)"));
        assertFalse(findings(a).containsKey("eu-article-22"));
    }

    @Test
    void noDimensionAsksWhetherAMemberStateHasJurisdiction() {
        Map<String, List<String>> a = answers();
        assertEquals(Outcome.UNDETERMINED, findings(a).get("eu-article-22").outcome());
        a.put("eu_member_state_jurisdiction", List.of("ABSENT"));
        assertEquals(Outcome.NOT_MET, findings(a).get("eu-article-22").outcome());
        assertTrue(conclusions(a)
                .get("EU: an EU dimension")
                .statement()
                .contains("excluded, as no Member State has jurisdiction"));
    }

    @Test
    void jointControlNeedsAFullFunctionJointVentureAndCountsTheOtherParent() {
        Map<String, List<String>> a = answers();
        a.put("eu_control_type", List.of("JOINT"));
        assertEquals(
                Outcome.UNDETERMINED, conclusions(a).get("EU: a concentration").outcome());
        assertTrue(conclusions(a).get("EU: a concentration").toEstablish().stream()
                .anyMatch(b -> b.input().equals("eu_full_function")));
        a.put("eu_full_function", List.of("no"));
        assertEquals(Outcome.NOT_MET, conclusions(a).get("EU: a concentration").outcome());
        a.put("eu_full_function", List.of("yes"));
        assertEquals(Outcome.MET, conclusions(a).get("EU: a concentration").outcome());
        // The other parent's turnover is not known, and its EUR 0.01 could carry the combined worldwide turnover over.
        assertEquals(Outcome.UNDETERMINED, findings(a).get("eu-article-1-2").outcome());
        a.put("eu_other_worldwide", List.of("0"));
        a.put("eu_other_union", List.of("0"));
        a.put("eu_other_states", List.of());
        assertEquals(Outcome.NOT_MET, findings(a).get("eu-article-1-2").outcome());
    }

    @Test
    void aLicenceWithStaffIsAPartOnlyWithAMarketPresence() {
        Map<String, List<String>> a = answers();
        a.put("acquired", List.of("LICENCE_STAFF"));
        a.put("eu_control_type", List.of("NONE"));
        assertEquals(Outcome.UNDETERMINED, findings(a).get("eu-concentration").outcome());
        a.put("eu_parts", List.of("yes"));
        assertEquals(Outcome.MET, findings(a).get("eu-concentration").outcome());
        a.put("eu_parts", List.of("no"));
        assertEquals(Outcome.NOT_MET, findings(a).get("eu-concentration").outcome());
        a.put("eu_lasting", List.of());
        a.put("eu_parts", List.of("yes"));
        assertEquals(
                Outcome.UNDETERMINED,
                findings(a).get("eu-concentration").outcome(),
                "not known to be lasting is not 'no'");
    }

    @Test
    void materialInfluenceHeldAlreadyIsNoNewSituationUnlessItMovesUp() {
        Map<String, List<String>> a = answers();
        a.put("uk_level_before", List.of("MATERIAL_INFLUENCE"));
        a.put("uk_level_after", List.of("MATERIAL_INFLUENCE"));
        Map<String, Conclusion> c = conclusions(a);
        assertEquals(Outcome.NOT_MET, c.get("UK: a relevant merger situation").outcome());
        assertTrue(findings(a).get("uk-distinct").title().contains("held material influence already"));
        a.put("uk_level_after", List.of("DE_FACTO_CONTROL"));
        assertEquals(
                Outcome.MET,
                conclusions(a).get("UK: a relevant merger situation").outcome());
        a.put("uk_level_after", List.of("NOT_KNOWN"));
        assertEquals(
                Outcome.UNDETERMINED,
                conclusions(a).get("UK: a relevant merger situation").outcome());
    }

    @Test
    void theCmaStakeIndicationsSitOnTheSideTheGuidanceGives() {
        Map<String, List<String>> a = answers();
        a.put("stake_percent", List.of("25"));
        assertTrue(findings(a).get("uk-stake").title().contains("25% or more generally"));
        a.put("stake_percent", List.of("24.99"));
        assertTrue(findings(a).get("uk-stake").title().contains("from 15% to less than 25%"));
        a.put("stake_percent", List.of("15"));
        assertTrue(findings(a).get("uk-stake").title().contains("from 15% to less than 25%"));
        a.put("stake_percent", List.of("14.99"));
        assertTrue(findings(a).get("uk-stake").title().contains("only exceptionally"));
    }

    @Test
    void aNonCorporateInterestBelowHalfTheProfitsIsNotReportable() {
        Map<String, List<String>> a = answers();
        a.put("us_interest", List.of("NON_CORPORATE"));
        a.put("us_profits_or_assets", List.of("49.99"));
        assertEquals(Outcome.NOT_MET, findings(a).get("us-reportable").outcome());
        a.put("us_profits_or_assets", List.of("50"));
        assertEquals(Outcome.MET, findings(a).get("us-reportable").outcome());
        a.put("us_interest", List.of("NOT_KNOWN"));
        assertEquals(Outcome.UNDETERMINED, findings(a).get("us-reportable").outcome());
    }

    @Test
    void withoutFiguresInForceEachJurisdictionCannotTellAndSaysWhy() {
        Map<String, List<String>> a = answers();
        // The day before the first US set loaded here (21 February 2025): no US figures, the UK's of 2025 apply.
        a.put("thresholds_date", List.of("2025-02-20"));
        Map<String, Finding> f = findings(a);
        assertEquals(Outcome.UNDETERMINED, f.get("us-reportable").outcome());
        assertTrue(f.get("us-reportable").title().contains("no figure set is in force on 2025-02-20"));
        assertEquals(Outcome.MET, f.get("uk-relevant-merger-situation").outcome(), "the UK set stays in force");
        assertEquals(
                Outcome.UNDETERMINED,
                conclusions(a).get("US: a reportable transaction").outcome());
    }

    @Test
    void theFtcFactorsSortEachArrangementAsPresentAbsentOrNotKnown() {
        Map<String, List<String>> a = answers();
        a.put("board_seats", List.of("ABSENT"));
        a.put("veto_rights", List.of("PRESENT"));
        a.put("consultation_rights", List.of("NOT_KNOWN"));
        Finding rights = findings(a).get("ftc-factor-2");
        assertEquals(
                "Consultation, control and exclusivity rights: present: veto rights; absent: board seats or"
                        + " observers; unknown: consultation or information rights, exclusivity",
                rights.title());
        assertEquals(Outcome.INFORMATION, rights.outcome());
        assertTrue(findings(a).get("ftc-factor-1").title().contains("present: equity stake; unknown: revenue-sharing"));
        a.put("g11_influence", List.of("PRESENT"));
        assertEquals(Outcome.POINTS_TOWARDS, findings(a).get("g11-influence").outcome());
        assertTrue(conclusions(a)
                .get("US: minority interest and interlocks")
                .statement()
                .contains("pointing towards a lessening of competition: ability to influence the target"));
    }

    /**
     * The interlock factor names the s.8 figures of the transaction's date (the 2025 set from 2025-01-22: capital
     * more than USD 51,380,000, competitive sales less than USD 5,138,000); before the first s.8 set it says the
     * figures depend on the date.
     */
    @Test
    void theInterlockFactorNamesTheSection8FiguresOfTheDate() {
        String title = findings(answers()).get("us-interlock").title();
        assertTrue(title.contains("more than USD 51,380,000"), title);
        assertTrue(title.contains("less than USD 5,138,000"), title);
        Map<String, List<String>> early = answers();
        early.put("thresholds_date", List.of("2025-01-21"));
        assertTrue(findings(early).get("us-interlock").title().contains("depend on the date"));
    }

    /**
     * The acquirer's worldwide turnover in dollars: USD 4,329,600,000 / 1.0824 (USD per EUR, 2024) = EUR 4,000,000,000
     * exactly, the figure the baseline gives in euros, so every EU finding is as with euros: 4,000 m + 1,000 m =
     * EUR 5,000 m is not more than EUR 5,000 m (Art. 1(2)(a) not met). Without the rate, or without the financial
     * year, the amount is not known: Art. 1(2) cannot be told, and the conversion finding names what is missing.
     */
    @Test
    void amountsInOtherCurrenciesAreConvertedAtTheRateOfTheirYear() {
        ExchangeRates rates = new ExchangeRates(List.of(new Money.Rate(
                Jurisdiction.EU, "USD", 2024, new java.math.BigDecimal("1.0824"), "ECB average 2024 (test)")));
        ReferenceData withRates = new ReferenceData(SHIPPED.periods(), SHIPPED.mergerFigures(), rates);
        Map<String, List<String>> a = answers();
        Outcome inEuros = findings(a).get("eu-article-1-2").outcome();
        assertEquals(Outcome.NOT_MET, inEuros);
        a.put("eu_acquirer_worldwide", List.of("USD 4329600000"));
        a.put("eu_financial_year", List.of("2024"));
        Map<String, Finding> converted = findings(a, withRates);
        assertEquals(inEuros, converted.get("eu-article-1-2").outcome());
        Finding conversion = converted.get("eu-amounts");
        assertEquals(Outcome.INFORMATION, conversion.outcome());
        assertTrue(
                conversion.basis().stream()
                        .anyMatch(b ->
                                b.value().contains(": USD 4,329,600,000 = EUR 4,000,000,000 at 1.0824 USD per EUR")),
                conversion.basis().toString());
        // One dollar more: EUR 4,000,000,000.92... carries the combined turnover over EUR 5,000 m.
        a.put("eu_acquirer_worldwide", List.of("USD 4329600001"));
        assertEquals(Outcome.MET, findings(a, withRates).get("eu-article-1-2").outcome());

        Map<String, Finding> noRate = findings(a);
        assertEquals(Outcome.UNDETERMINED, noRate.get("eu-article-1-2").outcome());
        assertEquals(Outcome.UNDETERMINED, noRate.get("eu-amounts").outcome());
        assertTrue(noRate.get("eu-amounts").title().contains("the EU exchange rate for USD in 2024"));
        a.remove("eu_financial_year");
        assertTrue(findings(a, withRates).get("eu-amounts").title().contains("the financial year"));
        // Amounts all in euros: no conversion finding.
        assertFalse(findings(answers(), withRates).containsKey("eu-amounts"));
    }
}
