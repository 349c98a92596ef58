package eu.competitiondesk.cases;

import static org.hamcrest.Matchers.equalTo;

import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Past the count limit the list says "more than" and still pages on; below it, the count is exact. */
@Tag("application")
@QuarkusTest
@TestProfile(CaseCountLimitTest.SmallLimit.class)
class CaseCountLimitTest {

    public static class SmallLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("desk.case-list.count-limit", "3", "desk.page-size", "2");
        }
    }

    @Inject
    TestUsers users;

    @Test
    void aBroadSearchSaysMoreThanAndStillPagesOn() {
        Session officer = users.signIn("count-limit-officer", Role.CASE_OFFICER);
        String marker = "Quokka" + ThreadLocalRandom.current().nextInt(1_000_000);
        for (int i = 0; i < 5; i++) {
            Cases.open(officer, Cases.newReference(), marker + " case " + i, "ARTICLE_102");
        }
        officer.shows("/cases?q=" + marker, "More than 3 cases", "rel=\"next\"");
        // The third page lies past the limit: it is still served, with a link back.
        officer.shows("/cases?q=" + marker + "&page=3", marker + " case", "rel=\"prev\"");
        officer.request()
                .get("/api/v1/cases?q=" + marker + "&size=2")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("totalExact", equalTo(false));
        officer.request()
                .get("/api/v1/cases?q=" + marker + " case 4")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("totalExact", equalTo(true));

        // Words with a filter read every match in one statement: still "more than" past the limit, pages in order.
        java.util.List<String> filtered = new java.util.ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            filtered.addAll(officer.request()
                    .queryParam("q", marker)
                    .queryParam("status", "OPEN")
                    .queryParam("sort", "opened")
                    .queryParam("dir", "asc")
                    .queryParam("size", 2)
                    .queryParam("page", page)
                    .get("/api/v1/cases")
                    .then()
                    .statusCode(200)
                    .extract()
                    .<java.util.List<String>>path("items.title"));
        }
        officer.request()
                .get("/api/v1/cases?status=OPEN&q=" + marker)
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("totalExact", equalTo(false));
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.stream.IntStream.range(0, 5)
                        .mapToObj(i -> marker + " case " + i)
                        .toList(),
                filtered);

        // Without words, from the officer's team rows: the same "more than", and pages past the limit still sorted.
        officer.shows("/cases", "More than 3 cases");
        java.util.List<String> titles = new java.util.ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            titles.addAll(officer.request()
                    .queryParam("sort", "title")
                    .queryParam("dir", "desc")
                    .queryParam("size", 2)
                    .queryParam("page", page)
                    .get("/api/v1/cases")
                    .then()
                    .statusCode(200)
                    .extract()
                    .<java.util.List<String>>path("items.title"));
        }
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.stream.IntStream.of(4, 3, 2, 1, 0)
                        .mapToObj(i -> marker + " case " + i)
                        .toList(),
                titles);
    }
}
