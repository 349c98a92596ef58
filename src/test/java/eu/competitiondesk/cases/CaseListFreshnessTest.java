package eu.competitiondesk.cases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.security.AppUser;
import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The case list shows every change at once (a case, a party, a case team, a user's name): after a change through
 * the application, and after one committed by another writer on the same database (as a second instance would).
 */
@Tag("application")
@QuarkusTest
class CaseListFreshnessTest {

    @Inject
    TestUsers users;

    @Inject
    DataSource dataSource;

    @Test
    void aChangeThroughTheApplicationShowsAtOnce() throws SQLException {
        Session officer = users.signIn("kept-editor", Role.CASE_OFFICER);
        String marker = marker("Numbat");
        long id = Cases.open(officer, Cases.newReference(), marker + " first", "ARTICLE_102");
        String path = "/cases?q=" + marker;
        officer.page(path).then().body(containsString(marker + " first")).body(containsString("1 case"));

        Cases.open(officer, Cases.newReference(), marker + " second", "ARTICLE_101");
        officer.shows(path, marker + " second", "2 cases");

        String form = officer.page("/cases/" + id + "/edit").asString();
        officer.form()
                .formParam("reference", reference(id))
                .formParam("title", "Renamed away")
                .formParam("type", "ARTICLE_102")
                .formParam("openedOn", "2025-03-14")
                .formParam("version", hiddenValue(form, "version"))
                .post("/cases/" + id + "/edit")
                .then()
                .statusCode(303);
        officer.request()
                .get(path)
                .then()
                .statusCode(200)
                .body(not(containsString(marker + " first")))
                .body(containsString("1 case"));
    }

    @Test
    void aChangeCommittedByAnotherWriterShowsAtOnce() throws SQLException {
        Session officer = users.signIn("kept-reader-of-others", Role.CASE_OFFICER);
        String marker = marker("Quoll");
        long id = Cases.open(officer, Cases.newReference(), marker + " kept", "ARTICLE_102");
        String path = "/cases?q=" + marker;
        officer.page(path).then().body(containsString(marker + " kept"));

        // Another instance renames the case so it no longer matches: the kept page must not bring it back.
        execute("update case_file set title = 'Elsewhere', updated_at = now() where id = ?", id);
        officer.request()
                .get(path)
                .then()
                .statusCode(200)
                .body(not(containsString("/cases/" + id + "\"")))
                .body(containsString("No case matches"));
    }

    @Test
    void joiningOrLeavingATeamShowsAtOnceInTheList() throws SQLException {
        Session lead = users.signIn("kept-lead", Role.CASE_OFFICER);
        AppUser colleague = users.ensure("kept-colleague", Role.CASE_OFFICER);
        Session colleagueSession = users.signIn("kept-colleague", Role.CASE_OFFICER);
        String marker = marker("Bilby");
        long id = Cases.open(lead, Cases.newReference(), marker + " team case", "ARTICLE_102");
        String path = "/cases?q=" + marker;
        colleagueSession.page(path).then().body(containsString("No case matches"));

        Cases.addToTeam(lead, id, colleague.id, "OFFICER");
        colleagueSession.shows(path, marker + " team case");

        lead.page("/cases/" + id);
        lead.form()
                .post("/cases/" + id + "/team/" + memberId(id, colleague.id) + "/remove")
                .then()
                .statusCode(303);
        colleagueSession
                .request()
                .get(path)
                .then()
                .statusCode(200)
                .body(not(containsString(marker + " team case")))
                .body(containsString("No case matches"));
    }

    @Test
    void aPartyChangedByAnotherWriterShowsAtOnce() throws SQLException {
        Session officer = users.signIn("kept-party-watcher", Role.CASE_OFFICER);
        String marker = marker("Potoroo");
        long id = Cases.open(officer, Cases.newReference(), marker + " with a party", "ARTICLE_102");
        String path = "/cases?q=" + marker;
        officer.page("/cases/" + id);
        officer.form()
                .formParam("partyName", "Original Holdings")
                .formParam("partyRole", "COMPLAINANT")
                .post("/cases/" + id + "/parties")
                .then()
                .statusCode(303);
        officer.page(path).then().body(containsString("Original Holdings"));

        execute("update case_party set name = 'Renamed Holdings' where case_id = ?", id);
        officer.request()
                .get(path)
                .then()
                .statusCode(200)
                .body(containsString("Renamed Holdings"))
                .body(not(containsString("Original Holdings")));
    }

    @Test
    void theOfficerFilterFollowsRenamedAndDeactivatedUsers() throws SQLException {
        Session officer = users.signIn("kept-filter-reader", Role.CASE_OFFICER);
        AppUser named = users.ensure("kept-named-user", Role.CASE_OFFICER);
        String first = marker("Name");
        execute("update app_user set full_name = ? where id = ?", first, named.id);
        officer.page("/cases").then().body(containsString(first + " (kept-named-user)"));

        String second = marker("Name");
        execute("update app_user set full_name = ? where id = ?", second, named.id);
        officer.request()
                .get("/cases")
                .then()
                .statusCode(200)
                .body(containsString(second + " (kept-named-user)"))
                .body(not(containsString(first)));

        execute("update app_user set active = false where id = ?", named.id);
        try {
            officer.request().get("/cases").then().statusCode(200).body(not(containsString("(kept-named-user)")));
        } finally {
            execute("update app_user set active = true where id = ?", named.id);
        }
    }

    /** Runs one statement through a connection of its own, as another writer on the database would. */
    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            assertEquals(1, statement.executeUpdate(), sql);
        }
    }

    private long memberId(long caseId, long userId) throws SQLException {
        return ((Number) value("select id from case_team_member where case_id = ? and user_id = ?", caseId, userId))
                .longValue();
    }

    private String reference(long caseId) throws SQLException {
        return (String) value("select reference from case_file where id = ?", caseId);
    }

    /** The one value a query reads, through a connection of its own (outside the application's transactions). */
    private Object value(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                read.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next(), sql);
                return row.getObject(1);
            }
        }
    }

    private static String marker(String word) {
        return word + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    private static String hiddenValue(String html, String name) {
        Matcher value =
                Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertTrue(value.find(), "hidden field " + name);
        return value.group(1);
    }
}
