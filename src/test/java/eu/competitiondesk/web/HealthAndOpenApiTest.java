package eu.competitiondesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("application")
@QuarkusTest
class HealthAndOpenApiTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void openApiDescribesTheCaseApiAndNoPages() {
        eu.competitiondesk.support.Session session = eu.competitiondesk.support.Session.signIn(
                eu.competitiondesk.support.TestUsers.DEMO_OFFICER, eu.competitiondesk.support.TestUsers.DEMO_PASSWORD);
        session.request()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body(containsString("/api/v1/cases"))
                .body(containsString("/api/v1/cases/{caseId}"))
                .body(containsString("application/problem+json"))
                .body(not(containsString("\"/cases\"")))
                .body(not(containsString("/admin/users")))
                .body(not(containsString("TemplateInstance")));
    }
}
