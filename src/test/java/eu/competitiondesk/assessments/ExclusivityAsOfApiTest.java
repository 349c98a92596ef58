package eu.competitiondesk.assessments;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The exclusivity screen as at a day: the clauses in force give the terms, each finding names the day. */
@Tag("application")
@QuarkusTest
class ExclusivityAsOfApiTest {

    private static final String BASE = """
            "supplierShare": 25, "buyerShare": 10, "partiesAreCompetitors": false, "requirementsSharePercent": 50,
            "durationMonths": 36, "tacitRenewal": false, "terminableWithReasonableNotice": true
            """;

    /** Exclusive hosting until 20 January 2025 (inclusive), then a right of first refusal with no end. */
    private static final String CLAUSES = """
            "clauses": [
              {"id": "hosting", "type": "COMPUTE_EXCLUSIVITY", "effectiveFrom": "2019-07-22",
               "effectiveTo": "2025-01-20", "terms": {"restraintType": "NON_COMPETE"}},
              {"id": "rofr", "type": "RIGHT_OF_FIRST_REFUSAL", "effectiveFrom": "2025-01-21",
               "terms": {"restraintType": "RIGHT_OF_FIRST_REFUSAL", "requirementsSharePercent": 70}}]
            """;

    private Session session;

    @BeforeEach
    void signIn() {
        session = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
    }

    private ValidatableResponse post(String body) {
        return session.request()
                .contentType("application/json")
                .body(body)
                .post("/api/v1/exclusivity/evaluate")
                .then();
    }

    @Test
    void theLastDayOfTheExclusivityAndTheFirstOfTheRightOfFirstRefusal() {
        // 20 January 2025: the hosting exclusivity, a non-compete whatever share it binds.
        post("{" + BASE + ", \"asOf\": \"2025-01-20\", " + CLAUSES + "}")
                .statusCode(200)
                .body("asOf", equalTo("2025-01-20"))
                .body("clausesInForce", contains("hosting"))
                .body("nonCompete", equalTo(true))
                .body("findings.basis.findAll { it.input == 'asOf' }.value", everyItem(contains("2025-01-20")));
        // 21 January 2025: the right of first refusal binding 70% of requirements, at most 80%: not a non-compete.
        post("{" + BASE + ", \"asOf\": \"2025-01-21\", " + CLAUSES + "}")
                .statusCode(200)
                .body("clausesInForce", contains("rofr"))
                .body("nonCompete", equalTo(false));
    }

    @Test
    void asOfWithoutClausesAndNoneAtAll() {
        post("{" + BASE + ", \"asOf\": \"2025-01-21\"}").statusCode(200).body("clausesInForce", empty());
        post("{" + BASE + "}").statusCode(200).body("asOf", nullValue()).body("clausesInForce", nullValue());
    }

    @Test
    void faultsOfTheHistoryAreNamed() {
        post("{" + BASE + ", " + CLAUSES + "}").statusCode(400).body("errors.field", hasItem("asOf"));
        post("{" + BASE + ", \"asOf\": \"2025-13-01\"}").statusCode(400).body("errors.field", hasItem("asOf"));
        post("{" + BASE + """
                , "asOf": "2025-01-21", "clauses": [
                  {"id": "a", "type": "PRIORITY", "effectiveFrom": "2025-02-01", "effectiveTo": "2025-01-01"},
                  {"id": "a", "type": "EQUITY", "effectiveFrom": "2025-03-01"},
                  {"id": "b", "type": "API_EXCLUSIVITY", "effectiveFrom": "2025-03-01",
                   "terms": {"durationMonths": 12}},
                  {"id": "c", "type": "TERM_AND_TERMINATION", "effectiveFrom": "2025-03-01",
                   "terms": {"durationMonths": 24}}]}
                """)
                .statusCode(400)
                .body("errors.field", hasItem("clauses[0].effectiveTo"))
                .body("errors.field", hasItem("clauses[1].id"))
                .body("errors.field", hasItem("clauses[3].terms.durationMonths"));
        post("{" + BASE + ", \"asOf\": \"2025-01-21\", \"clauses\": [{\"id\": \"x\", \"type\": \"LOAN\","
                        + " \"effectiveFrom\": \"2025-01-01\"}]}")
                .statusCode(400)
                .body("errors.field", hasItem("clauses[0].type"));
    }
}
