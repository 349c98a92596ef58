package eu.competitiondesk.assessments;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("application")
@QuarkusTest
class MergerControlApiTest {

    static final String PATH = "/api/v1/merger-control/thresholds";

    Session session;

    @BeforeEach
    void signIn() {
        session = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
    }

    ValidatableResponse post(String body) {
        return session.request()
                .contentType("application/json")
                .body(body)
                .post(PATH)
                .then();
    }

    @Test
    void allThreeJurisdictionsOnTheShippedFigureSets() {
        post("""
                {"eu": {"undertakings": [
                   {"name": "A", "worldwideTurnoverEur": 4000000000.01, "euTurnoverEur": 300000000,
                    "memberStateTurnoverEur": {"DE": 100000000, "EL": 50000000}},
                   {"name": "B", "worldwideTurnoverEur": 1000000000, "euTurnoverEur": 300000000,
                    "memberStateTurnoverEur": {"FR": 100000000}}]},
                 "uk": {"targetUkTurnoverGbp": 100000000, "parties": [{"name": "A", "ukTurnoverGbp": 500000000}],
                        "shareOfSupplyPercent": 25, "shareIncrement": true},
                 "us": {"date": "2025-06-30", "sizeOfTransactionUsd": 126400000.01, "acquiringPersonUsd": 252900000,
                        "acquiredPersonUsd": 25300000, "interest": "VOTING_SECURITIES", "votingPercent": 30,
                        "solelyForInvestment": false}}
                """)
                .statusCode(200)
                .body("eu.dimension", equalTo(true))
                .body("eu.threshold", equalTo("ARTICLE_1_2"))
                .body("eu.twoThirdsRule", equalTo(false))
                .body("uk.turnoverTest", equalTo(false))
                .body("uk.shareOfSupplyTest", equalTo(true))
                .body("uk.hybridTest", nullValue())
                .body("uk.smallMergerSafeHarbour", equalTo(false))
                .body("uk.jurisdiction", equalTo(true))
                .body("us.reportable", equalTo(true))
                .body("us.sizeOfTransactionThresholdUsd", equalTo(126400000))
                .body("us.reasons", hasItem("SIZE_OF_PERSON_MET"))
                .body("figureSets.jurisdiction", containsInAnyOrder("EU", "UK", "US"))
                .body("figureSets.find { it.jurisdiction == 'US' }.effectiveFrom", equalTo("2025-02-21"))
                .body("figureSets.find { it.jurisdiction == 'EU' }.source", containsString("139/2004"))
                .body(
                        "findings.source",
                        hasItems("EUMR Art. 1(2)", "Enterprise Act 2002, s.23(1)(b)", "15 U.S.C. 18a (HSR Act)(a)(2)"));
    }

    @Test
    void eachBlockIsOptionalAndUnknownFiguresStayOpen() {
        post("{\"us\": {\"date\": \"2025-03-01\", \"sizeOfTransactionUsd\": 13000000000, \"interest\":"
                        + " \"NON_CORPORATE\", \"profitsOrAssetsPercent\": 49}}")
                .statusCode(200)
                .body("eu", nullValue())
                .body("uk", nullValue())
                .body("us.reportable", equalTo(false))
                .body("us.reasons", hasItem("NON_CORPORATE_NO_CONTROL"))
                .body("figureSets.jurisdiction", containsInAnyOrder("US"));
        post("{\"eu\": {\"undertakings\": [{\"name\": \"A\"}, {\"name\": \"B\"}]}}")
                .statusCode(200)
                .body("eu.dimension", nullValue())
                .body("eu.threshold", nullValue());
    }

