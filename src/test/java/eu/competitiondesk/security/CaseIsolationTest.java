package eu.competitiondesk.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.cases.CaseResource;
import eu.competitiondesk.support.CaseFixtures;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Reports;
import eu.competitiondesk.support.Routes;
import eu.competitiondesk.support.Routes.Route;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestSessions;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Walks every case-scoped route of the application (read from the resource classes, so a new route is walked
 * without editing this test) as people outside the case team, with real ids from inside the case in every path
 * parameter. Each must answer 404 and show nothing of the case; each GET must work for the team.
 */
@Tag("application")
@QuarkusTest
class CaseIsolationTest {

    @Inject
    TestUsers users;

    @Inject
    CaseFixtures fixtures;

    @Inject
    TestSessions sessions;

    private long caseId;
    private Map<String, String> ids;
    private String reference;
    private String docxReportId;

    @BeforeEach
    void exportOneReportAndCollectIds() {
        caseId = fixtures.demoCaseId();
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        int pdf = officer.request()
                .contentType("application/json")
                .body("{\"edition\":\"public\"}")
                .post("/api/v1/cases/" + caseId + "/reports")
                .then()
                .statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.equalTo(201), org.hamcrest.Matchers.equalTo(200)))
                .extract()
                .path("id");
        docxReportId = Reports.create(officer, caseId, "{\"edition\":\"public\",\"format\":\"docx\"}");
        Cases.upload(officer, caseId, "team-only.csv", "firm,share\nAWS,30\n".getBytes(), "text/csv")
                .then()
                .statusCode(303);
        ids = fixtures.idsInside(caseId);
        ids.put("reportId", String.valueOf(pdf));
        reference = officer.request()
                .get("/api/v1/cases/" + caseId)
                .then()
                .statusCode(200)
                .extract()
                .path("reference");
        String page = officer.request()
                .get("/cases/" + caseId + "/assessments/" + ids.get("assessmentId"))
                .asString();
        Matcher section = Pattern.compile("/sections/([a-z0-9-]+)").matcher(page);
        assertTrue(section.find(), "assessment page links its sections");
        ids.put("sectionId", section.group(1));
    }

    @Test
    void everyCaseScopedRouteAnswers404ToOutsiders() {
        List<Route> scoped = caseScopedRoutes();
        assertTrue(scoped.size() >= 40, "all case-scoped routes found: " + scoped);
        users.ensure("outsider-officer", Role.CASE_OFFICER);
        users.ensure("outsider-reader", Role.READER);
        for (String outsider : List.of("outsider-officer", "outsider-reader")) {
            Session session = Session.signIn(outsider, TestUsers.PASSWORD);
            session.page("/cases");
            List<String> leaks = new ArrayList<>();
            for (Route route : scoped) {
                Response response = send(session, route);
                if (response.statusCode() != 404 || response.asString().contains(reference)) {
                    leaks.add(route + " -> " + response.statusCode());
                }
            }
            assertEquals(List.of(), leaks, outsider + " reached inside the case");
        }
        assertTrue(
                sessions.auditCount("ACCESS_DENIED", "case " + caseId + " to a non-member") >= scoped.size(),
                "each refusal audited");
    }

    @Test
    void everyCaseScopedPageWorksForTheTeam() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        List<String> broken = new ArrayList<>();
        for (Route route : caseScopedRoutes()) {
            if (route.method().equals("GET")) {
                int status = officer.request().get(fill(route.path())).statusCode();
                if (status >= 400) {
                    broken.add(route + " -> " + status);
                }
            }
        }
        assertEquals(List.of(), broken, "the 404s above come from access, not from wrong ids");
    }

    @Test
    void caseScopedPathsNameTheirCaseCaseId() {
        List<String> misnamed = Routes.all(CaseResource.class).stream()
                .filter(r -> r.path().startsWith("/cases/{") || r.path().startsWith("/api/v1/cases/{"))
                .filter(r -> !r.path().contains("{caseId}"))
                .map(Route::toString)
                .toList();
        assertEquals(List.of(), misnamed, "the access filter only sees a parameter called caseId");
    }

    @Test
    void aReaderGrantedOnTheCaseSeesItButCannotChangeIt() {
        AppUser reader = users.ensure("granted-reader", Role.READER);
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        Session before = Session.signIn("granted-reader", TestUsers.PASSWORD);
        before.request().get("/cases/" + caseId).then().statusCode(404);
        admin.page("/cases/" + caseId);
        Response added = admin.form()
                .formParam("memberUser", reader.id)
                .formParam("memberRole", "READER")
                .post("/cases/" + caseId + "/team");
        assertTrue(added.statusCode() == 303 || added.asString().contains("already on the team"));
        Session granted = Session.signIn("granted-reader", TestUsers.PASSWORD);
        granted.page("/cases/" + caseId).then().statusCode(200);
        granted.request().get("/api/v1/cases/" + caseId).then().statusCode(200);
        granted.form()
                .formParam("noteBody", "a reader tries to write")
                .post("/cases/" + caseId + "/notes")
                .then()
                .statusCode(403);
        assertFalse(given().get("/cases/" + caseId).asString().contains(reference), "anonymous sees nothing");
    }

    private List<Route> caseScopedRoutes() {
        return Routes.all(CaseResource.class).stream()
                .filter(r -> r.path().contains("{caseId}") || r.path().startsWith("/api/v1/reports/{"))
                .toList();
    }

    private Response send(Session session, Route route) {
        String path = fill(route.path());
        if (route.method().equals("GET")) {
            return session.request().get(path);
        }
        RequestSpecification request;
        if (route.consumes().contains("multipart")) {
            request = session.multipart().multiPart("file", "probe.csv", "firm,share\nA,10\n".getBytes(), "text/csv");
        } else if (route.consumes().contains("json")) {
            request = session.request().contentType("application/json").body("{}");
        } else {
            request = session.form();
        }
        return request.request(route.method(), path);
    }

    private String fill(String template) {
        // A snapshot is either a PDF or a DOCX; each download route needs one of its own kind.
        Map<String, String> known = ids;
        if (template.endsWith("/docx")) {
            known = new java.util.HashMap<>(ids);
            known.put("reportId", docxReportId);
        }
        String path = Routes.fill(template, known);
        if (path == null) {
            throw new AssertionError("no id for a parameter of " + template + ": teach CaseFixtures where to find one");
        }
        return path;
    }
}
