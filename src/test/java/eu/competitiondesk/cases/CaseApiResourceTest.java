package eu.competitiondesk.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("application")
@QuarkusTest
class CaseApiResourceTest {

    @Inject
    TestUsers users;

    Session officer;

    @BeforeEach
    void signIn() {
        officer = users.signIn("api-officer", Role.CASE_OFFICER);
    }

    @Test
    void createAnswers201WithLocationAndTheCaseReadsBack() {
        String reference = CaseResourceTest.newReference();
        String location = officer.request()
                .contentType("application/json")
                .body("{\"reference\":\"" + reference + "\",\"title\":\"API case\",\"type\":\"MERGER\"}")
                .post("/api/v1/cases")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/cases/\\d+$"))
                .body("reference", equalTo(reference))
                .body("status", equalTo("OPEN"))
                .extract()
                .header("Location");
        officer.request()
                .get(location)
                .then()
                .statusCode(200)
                .body("reference", equalTo(reference))
                .body("title", equalTo("API case"))
                .body("type", equalTo("MERGER"))
                .body("team[0].username", equalTo("api-officer"))
                .body("team[0].teamRole", equalTo("LEAD"))
                .body("allowedTransitions", hasItem("INVESTIGATION"));
    }

    @Test
    void listHasItemsTotalPageAndSize() {
        String reference = CaseResourceTest.newReference();
        officer.request()
                .contentType("application/json")
                .body("{\"reference\":\"" + reference + "\",\"title\":\"Listed\",\"type\":\"ARTICLE_101\"}")
                .post("/api/v1/cases")
                .then()
                .statusCode(201);
        officer.request()
                .get("/api/v1/cases?size=5")
                .then()
                .statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(5))
                .body("total", greaterThanOrEqualTo(1))
                .body("items.id", everyItem(notNullValue()))
                .body("items.reference", hasItem(reference))
                .body("items[0].status", notNullValue());
    }

    @Test
    void invalidInputAnswers400ProblemJsonNamingEachField() {
        officer.request()
                .contentType("application/json")
                .body("{\"reference\":\"nope\",\"title\":\"\",\"type\":\"WAR\",\"openedOn\":\"2025-13-01\"}")
                .post("/api/v1/cases")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", containsInAnyOrder("reference", "title", "type", "openedOn"));
        officer.request()
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/cases")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("reference", "title", "type"));
    }

    @Test
    void malformedJsonAnswers400ProblemJson() {
        officer.request()
                .contentType("application/json")
                .body("{\"reference\": ")
                .post("/api/v1/cases")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        officer.request()
                .contentType("application/json")
                .body("[1,2]")
                .post("/api/v1/cases")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void duplicateReferenceAnswers409() {
        String reference = CaseResourceTest.newReference();
        String body = "{\"reference\":\"" + reference + "\",\"title\":\"Twice\",\"type\":\"MERGER\"}";
        officer.request()
                .contentType("application/json")
                .body(body)
                .post("/api/v1/cases")
                .then()
                .statusCode(201);
        officer.request()
                .contentType("application/json")
                .body(body.replace(reference, reference.toLowerCase()))
                .post("/api/v1/cases")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void unknownIdAnswers404ProblemJson() {
        officer.request()
                .get("/api/v1/cases/987654321")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void badListParametersAreNamed() {
        officer.request()
                .get("/api/v1/cases?status=SLEEPING&size=1000&sort=colour")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("status", "sort", "size"));
        officer.request()
                .get("/api/v1/cases?page=two&size=x&dir=up&type=CARTEL")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("type", "dir", "page", "size"));
    }

    @Test
    void apiNeedsLogin() {
        given().redirects()
                .follow(false)
                .get("/api/v1/cases")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }
}
