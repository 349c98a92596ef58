package eu.competitiondesk.cases;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Each kind of question the case list answers finds what it should through its own index (migrations V14, V15): a
 * reference by its beginning, a word of the title, a party's name (punctuation and all), a party renamed, and an
 * officer's list without words, read from their team rows, after changes to the cases and the team.
 */
@Tag("application")
@QuarkusTest
class CaseSearchKindsTest {

    @Inject
    TestUsers users;

    @Inject
    DataSource dataSource;

    private Session officer;
    private String marker;
    private String prefix;
    private String referenceA;
    private String referenceB;
    private long caseA;
    private long caseB;

    @BeforeEach
    void twoCases() {
        officer = users.signIn("search-kinds-officer", Role.CASE_OFFICER);
        int n = ThreadLocalRandom.current().nextInt(10_000, 99_999);
        marker = "Wombat" + n;
        // Two references sharing a prefix no other case has: letters of their own, then the same digits.
        prefix = "SK" + (char) ('A' + n % 26) + (char) ('A' + n / 26 % 26) + "." + n;
        referenceA = prefix + "1";
        referenceB = prefix + "2";
        caseA = Cases.open(officer, referenceA, "Cloud infrastructure " + marker + " exclusivity", "ARTICLE_102");
        caseB = Cases.open(officer, referenceB, marker + " browsers tying", "ARTICLE_102");
        officer.page("/cases/" + caseA);
        officer.form()
                .formParam("partyName", "Microsoft/OpenAI " + marker + " Partners")
                .formParam("partyRole", "UNDERTAKING_CONCERNED")
                .post("/cases/" + caseA + "/parties")
                .then()
                .statusCode(303);
    }

    @Test
    void aReferenceIsFoundByItsBeginningInAnyCase() {
        assertEquals(List.of(referenceA, referenceB), references(prefix));
        assertEquals(List.of(referenceA, referenceB), references(prefix.toLowerCase()));
        assertEquals(List.of(referenceA), references(referenceA));
        // Letters and a dot alone are a prefix too: every case of that instrument.
        officer.request()
                .get("/api/v1/cases?size=100&q=" + prefix.substring(0, prefix.indexOf('.') + 1))
                .then()
                .statusCode(200)
                .body("items.reference", hasItems(referenceA, referenceB));
        // The digits of a reference are a word of it.
        assertEquals(List.of(referenceA), references(referenceA.substring(referenceA.indexOf('.') + 1)));
    }

    @Test
    void aWordOfTheTitleIsFoundWholeOrByItsBeginning() {
        assertEquals(List.of(referenceA, referenceB), references(marker));
        assertEquals(List.of(referenceA), references(marker + " exclusivity"));
        assertEquals(List.of(referenceA), references(marker.toLowerCase() + " exclu"));
        assertEquals(List.of(referenceB), references(marker + " browsers tying"));
        // Words are found in the order typed, from their beginning: not inside a word, not reversed.
        assertEquals(List.of(), references("exclusivity " + marker));
        assertEquals(List.of(), references(marker.substring(3)));
        officer.shows("/cases?q=" + marker + "+exclu", "1 case", "Cloud infrastructure " + marker);
    }

    @Test
    void aPartyIsFoundByAnyWordOfItsName() {
        assertEquals(List.of(referenceA), references("openai " + marker));
        assertEquals(List.of(referenceA), references("Microsoft/OpenAI " + marker + " Partners"));
        assertEquals(List.of(referenceA), references("microsoft openai " + marker + " part"));
        officer.shows("/cases?q=openai+" + marker, "Microsoft/OpenAI " + marker + " Partners");
    }

