package eu.competitiondesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * No N+1 queries on list pages: each page runs the same number of SQL statements whether it lists a few rows or
 * many more, counted with Hibernate's statistics; and a page asked for again (list questions of each kind, the start
 * page, a case page) finds every query's interpretation in Hibernate's plan cache, instead of adding to it on every
 * request.
 */
@Tag("application")
@QuarkusTest
class ListQueryCountTest {

    @Inject
    TestUsers users;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void listPagesRunAFixedNumberOfStatementsWhateverTheNumberOfRows() {
        Session officer = users.signIn("count-officer", Role.CASE_OFFICER);
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        long first = caseWithChildren(officer, 0);
        caseWithChildren(officer, 1);
        String reference =
                officer.request().get("/api/v1/cases/" + first).then().extract().path("reference");
        List<String> officerPages = List.of(
                "/cases", "/cases?q=" + reference.substring(0, 3) + "&sort=title", "/", "/cases/" + first + "/audit");
        List<String> adminPages = List.of("/admin/audit", "/admin/users");

        Map<String, Long> few = new LinkedHashMap<>();
        officerPages.forEach(path -> few.put(path, statements(officer, path)));
        adminPages.forEach(path -> few.put(path, statements(admin, path)));
        for (int i = 2; i < 12; i++) {
            caseWithChildren(officer, i);
            users.ensure("count-extra-" + i, Role.READER);
        }
        Map<String, Long> many = new LinkedHashMap<>();
        officerPages.forEach(path -> many.put(path, statements(officer, path)));
        adminPages.forEach(path -> many.put(path, statements(admin, path)));

        assertEquals(few, many, "statements per page with 2 cases, then with 12");
        many.forEach((path, count) -> assertTrue(count <= 12, path + " runs " + count + " statements"));
    }

    @Test
    void aPageAskedAgainReusesEveryQueryPlan() {
        Session officer = users.signIn("plan-officer", Role.CASE_OFFICER);
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        long id = caseWithChildren(officer, 20);
        String reference =
                officer.request().get("/api/v1/cases/" + id).then().extract().path("reference");
        List<String> pages = List.of(
                "/cases",
                "/cases?q=counted+cas&sort=title",
                "/cases?q=party+a+20",
                "/cases?q=" + reference.substring(0, 3) + "&status=OPEN&dir=desc",
                "/cases?type=ARTICLE_102&page=2",
                "/",
                "/cases/" + id,
                "/cases/" + id + "/audit");
        Statistics statistics = sessionFactory.getStatistics();
        for (Session viewer : List.of(officer, admin)) {
            for (String path : pages) {
                viewer.request().get(path).then().statusCode(200);
                statistics.clear();
                viewer.request().get(path).then().statusCode(200);
                List<String> interpretedAgain = Arrays.stream(statistics.getQueries())
                        .filter(query -> statistics.getQueryStatistics(query).getPlanCacheMissCount() > 0)
                        .toList();
                assertEquals(List.of(), interpretedAgain, path + " interpreted these queries again");
                assertEquals(0, statistics.getQueryPlanCacheMissCount(), path + " missed the plan cache");
                assertTrue(statistics.getQueryPlanCacheHitCount() > 0, path + " used no cached plan");
            }
        }
    }

    /** SQL statements one GET runs, leaving out the session row's occasional last-seen update. */
    private long statements(Session session, String path) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        session.request().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount() - statistics.getEntityUpdateCount();
    }

    /** A case with two parties, a key date and a note, so every list row has children to (not) load one by one. */
    private static long caseWithChildren(Session officer, int n) {
        long id = Cases.open(officer, Cases.newReference(), "Counted case " + n, "ARTICLE_102");
        officer.page("/cases/" + id);
        for (String party : List.of("Party A " + n, "Party B " + n)) {
            officer.form()
                    .formParam("partyName", party)
                    .formParam("partyRole", "COMPLAINANT")
                    .post("/cases/" + id + "/parties")
                    .then()
                    .statusCode(303);
        }
        officer.form()
                .formParam("dateLabel", "Reply due")
                .formParam("dateKind", "INTERNAL_DEADLINE")
                .formParam("dateDue", "2030-01-0" + (1 + n % 9))
                .post("/cases/" + id + "/key-dates")
                .then()
                .statusCode(303);
        officer.form()
                .formParam("noteBody", "Note " + n)
                .post("/cases/" + id + "/notes")
                .then()
                .statusCode(303);
        return id;
    }
}
