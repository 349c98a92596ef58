package eu.competitiondesk.assessments;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** UK strategic market status through its API: the conditions, the Act's dates, currencies and bad input. */
@Tag("application")
@QuarkusTest
class DesignationApiTest {

    private static final String SMS = "/api/v1/designation/uk-sms/evaluate";

    private Session session;

    @BeforeEach
    void signIn() {
        session = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
    }

    private ValidatableResponse post(String body) {
        return session.request()
                .contentType("application/json")
                .body(body)
                .post(SMS)
                .then();
    }

    /**
     * All five conditions: met. The notice of 14 January 2025 gives a decision due by 13 October 2025 (nine months
     * beginning with the day of the notice); a decision of 10 October 2025 runs the designation to 9 October 2030,
     * and a further investigation must begin by 9 January 2030.
     */
    @Test
    void theConditionsAndTheActsDates() {
        post("""
                {"digitalActivity": true, "ukLink": {"significantNumberOfUkUsers": true},
                 "globalTurnover": {"amount": 25000000000.01, "currency": "GBP", "financialYear": 2024},
                 "substantialAndEntrenchedMarketPower": true,
                 "strategicSignificance": {"relianceByOtherUndertakings": true},
                 "investigationNoticeDate": "2025-01-14", "decisionNoticeDate": "2025-10-10"}
                """)
                .statusCode(200)
                .body("ukLink", equalTo(true))
                .body("turnoverCondition", equalTo(true))
                .body("turnoverBasis", equalTo("GLOBAL"))
                .body("smsConditionsMet", equalTo(true))
                .body("decisionDue.date", equalTo("2025-10-13"))
                .body("decisionDue.kind", equalTo("BINDING"))
                .body("decisionDue.source", equalTo("s.14(2)"))
                .body("designationEnds.date", equalTo("2030-10-09"))
                .body("furtherInvestigationLatestStart.date", equalTo("2030-01-09"))
                .body("findings.id", hasItem("sms-turnover"));
        // Exactly GBP 25 bn does not exceed it; the UK turnover unknown: cannot tell yet, and it is named.
        post("""
                {"digitalActivity": true, "ukLink": {"significantNumberOfUkUsers": true},
                 "globalTurnover": {"amount": 25000000000, "currency": "GBP", "financialYear": 2024},
                 "substantialAndEntrenchedMarketPower": true,
                 "strategicSignificance": {"relianceByOtherUndertakings": true}}
                """)
                .statusCode(200)
                .body("turnoverCondition", nullValue())
                .body("smsConditionsMet", nullValue())
                .body("decisionDue", nullValue())
                .body("toEstablish", hasItem(containsString("s.7")));
        post("{}").statusCode(200).body("smsConditionsMet", nullValue());
    }

    /** Dollars with no UK rate held for their year: the turnover is not known and the rate is named. */
    @Test
    void turnoverInAnotherCurrencyNeedsItsRate() {
        post("""
                {"ukTurnover": {"amount": 2000000000, "currency": "USD", "financialYear": 2019}}
                """)
                .statusCode(200)
                .body("turnoverCondition", nullValue())
                .body("amounts[0].converted", nullValue())
                .body("toEstablish[0]", containsString("the UK exchange rate for USD in financial year 2019"));
    }

    @Test
    void badInputNamesEachField() {
        post("""
                {"investigationNoticeDate": "2025-13-01",
                 "globalTurnover": {"amount": -1, "currency": "usd", "financialYear": 2024}}
                """)
                .statusCode(400)
                .contentType(containsString("problem+json"))
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "investigationNoticeDate", "globalTurnover.amount", "globalTurnover.currency"));
        post("{\"digitalActivity\": \"perhaps\"}").statusCode(400);
        post("{\"notAFact\": true}").statusCode(400);
    }

    /**
     * §19a: four factors towards and one neutral lean one way; one turned away makes the picture mixed (null, the
     * weighing named); final on 30 December 2021, a designation expires at the end of 30 December 2026.
     */
    @Test
    void paramountSignificanceIsWeighedNotCounted() {
        String body = """
                {"activeToSignificantExtentOnMarketsOf18_3a": true,
                 "factors": {"dominance": "TOWARDS", "financialStrength": "%s", "verticalIntegration": "NEUTRAL",
                             "accessToData": "TOWARDS", "importanceForThirdPartyAccess": "TOWARDS"},
                 "otherFactors": [{"description": "Ecosystem of complementary services", "assessment": "TOWARDS"}],
                 "bestandskraftDate": "2021-12-30"}
                """;
        String path = "/api/v1/designation/gwb-19a/evaluate";
        session.request()
                .contentType("application/json")
                .body(body.formatted("TOWARDS"))
                .post(path)
                .then()
                .statusCode(200)
                .body("preconditionMet", equalTo(true))
                .body("paramountSignificance", equalTo(true))
                .body("factors.size()", equalTo(6))
                .body("factors[0].source", equalTo("§19a GWB(1) Satz 2 Nr. 1"))
                .body("designationExpires.date", equalTo("2026-12-30"))
                .body("designationExpires.kind", equalTo("BINDING"))
                .body("followOnProhibitions.number", hasItem(7));
        session.request()
                .contentType("application/json")
                .body(body.formatted("AWAY"))
                .post(path)
                .then()
                .statusCode(200)
                .body("paramountSignificance", nullValue())
                .body("toEstablish", hasItem(containsString("weighing")));
        session.request()
                .contentType("application/json")
                .body("{\"factors\": {\"dominance\": \"STRONG\"}, \"otherFactors\": [{\"description\": \"\"}],"
                        + " \"bestandskraftDate\": \"30.12.2021\"}")
                .post(path)
                .then()
                .statusCode(400)
                .contentType(containsString("problem+json"));
        session.request()
                .contentType("application/json")
                .body("{\"otherFactors\": [{\"description\": \"\"}], \"bestandskraftDate\": \"30.12.2021\"}")
                .post(path)
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "otherFactors[0].description", "otherFactors[0].assessment", "bestandskraftDate"));
    }
}