    @Test
    void aRenamedPartyIsFoundByItsNewNameAtOnce() throws SQLException {
        execute("update case_party set name = ? where case_id = ?", "Renamed " + marker + " Holdings", caseA);
        assertEquals(List.of(referenceA), references("renamed " + marker + " holdings"));
        // The new name's words are known words at once, so its incomplete last word is found too.
        assertEquals(List.of(referenceA), references("renamed " + marker + " hold"));
        assertEquals(List.of(), references("openai " + marker));
        // Removing the party takes its words out of the case's search.
        execute("delete from case_party where case_id = ?", caseA);
        assertEquals(List.of(), references("renamed " + marker));
        assertEquals(List.of(referenceA, referenceB), references(marker));
    }

    @Test
    void aBeginningOfManyWordsIsSearchedAsAPrefix() {
        // More words begin with it than are looked up one by one: the search falls back to the prefix.
        String stem = marker.toLowerCase() + "x";
        StringBuilder title = new StringBuilder("Stems");
        for (char c = 'a'; c <= 'r'; c++) {
            title.append(' ').append(stem).append(c);
        }
        String reference = prefix + "3";
        Cases.open(officer, reference, title.toString(), "ARTICLE_101");
        assertEquals(List.of(reference), references(stem));
        assertEquals(List.of(reference), references("stems " + stem));
        assertEquals(List.of(reference), references(stem + "r"));
        assertEquals(List.of(), references(stem + "s"));
    }

    @Test
    void textWithNothingToSearchMatchesNothingAndAFilterStillApplies() {
        officer.request()
                .get("/api/v1/cases?q=%2F%2F%2F")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        // A combining mark alone is a word to Java and no word to PostgreSQL's parser: nothing, and no error.
        officer.request()
                .queryParam("q", "\u0301")
                .get("/api/v1/cases")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        officer.request()
                .get("/api/v1/cases?q=" + marker + "&status=CLOSED")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        officer.request()
                .get("/api/v1/cases?q=" + marker + "&status=OPEN")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.reference", hasItems(referenceA, referenceB));
    }

