package eu.competitiondesk.assessments;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("application")
@QuarkusTest
class AssessmentPagesTest {

    @Inject
    TestUsers users;

    Session officer;
    long caseId;

    @BeforeEach
    void openCase() {
        officer = users.signIn("assess-officer", Role.CASE_OFFICER);
        caseId = Cases.open(officer, Cases.newReference(), "Assessment case", "ARTICLE_101");
    }

    String start(String questionnaire) {
        officer.page("/cases/" + caseId + "/assessments/new");
        Response started = officer.form()
                .formParam("questionnaire", questionnaire)
                .formParam("title", "Test " + questionnaire)
                .post("/cases/" + caseId + "/assessments");
        assertEquals(303, started.statusCode());
        return started.header("Location").replaceAll("^https?://[^/]+", "");
    }

    Response save(String base, String section, Map<String, ?> values) {
        String page = officer.page(base + "/sections/" + section).asString();
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertTrue(version.find(), section);
        var request = officer.form().formParam("version", version.group(1));
        values.forEach((k, v) -> {
            if (v instanceof java.util.List<?> list) {
                request.formParam(k, list.toArray());
            } else {
                request.formParam(k, v);
            }
        });
        return request.post(base + "/sections/" + section);
    }

    @Test
    void startingNeedsAKnownQuestionnaire() {
        officer.page("/cases/" + caseId + "/assessments/new");
        officer.form()
                .formParam("questionnaire", "horoscope")
                .post("/cases/" + caseId + "/assessments")
                .then()
                .statusCode(422)
                .body(containsString("href=\"#questionnaire\""));
    }

    @Test
    void exclusivityFromTaskListToFindings() {
        String base = start("exclusivity");
        officer.shows(base, "Not started", "1 of 7 sections done");
        // A NUL or another control character is refused with the field's error, and nothing is stored.
        save(base, "parties", Map.of("q.supplier", "Micro\u0000soft", "q.buyer", "OpenAI", "q.parties_compete", "yes"))
                .then()
                .statusCode(422)
                .body(containsString("Remove the control characters"));
        save(
                        base,
                        "parties",
                        Map.of(
                                "q.supplier",
                                "Microsoft",
                                "q.buyer",
                                "OpenAI",
                                "q.parties_compete",
                                "yes",
                                "evidence.buyer",
                                "note\u0007"))
                .then()
                .statusCode(422)
                .body(containsString("Remove the control characters from the evidence note"));
        save(base, "parties", Map.of("q.supplier", "Microsoft", "q.buyer", "OpenAI", "q.parties_compete", "yes"))
                .then()
                .statusCode(303)
                .header("Location", endsWith(base + "/sections/markets"));
        // A wrong answer comes back with the error, the typed value and nothing saved.
        save(base, "markets", Map.of("q.supplier_share", "120", "q.buyer_share", "abc"))
                .then()
                .statusCode(422)
                .body(containsString("href=\"#q-supplier_share\""))
                .body(containsString("value=\"120\""))
                .body(containsString("Enter 100 or less"))
                .body(containsString("Enter a number"));
        save(
                        base,
                        "markets",
                        Map.of(
                                "q.supplier_share",
                                "22",
                                "q.buyer_share",
                                "5",
                                "evidence.supplier_share",
                                "Synergy 2025-Q2",
                                "confidential.supplier_share",
                                "true",
                                "q.dual_distribution",
                                "no"))
                .then()
                .statusCode(303);
        // A plain non-compete: the share of purchases bound is not asked (its section does not apply).
        save(base, "restraint", Map.of("q.restraint_type", "NON_COMPETE", "q.indefinite", "yes"))
                .then()
                .statusCode(303)
                .header("Location", endsWith(base + "/sections/duration"));
        save(base, "duration", Map.of("q.tacit_renewal", "no", "q.terminable", "no"))
                .then()
                .statusCode(303);
        save(
                        base,
                        "effects",
                        Map.of(
                                "q.tied_market_share",
                                "10",
                                "q.parallel_networks",
                                "no",
                                "q.entry_barriers",
                                "HIGH",
                                "q.buyer_power",
                                "no"))
                .then()
                .statusCode(303);
        save(base, "dominance", Map.of("q.dominant_share", "22"))
                .then()
                .statusCode(303)
                .header("Location", endsWith(base + "/check"));

        String check =
                officer.page(base + "/check").then().statusCode(200).extract().asString();
        assertTrue(check.contains("Synergy 2025-Q2"), "evidence note shown");
        assertTrue(check.contains(">Confidential<"), "confidential mark shown");
        assertTrue(check.contains(base + "/sections/markets?return=check#q-supplier_share"), "Change link");
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(check);
        assertTrue(version.find());
        officer.form()
                .formParam("version", version.group(1))
                .post(base + "/complete")
                .then()
                .statusCode(303)
                .header("Location", endsWith(base + "/findings"));
        String findings = officer.page(base + "/findings")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(findings.contains("Block exemption: does not cover the agreement"));
        assertTrue(findings.contains("The non-compete has no end date (Art. 5(1)(a))"));
        assertTrue(findings.contains("De minimis Notice"));
        assertTrue(findings.contains("VBER Art. 2(4)"));
        assertTrue(findings.contains("screening indicators for the case team, not decisions"));
        officer.request()
                .get("/cases/" + caseId)
                .then()
                .body(containsString("Test exclusivity"))
                .body(containsString(">Completed<"));
    }