    @Test
    void badInputNamesEachField() {
        post("""
                {"eu": {"undertakings": [{"name": "A", "worldwideTurnoverEur": -1,
                    "memberStateTurnoverEur": {"XX": 5, "UK": 1, "DE": -3}}]},
                 "uk": {"shareOfSupplyPercent": 101, "hybrid": {"shareOfSupplyPercent": -1}},
                 "us": {"date": "30/06/2025", "votingPercent": 100.5, "acquiredPersonUsd": -10}}
                """)
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "eu.undertakings[0].worldwideTurnoverEur",
                                "eu.undertakings[0].memberStateTurnoverEur[XX]",
                                "eu.undertakings[0].memberStateTurnoverEur[UK]",
                                "eu.undertakings[0].memberStateTurnoverEur[DE]",
                                "uk.shareOfSupplyPercent",
                                "uk.hybrid.shareOfSupplyPercent",
                                "us.date",
                                "us.votingPercent",
                                "us.acquiredPersonUsd"));
    }

    /** The HSR figures of 2024 took effect on 6 March 2024; the day before, no US set is loaded: open, not refused. */
    @Test
    void aDateWithNoFigureSetLoadedLeavesTheBlockOpenAndNamesTheMissingSet() {
        post("{\"us\": {\"date\": \"2024-03-05\", \"sizeOfTransactionUsd\": 200000000}}")
                .statusCode(200)
                .body("us.reportable", nullValue())
                .body("us.thresholdSet", nullValue())
                .body(
                        "us.toEstablish[0]",
                        containsString("the HSR Act (15 U.S.C. 18a) thresholds in force on 2024-03-05"));
        post("{\"eu\": {\"date\": \"2004-04-30\", \"undertakings\": [{\"name\": \"A\"}]}}")
                .statusCode(200)
                .body("eu.dimension", nullValue())
                .body(
                        "eu.toEstablish[0]",
                        containsString("the EU Merger Regulation, Art. 1 thresholds in force on 2004-04-30"));
        post("{\"us\": {\"sizeOfTransactionUsd\": 200000000}}")
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("us.date"));
        post("{\"us\": {\"date\": \"2025-06-30\", \"interest\": \"SHARES\"}}")
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("us.interest"));
        post("{\"eu\": {\"undertakings\": [{\"memberStateTurnoverEur\": {\"GR\": 1, \"EL\": 2}}]}}")
                .statusCode(400)
                .body("errors.field", hasItem(containsString("eu.undertakings[0].memberStateTurnoverEur[")));
    }

    /**
     * USD 130 m closing on 16 February 2026 exceeds the 2025 figure (USD 126.4 m) and is reportable with both persons
     * large enough; from 17 February 2026 the 2026 figure (USD 133.9 m) applies and USD 130 m does not exceed it; on
     * 1 March 2026 the 2026 set still answers (no one-year limit).
     */
    @Test
    void theHsrSetInForceOnTheClosingDateDecides() {
        String body = "{\"us\": {\"date\": \"%s\", \"sizeOfTransactionUsd\": 130000000, \"acquiringPersonUsd\":"
                + " 300000000, \"acquiredPersonUsd\": 30000000, \"interest\": \"VOTING_SECURITIES\","
                + " \"votingPercent\": 30, \"solelyForInvestment\": false}}";
        post(body.formatted("2026-02-16"))
                .statusCode(200)
                .body("us.reportable", equalTo(true))
                .body("us.thresholdSet.effectiveFrom", equalTo("2025-02-21"))
                .body("us.thresholdSet.effectiveUntil", equalTo("2026-02-16"));
        post(body.formatted("2026-02-17"))
                .statusCode(200)
                .body("us.reportable", equalTo(false))
                .body("us.sizeOfTransactionThresholdUsd", equalTo(133900000))
                .body("us.thresholdSet.effectiveFrom", equalTo("2026-02-17"))
                .body("us.thresholdSet.effectiveUntil", nullValue())
                .body("us.thresholdSet.verificationNote", containsString("secondary"));
        post(body.formatted("2026-03-01")).statusCode(200).body("us.reportable", equalTo(false));
        post(body.formatted("2024-06-30"))
                .statusCode(200)
                .body("us.reportable", equalTo(true))
                .body("us.sizeOfTransactionThresholdUsd", equalTo(119500000));
    }

    /**
     * A UK target with GBP 80 m UK turnover: on 31 December 2024 it exceeds the GBP 70 m then in force (and the
     * hybrid test was not in the law); from 1 January 2025 it does not exceed GBP 100 m. At exactly GBP 10 m each,
     * no enterprise exceeds GBP 10 m: the safe harbour applies (s.23(2)(c)).
     */
    @Test
    void theUkLawOfTheTransactionsDateDecides() {
        String body = "{\"uk\": {\"date\": \"%s\", \"targetUkTurnoverGbp\": 80000000,"
                + " \"parties\": [{\"name\": \"Acquirer\", \"ukTurnoverGbp\": 5000000}]}}";
        post(body.formatted("2024-12-31"))
                .statusCode(200)
                .body("uk.turnoverTest", equalTo(true))
                .body("uk.hybridTest", equalTo(false))
                .body("uk.smallMergerSafeHarbour", equalTo(false))
                .body("uk.jurisdiction", equalTo(true))
                .body("uk.thresholdSet.effectiveUntil", equalTo("2024-12-31"))
                .body("findings.find { it.id == 'uk-hybrid' }.title", containsString("not in the law"));
        post(body.formatted("2025-01-01"))
                .statusCode(200)
                .body("uk.turnoverTest", equalTo(false))
                .body("uk.thresholdSet.effectiveFrom", equalTo("2025-01-01"));
        post("{\"uk\": {\"date\": \"2025-06-30\", \"targetUkTurnoverGbp\": 10000000, \"parties\": [{\"name\":"
                        + " \"Acquirer\", \"ukTurnoverGbp\": 10000000}], \"shareOfSupplyPercent\": 60,"
                        + " \"shareIncrement\": true}}")
                .statusCode(200)
                .body("uk.smallMergerSafeHarbour", equalTo(true))
                .body("uk.shareOfSupplyTest", equalTo(false))
                .body("uk.jurisdiction", equalTo(false))
                .body("findings.find { it.id == 'uk-safe-harbour' }.source", containsString("s.23(2)(c)"));
    }

    @Test
    void theSetsInForceOnADateAreListed() {
        session.request()
                .get("/api/v1/merger-control/threshold-sets?date=2026-02-17")
                .then()
                .statusCode(200)
                .body("kind", containsInAnyOrder("EUMR", "EA2002_S23", "HSR", "CLAYTON_8"))
                .body("find { it.kind == 'HSR' }.effectiveFrom", equalTo("2026-02-17"))
                .body("find { it.kind == 'CLAYTON_8' }.jurisdiction", equalTo("US"))
                .body("find { it.kind == 'CLAYTON_8' }.effectiveFrom", equalTo("2026-01-16"))
                .body(
                        "find { it.kind == 'CLAYTON_8' }.figures.find { it.name == 'US_INTERLOCK_CAPITAL' }.amount",
                        equalTo(54402000))
                .body(
                        "find { it.kind == 'HSR' }.figures.find { it.name == 'US_SIZE_OF_TRANSACTION' }.amount",
                        equalTo(133900000));
        session.request()
                .get("/api/v1/merger-control/threshold-sets?date=2024-12-31")
                .then()
                .statusCode(200)
                .body(
                        "find { it.kind == 'EA2002_S23' }.figures.name",
                        containsInAnyOrder("UK_TARGET_TURNOVER", "UK_SHARE_OF_SUPPLY"));
        session.request()
                .get("/api/v1/merger-control/threshold-sets?date=31.12.2024")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("date"));
    }

    /**
     * Clayton Act s.8 on the figures in force on the date: on 2025-01-21 the 2024 set (capital figure USD 48,559,000),
     * on 2025-01-22 the 2025 set (USD 51,380,000). A corporation with USD 50,000,000 is above the first and not above
     * the second, so the same interlock is prohibited the day before and not on the day. Competitive sales of
     * USD 100,000,000 of USD 1,000,000,000 (10 %) keep every exception out. Before the first set held (2024-01-21)
     * the block is open and names the set; competition unstated leaves the prohibition open and names it.
     */
    @Test
    void interlockingDirectoratesOnTheSection8FiguresOfTheDate() {
        String body = """
                {"interlock": {"date": "%s", %s "corporations": [
                   {"name": "A", "capitalSurplusUndividedProfitsUsd": 1000000000, "competitiveSalesUsd": 100000000,
                    "totalSalesUsd": 1000000000},
                   {"name": "B", "capitalSurplusUndividedProfitsUsd": 50000000, "competitiveSalesUsd": 100000000,
                    "totalSalesUsd": 1000000000}]}}
                """;
        String competitors = "\"competitors\": true,";
        post(body.formatted("2025-01-21", competitors))
                .statusCode(200)
                .body("interlock.prohibited", equalTo(true))
                .body("interlock.capitalTest", equalTo(true))
                .body("interlock.exempt", equalTo(false))
                .body("interlock.thresholdSet.kind", equalTo("CLAYTON_8"))
                .body("interlock.thresholdSet.effectiveFrom", equalTo("2024-01-22"))
                .body("interlock.thresholdSet.effectiveUntil", equalTo("2025-01-21"))
                .body("figureSets.kind", containsInAnyOrder("CLAYTON_8"));
        post(body.formatted("2025-01-22", competitors))
                .statusCode(200)
                .body("interlock.prohibited", equalTo(false))
                .body("interlock.capitalTest", equalTo(false))
                .body("interlock.thresholdSet.effectiveFrom", equalTo("2025-01-22"))
                .body(
                        "findings.find { it.id == 'us-interlock-capital' }.source",
                        equalTo("Clayton Act s.8 (15 U.S.C. 19)(a)(1)"));
        post(body.formatted("2025-01-21", ""))
                .statusCode(200)
                .body("interlock.prohibited", nullValue())
                .body("interlock.toEstablish[0]", containsString("competitors"));
        post(body.formatted("2024-01-21", competitors))
                .statusCode(200)
                .body("interlock.prohibited", nullValue())
                .body("interlock.thresholdSet", nullValue())
                .body("interlock.toEstablish[0]", containsString("Clayton Act, s.8"));
        post("{\"interlock\": {\"corporations\": [{\"name\": \"only one\"}]}}")
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("interlock.corporations"));
    }

    /**
     * Turnover in dollars, counted in euros at the rate held for its financial year (a test rate of 1.0824 USD per
     * EUR): USD 5,412,000,000 / 1.0824 = EUR 5,000,000,000 exactly, which is not more than EUR 5,000 million (Art.
     * 1(2)(a)); one cent more converts to EUR 5,000,000,000.0092..., which is. A currency with no rate held leaves the
     * figure open and names the rate; both twins of a field are refused.
     */
    @Test
    void amountsInOtherCurrenciesAreConvertedAtTheRateHeld() {
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        admin.request()
                .contentType("application/json")
                .body("{\"regime\": \"EU\", \"currency\": \"USD\", \"financialYear\": 2024, \"rate\": 1.0824,"
                        + " \"source\": \"Test rate\", \"asOf\": \"2025-01-02\"}")
                .put("/api/v1/reference-data/exchange-rates")
                .then()
                .statusCode(200);
        String body = """
                {"eu": {"date": "2025-06-30", "undertakings": [
                   {"name": "A", "worldwideTurnover": {"amount": %s, "currency": "USD", "financialYear": 2024},
                    "euTurnoverEur": 300000000, "memberStateTurnoverEur": {"DE": 100000000}},
                   {"name": "B", "worldwideTurnoverEur": 0, "euTurnoverEur": 300000000,
                    "memberStateTurnoverEur": {"FR": 100000000}}]}}
                """;
        post(body.formatted("5412000000"))
                .statusCode(200)
                .body("eu.amounts[0].field", equalTo("eu.undertakings[0].worldwideTurnover"))
                .body("eu.amounts[0].converted", equalTo(5000000000L))
                .body("eu.amounts[0].rate.source", equalTo("Test rate"))
                .body("eu.dimension", equalTo(false));
        post(body.formatted("5412000000.01")).statusCode(200).body("eu.dimension", equalTo(true));
        post(body.formatted("5412000000").replace("\"USD\"", "\"JPY\""))
                .statusCode(200)
                .body("eu.amounts[0].converted", nullValue())
                .body("eu.dimension", nullValue())
                .body("eu.toEstablish[0]", containsString("the EU exchange rate for JPY in financial year 2024"));
        post("""
                {"us": {"date": "2025-06-30", "sizeOfTransactionUsd": 1,
                        "sizeOfTransaction": {"amount": 1, "currency": "EUR", "financialYear": 2024}}}
                """).statusCode(400).body("errors.field", containsInAnyOrder("us.sizeOfTransaction"));
    }

    @Test
    void aSignedInUserIsNeeded() {
        RestAssured.given()
                .redirects()
                .follow(false)
                .contentType("application/json")
                .body("{}")
                .post(PATH)
                .then()
                .statusCode(401);
    }

    @Test
    void theOpenApiDocumentDescribesTheCall() {
        session.request()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths.'/api/v1/merger-control/thresholds'.post.summary", containsString("Merger-control"));
    }
}