    @Test
    void anAdministratorsFilteredListComesInOrderPageAfterPage() {
        for (String title : List.of("alpha " + marker, "Beta " + marker, "gamma " + marker, "Delta " + marker)) {
            Cases.open(officer, Cases.newReference(), title, "ARTICLE_102");
        }
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        List<String> titles = new java.util.ArrayList<>();
        List<Integer> ids = new java.util.ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            var body = admin.request()
                    .queryParam("status", "OPEN")
                    .queryParam("type", "ARTICLE_102")
                    .queryParam("sort", "title")
                    .queryParam("dir", "desc")
                    .queryParam("size", 2)
                    .queryParam("page", page)
                    .get("/api/v1/cases")
                    .then()
                    .statusCode(200)
                    .extract();
            titles.addAll(body.<List<String>>path("items.title"));
            ids.addAll(body.<List<Integer>>path("items.id"));
        }
        List<String> sorted = titles.stream()
                .sorted(java.util.Comparator.comparing((String t) -> t.toLowerCase(java.util.Locale.ROOT))
                        .reversed())
                .toList();
        assertEquals(6, titles.size());
        assertEquals(sorted, titles, "titles across three pages, without regard to case, last first");
        assertEquals(6, ids.stream().distinct().count(), "no case on two pages");
    }

    @Test
    void aListWithoutWordsReadFromTeamRowsFollowsEveryChangeAtOnce() throws SQLException {
        // Another writer closes one case and renames the other: the officer's filters and sorts see both at once.
        execute("update case_file set status = 'CLOSED', updated_at = now() where id = ?", caseA);
        execute("update case_file set title = ?, updated_at = now() where id = ?", "Aardvark " + marker, caseB);
        assertEquals(List.of(referenceB), references(prefix, "status", "OPEN"));
        assertEquals(List.of(referenceA), references(prefix, "status", "CLOSED"));
        officer.request()
                .queryParam("q", prefix)
                .queryParam("sort", "title")
                .queryParam("dir", "asc")
                .get("/api/v1/cases")
                .then()
                .statusCode(200)
                .body("items.reference", equalTo(List.of(referenceB, referenceA)))
                .body("items[0].title", equalTo("Aardvark " + marker));
        officer.request()
                .queryParam("status", "CLOSED")
                .queryParam("sort", "updated")
                .queryParam("dir", "desc")
                .queryParam("size", 100)
                .get("/api/v1/cases")
                .then()
                .statusCode(200)
                .body("items.reference", hasItems(referenceA));

        // A colleague put on one team sees that case and no other; an administrator filtering by the colleague, and
        // the officer filtering by them, see the same one case.
        var colleague = users.ensure("search-kinds-colleague", Role.CASE_OFFICER);
        Session colleagueSession = users.signIn("search-kinds-colleague", Role.CASE_OFFICER);
        execute(
                "insert into case_team_member (case_id, user_id, team_role) values (?, ?, 'OFFICER')",
                caseB,
                colleague.id);
        assertEquals(List.of(referenceB), references(colleagueSession, prefix));
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        admin.request()
                .queryParam("officer", "search-kinds-colleague")
                .queryParam("q", prefix)
                .get("/api/v1/cases")
                .then()
                .statusCode(200)
                .body("items.reference", equalTo(List.of(referenceB)));
        assertEquals(List.of(referenceB), references(prefix, "officer", "search-kinds-colleague"));
        execute("delete from case_team_member where case_id = ? and user_id = ?", caseB, colleague.id);
        assertEquals(List.of(), references(colleagueSession, prefix));
    }

    /** The references the case API lists for a question, in reference order. */
    private List<String> references(String question) {
        return references(officer, question);
    }

    private static List<String> references(Session session, String question) {
        return session.request()
                .queryParam("q", question)
                .queryParam("sort", "reference")
                .queryParam("dir", "asc")
                .get("/api/v1/cases")
                .then()
                .statusCode(200)
                .extract()
                .path("items.reference");
    }

    /** The same, with one more query parameter (a filter). */
    private List<String> references(String question, String parameter, String value) {
        return officer.request()
                .queryParam("q", question)
                .queryParam(parameter, value)
                .queryParam("sort", "reference")
                .queryParam("dir", "asc")
                .get("/api/v1/cases")
                .then()
                .statusCode(200)
                .extract()
                .path("items.reference");
    }

    @Test
    void aWordQuestionFollowsTeamChangesAtOnce() throws SQLException {
        // The team's user ids the full-text index holds (V18) change with the team rows, whoever writes them.
        var colleague = users.ensure("search-words-colleague", Role.CASE_OFFICER);
        Session colleagueSession = users.signIn("search-words-colleague", Role.CASE_OFFICER);
        assertEquals(List.of(), references(colleagueSession, marker));
        execute(
                "insert into case_team_member (case_id, user_id, team_role) values (?, ?, 'OFFICER')",
                caseB,
                colleague.id);
        assertEquals(List.of(referenceB), references(colleagueSession, marker));
        assertEquals(List.of(referenceB), references(colleagueSession, marker + " brow"));
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        admin.request()
                .queryParam("officer", "search-words-colleague")
                .queryParam("q", marker)
                .get("/api/v1/cases")
                .then()
                .statusCode(200)
                .body("items.reference", equalTo(List.of(referenceB)));
        // The officer filtering their own word question by the colleague: the cases of both.
        assertEquals(List.of(referenceB), references(marker, "officer", "search-words-colleague"));
        // Moved by hand to the other case, then removed.
        execute(
                "update case_team_member set case_id = ? where case_id = ? and user_id = ?",
                caseA,
                caseB,
                colleague.id);
        assertEquals(List.of(referenceA), references(colleagueSession, marker));
        execute("delete from case_team_member where case_id = ? and user_id = ?", caseA, colleague.id);
        assertEquals(List.of(), references(colleagueSession, marker));
        assertEquals(List.of(referenceA, referenceB), references(marker));
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