    @Test
    void mergerControlFromTransactionToAConclusionPerJurisdiction() {
        String base = start("merger-control");
        save(
                        base,
                        "transaction",
                        Map.of(
                                "q.acquirer",
                                "Acquirer Inc",
                                "q.target",
                                "Target Ltd",
                                "q.acquired",
                                List.of("SHARES", "VOTING_RIGHTS"),
                                "q.thresholds_date",
                                "2025-06-30",
                                "q.stake_percent",
                                "60",
                                "q.voting_percent",
                                "60"))
                .then()
                .statusCode(303);
        save(
                        base,
                        "arrangements",
                        Map.of(
                                "q.board_seats",
                                "PRESENT",
                                "q.veto_rights",
                                "NOT_KNOWN",
                                "evidence.board_seats",
                                "Two of five seats (shareholders' agreement, clause 4)"))
                .then()
                .statusCode(303);
        save(base, "eu_control", Map.of("q.eu_control_type", "SOLE", "q.eu_lasting", "yes"))
                .then()
                .statusCode(303);
        // Turnover by Member State: each line a known code and an amount; the form comes back with what was typed.
        for (String[] bad : List.of(
                new String[] {"XX 100", "&quot;XX&quot; is not one"},
                new String[] {"DE 100\nde 200", "DE is listed twice"},
                new String[] {"DE lots", "DE: Enter a number"},
                new String[] {"FR -5", "FR: Enter 0 or more"},
                new String[] {"IT", "Give an amount after IT"})) {
            save(base, "eu_turnover", Map.of("q.eu_acquirer_states", bad[0]))
                    .then()
                    .statusCode(422)
                    .body(containsString("href=\"#q-eu_acquirer_states\""))
                    .body(containsString(bad[1]));
        }
        save(
                        base,
                        "eu_turnover",
                        Map.of(
                                "q.eu_acquirer_worldwide",
                                "4,000,000,000",
                                "q.eu_acquirer_union",
                                "300000000",
                                "q.eu_acquirer_states",
                                "DE 1,200,000,000\nEL: 30000000\n",
                                "q.eu_target_worldwide",
                                "1000000000.01",
                                "q.eu_target_union",
                                "300000000",
                                "q.eu_target_states",
                                "DE 100000000"))
                .then()
                .statusCode(303);
        save(base, "uk_control", Map.of("q.uk_level_before", "NONE", "q.uk_level_after", "CONTROLLING_INTEREST"))
                .then()
                .statusCode(303);
        save(base, "uk_thresholds", Map.of("q.uk_target_turnover", "XYZ 150000000"))
                .then()
                .statusCode(422)
                .body(containsString("&quot;XYZ&quot; is not one"))
                .body(containsString("value=\"XYZ 150000000\""));
        save(base, "uk_thresholds", Map.of("q.uk_target_turnover", "150000000", "q.uk_acquirer_turnover", "-1"))
                .then()
                .statusCode(422)
                .body(containsString("Enter 0 or more"));
        save(base, "uk_thresholds", Map.of("q.uk_target_turnover", "150000000", "q.uk_acquirer_turnover", "500000000"))
                .then()
                .statusCode(303);
        save(
                        base,
                        "us_hsr",
                        Map.of(
                                "q.us_interest",
                                "VOTING_SECURITIES",
                                "q.us_size_of_transaction",
                                "600000000",
                                "q.us_acquiring_person",
                                "CHF 500,000,000",
                                "q.us_financial_year",
                                "2019",
                                "q.us_solely_investment",
                                "no"))
                .then()
                .statusCode(303);
        save(base, "us_guidelines", Map.of("q.g11_influence", "PRESENT"))
                .then()
                .statusCode(303)
                .header("Location", endsWith(base + "/check"));

        String check =
                officer.page(base + "/check").then().statusCode(200).extract().asString();
        assertTrue(check.contains("DE EUR 1,200,000,000; GR EUR 30,000,000"), "amounts by Member State in words");
        assertTrue(check.contains("GBP 150,000,000"), "pounds");
        assertTrue(check.contains("USD 600,000,000"), "dollars");
        assertTrue(check.contains("CHF 500,000,000"), "an amount in another currency, as given");
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(check);
        assertTrue(version.find());
        officer.form()
                .formParam("version", version.group(1))
                .post(base + "/complete")
                .then()
                .statusCode(303);
        String findings = officer.page(base + "/findings")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .replace("&#39;", "'");
        for (String expected : List.of(
                "EU: a concentration: yes",
                "EU dimension: yes, under Art. 1(2)",
                "UK: a relevant merger situation: yes",
                "US: a transaction reportable under the HSR Act: yes",
                "Enterprises cease to be distinct: yes, from less than material influence to a controlling interest",
                "Consultation, control and exclusivity rights: present: board seats or observers",
                "Ability to influence the target: present",
                "Council Regulation (EC) No 139/2004",
                "Two of five seats",
                // Above the upper threshold the acquiring person's size does not matter; its francs, with no rate
                // held, are named as what is missing.
                "Amounts in other currencies: cannot tell yet, the US exchange rate for CHF in 2019 is needed",
                "CHF 500,000,000, not converted: no rate held for 2019")) {
            assertTrue(findings.contains(expected), "findings lack: " + expected);
        }
        assertFalse(findings.contains("CONTROLLING_INTEREST") || findings.contains("VOTING_SECURITIES"), "codes");
    }

