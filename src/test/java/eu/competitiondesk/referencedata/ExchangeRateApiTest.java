package eu.competitiondesk.referencedata;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Exchange rates as reference data: an administrator records, corrects and removes a rate; anyone signed in reads it;
 * an officer cannot change it; bad input names each field.
 */
@Tag("application")
@QuarkusTest
class ExchangeRateApiTest {

    static final String PATH = "/api/v1/reference-data/exchange-rates";

    private static ValidatableResponse put(Session who, String body) {
        return who.request()
                .contentType("application/json")
                .body(body)
                .put(PATH)
                .then();
    }

    @Test
    void anAdministratorRecordsCorrectsAndRemovesARate() {
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        String query = "?regime=EU&currency=CHF&financialYear=2019";
        officer.request().get(PATH + query).then().statusCode(404);
        String body = """
                {"regime": "EU", "currency": "CHF", "financialYear": 2019, "rate": 1.1124,
                 "source": "ECB euro foreign exchange reference rates, annual average 2019 (test figure)",
                 "asOf": "2020-01-02"}
                """;
        put(admin, body).statusCode(200).body("rate", equalTo(1.1124f)).body("per", equalTo("EUR"));
        officer.request().get(PATH + query).then().statusCode(200).body("asOf", equalTo("2020-01-02"));
        put(admin, body.replace("1.1124", "1.1125")).statusCode(200);
        officer.request().get(PATH + query).then().statusCode(200).body("rate", equalTo(1.1125f));
        put(officer, body).statusCode(403);
        officer.request()
                .contentType("application/json")
                .delete(PATH + query)
                .then()
                .statusCode(403);
        admin.request()
                .contentType("application/json")
                .delete(PATH + query)
                .then()
                .statusCode(204);
        officer.request().get(PATH + query).then().statusCode(404);
        admin.request()
                .contentType("application/json")
                .delete(PATH + query)
                .then()
                .statusCode(404);
    }

    @Test
    void badInputNamesEachField() {
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        put(admin, """
                {"regime": "FR", "currency": "usd", "financialYear": 1800, "rate": 0, "source": "", "asOf": "2.1.2020"}
                """)
                .statusCode(400)
                .body(
                        "errors.field",
                        containsInAnyOrder("regime", "currency", "financialYear", "rate", "source", "asOf"));
        admin.request()
                .get(PATH + "?regime=XX&currency=us&financialYear=soon")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("regime", "currency", "financialYear"));
    }
}