    @Test
    void sharesComeFromTheCaseMarketsWherePresent() {
        String market = Cases.market(officer, caseId, "Cloud", "IaaS", "Worldwide");
        String dataset = Cases.dataset(officer, market, "2025-Q2", "Synergy");
        officer.page(dataset);
        String datasetId = dataset.replaceAll(".*dataset=", "");
        officer.form()
                .formParam("firm", "Microsoft")
                .formParam("share", "20")
                .post(market + "/datasets/" + datasetId + "/rows")
                .then()
                .statusCode(303);
        String base = start("exclusivity");
        save(base, "parties", Map.of("q.supplier", "Microsoft (Azure)", "q.buyer", "OpenAI", "q.parties_compete", "no"))
                .then()
                .statusCode(303);
        String page = officer.page(base + "/sections/markets").asString();
        assertTrue(
                page.contains(
                        "id=\"q-supplier_share\" name=\"q.supplier_share\" type=\"text\" inputmode=\"decimal\" value=\"20\""),
                "supplier's share prefilled");
        assertTrue(page.contains("Cloud, Synergy, 2025-Q2: Microsoft"), "source as evidence");
        assertTrue(page.contains("Shares from this case"));
    }

    @Test
    void changeFromCheckReturnsToCheckAndASecondSaveReopens() {
        String base = start("exclusivity");
        save(base, "parties", Map.of("q.supplier", "A", "q.buyer", "B", "q.parties_compete", "no"));
        Response changed = officer.form()
                .formParam(
                        "version",
                        versionOn(officer.page(base + "/sections/parties" + "?return=check")
                                .asString()))
                .formParam("q.supplier", "A2")
                .formParam("q.buyer", "B")
                .formParam("q.parties_compete", "no")
                .post(base + "/sections/parties?return=check");
        assertEquals(303, changed.statusCode());
        assertTrue(changed.header("Location").endsWith(base + "/check"));
        officer.page(base + "/check").then().body(containsString("A2"));
    }

    @Test
    void aStaleSaveIsAConflictNotAnOverwrite() {
        String base = start("exclusivity");
        String page = officer.page(base + "/sections/parties").asString();
        String stale = versionOn(page);
        save(base, "parties", Map.of("q.supplier", "First", "q.buyer", "B", "q.parties_compete", "no"))
                .then()
                .statusCode(303);
        officer.form()
                .formParam("version", stale)
                .formParam("q.supplier", "Second")
                .formParam("q.buyer", "B")
                .formParam("q.parties_compete", "no")
                .post(base + "/sections/parties")
                .then()
                .statusCode(409)
                .body(containsString("Someone else saved"));
        officer.page(base + "/check").then().body(containsString("First")).body(not(containsString(">Second<")));
    }

    /**
     * The UK SMS questionnaire end to end: the conditions met (USD turnover with no rate held leaves the global figure
     * open, the UK figure in pounds settles it), the decision due nine months beginning with the notice of 14 January
     * 2025 (13 October 2025) becomes a statutory deadline of the case; a §19a assessment with its factors mixed stays
     * open, and its five-year expiry becomes another.
     */
    @Test
    void designationQuestionnairesSetTheActsDatesOnTheCase() {
        String sms = start("uk-sms");
        save(
                        sms,
                        "activity",
                        Map.of(
                                "q.undertaking",
                                "A cloud provider",
                                "q.activity",
                                "Cloud services",
                                "q.digital_activity",
                                "yes"))
                .then()
                .statusCode(303);
        save(sms, "uk_link", Map.of("q.uk_business", "yes")).then().statusCode(303);
        save(sms, "turnover", Map.of("q.global_turnover", "USD 600,000,000,000", "q.uk_turnover", "1,500,000,000"))
                .then()
                .statusCode(303);
        save(sms, "conditions", Map.of("q.market_power", "yes", "q.reliance", "yes"))
                .then()
                .statusCode(303);
        save(sms, "procedure", Map.of("q.investigation_notice", "2025-01-14"))
                .then()
                .statusCode(303);
        officer.form()
                .formParam("version", versionOn(officer.page(sms + "/check").asString()))
                .post(sms + "/complete")
                .then()
                .statusCode(303);
        String findings = officer.page(sms + "/findings").asString().replace("&#39;", "'");
        assertTrue(findings.contains("UK: strategic market status could be designated: yes"), findings);
        assertTrue(findings.contains("SMS investigation: decision notice due by 2025-10-13"));
        assertTrue(findings.contains("USD 600,000,000,000, not converted"), "the dollars are shown as given");

        String gwb = start("gwb-19a");
        save(
                        gwb,
                        "undertaking",
                        Map.of(
                                "q.undertaking",
                                "A cloud provider",
                                "q.activity",
                                "Cloud services",
                                "q.active_18_3a",
                                "yes"))
                .then()
                .statusCode(303);
        save(
                        gwb,
                        "factors",
                        Map.of(
                                "q.dominance", "TOWARDS",
                                "q.financial_strength", "TOWARDS",
                                "q.vertical_integration", "AWAY",
                                "q.access_to_data", "TOWARDS",
                                "q.third_party_access", "AWAY"))
                .then()
                .statusCode(303);
        save(gwb, "procedure", Map.of("q.bestandskraft", "2024-02-29")).then().statusCode(303);
        officer.form()
                .formParam("version", versionOn(officer.page(gwb + "/check").asString()))
                .post(gwb + "/complete")
                .then()
                .statusCode(303);
        String weighed = officer.page(gwb + "/findings").asString().replace("&#39;", "'");
        assertTrue(weighed.contains("cannot tell yet (the factors point both ways"), weighed);
        String casePage = officer.page("/cases/" + caseId).asString();
        assertTrue(casePage.contains("SMS decision notice due (Test uk-sms)"), "the SMS decision date is a key date");
        assertTrue(casePage.contains("§19a designation expires (Test gwb-19a)"), "the expiry is a key date");
        assertFalse(org.jsoup.Jsoup.parse(casePage).text().contains("STATUTORY_"), "kinds in words");

        // Side by side: the same undertaking under both regimes; the gateway row differs (UK strategic significance
        // yes, §19a third-party access weighed away), and the SMS decision date is a binding deadline.
        assertTrue(casePage.contains("Compare the designation regimes"));
        String compared = org.jsoup.Jsoup.parse(officer.page("/cases/" + caseId + "/assessments/designation-comparison")
                        .asString())
                .text();
        assertTrue(compared.contains("A cloud provider under three regimes"), compared);
        assertTrue(compared.contains("Not assessed in this case"), "the DMA column is empty");
        assertTrue(
                compared.contains("The regimes weigh this differently: UK: strategic market status yes or towards,"
                        + " Germany: §19a GWB no or away"),
                compared);
        assertTrue(compared.contains("decision notice due by 2025-10-13 (binding deadline)"), compared);
    }

    @Test
    void completingTooEarlyListsTheMissingSections() {
        String base = start("dma-designation");
        String check = officer.page(base + "/check").asString();
        assertTrue(check.contains("Some sections are not complete yet"));
        officer.form().formParam("version", "0").post(base + "/complete").then().statusCode(422);
    }

    @Test
    void outsidersGet404OnEveryAssessmentRoute() {
        String base = start("exclusivity");
        Session outsider = users.signIn("assess-outsider", Role.CASE_OFFICER);
        outsider.page("/cases/new");
        for (String path : new String[] {
            base,
            base + "/check",
            base + "/findings",
            base + "/sections/parties",
            "/cases/" + caseId + "/assessments/new"
        }) {
            outsider.request().get(path).then().statusCode(404);
        }
        for (String path : new String[] {
            base + "/sections/parties", base + "/complete", base + "/reopen", "/cases/" + caseId + "/assessments"
        }) {
            outsider.form().formParam("q.supplier", "x").post(path).then().statusCode(404);
        }
    }

    static String versionOn(String page) {
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertTrue(version.find());
        return version.group(1);
    }
}
