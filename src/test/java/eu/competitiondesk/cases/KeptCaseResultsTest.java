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
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The case list keeps the pages it has found, and never shows a kept page once a case or a case team has changed:
 * not after a change through the application, not after one committed by another writer on the same database (as
 * a second instance would).
 */
@QuarkusTest
class KeptCaseResultsTest {

    @Inject
    TestUsers users;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    DataSource dataSource;

    @Test
    void askingAgainReadsOnlyThePageCasesAndGivesTheSameAnswer() {
        Session officer = users.signIn("kept-officer", Role.CASE_OFFICER);
        String marker = marker("Wombat");
        for (int i = 0; i < 3; i++) {
            Cases.open(officer, Cases.newReference(), marker + " case " + i, "ARTICLE_102");
        }
        String path = "/cases?q=" + marker + "&sort=title&dir=asc";
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        String first = resultTable(officer.page(path).asString());
        long searched = statistics.getPrepareStatementCount() - statistics.getEntityUpdateCount();
        statistics.clear();
        String again = resultTable(officer.page(path).asString());
        long kept = statistics.getPrepareStatementCount() - statistics.getEntityUpdateCount();

        assertEquals(first, again);
        assertTrue(first.contains(marker + " case 2"), first);
        // The search reads the matching ids and then the page; a kept page skips the first and reads by id.
        assertEquals(searched - 1, kept, "statements for a kept page against a searched one");
    }

    @Test
    void aChangeThroughTheApplicationShowsAtOnce() throws SQLException {
        Session officer = users.signIn("kept-editor", Role.CASE_OFFICER);
        String marker = marker("Numbat");
        long id = Cases.open(officer, Cases.newReference(), marker + " first", "ARTICLE_102");
        String path = "/cases?q=" + marker;
        officer.page(path).then().body(containsString(marker + " first")).body(containsString("1 case"));

        Cases.open(officer, Cases.newReference(), marker + " second", "ARTICLE_101");
        officer.request().get(path).then().statusCode(200)
                .body(containsString(marker + " second")).body(containsString("2 cases"));

        String form = officer.page("/cases/" + id + "/edit").asString();
        officer.form().formParam("reference", reference(id)).formParam("title", "Renamed away")
                .formParam("type", "ARTICLE_102").formParam("openedOn", "2025-03-14")
                .formParam("version", hiddenValue(form, "version"))
                .post("/cases/" + id + "/edit").then().statusCode(303);
        officer.request().get(path).then().statusCode(200)
                .body(not(containsString(marker + " first"))).body(containsString("1 case"));
    }

    @Test
    void aChangeCommittedByAnotherWriterShowsAtOnce() throws SQLException {
        Session officer = users.signIn("kept-reader-of-others", Role.CASE_OFFICER);
        String marker = marker("Quoll");
        long id = Cases.open(officer, Cases.newReference(), marker + " kept", "ARTICLE_102");
        String path = "/cases?q=" + marker;
        officer.page(path).then().body(containsString(marker + " kept"));

        // Another instance renames the case so it no longer matches: the kept page must not bring it back.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement rename = connection.prepareStatement(
                        "update case_file set title = 'Elsewhere', updated_at = now() where id = ?")) {
            rename.setLong(1, id);
            assertEquals(1, rename.executeUpdate());
        }
        officer.request().get(path).then().statusCode(200)
                .body(not(containsString("/cases/" + id + "\""))).body(containsString("No case matches"));
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

        lead.page("/cases/" + id);
        lead.form().formParam("memberUser", colleague.id).formParam("memberRole", "OFFICER")
                .post("/cases/" + id + "/team").then().statusCode(303);
        colleagueSession.request().get(path).then().statusCode(200).body(containsString(marker + " team case"));

        lead.page("/cases/" + id);
        lead.form().post("/cases/" + id + "/team/" + memberId(id, colleague.id) + "/remove").then().statusCode(303);
        colleagueSession.request().get(path).then().statusCode(200)
                .body(not(containsString(marker + " team case"))).body(containsString("No case matches"));
    }

    @Test
    void theVersionMovesOncePerTransactionAndOnlyAtCommit() throws SQLException {
        Session officer = users.signIn("kept-bulk", Role.CASE_OFFICER);
        String marker = marker("Dunnart");
        long a = Cases.open(officer, Cases.newReference(), marker + " a", "ARTICLE_102");
        long b = Cases.open(officer, Cases.newReference(), marker + " b", "ARTICLE_102");
        long before = version();
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            try (PreparedStatement update = writer.prepareStatement(
                    "update case_file set title = title || ' (renamed)' where id in (?, ?)");
                    PreparedStatement party = writer.prepareStatement(
                            "insert into case_party (case_id, name, role) values (?, 'Bulk party', 'THIRD_PARTY')")) {
                update.setLong(1, a);
                update.setLong(2, b);
                assertEquals(2, update.executeUpdate());
                party.setLong(1, a);
                party.executeUpdate();
                assertEquals(before, version(), "version seen by others before the commit");
                writer.commit();
            }
        }
        assertEquals(before + 1, version(), "version after one transaction that changed two cases and a party");
    }

    private long version() throws SQLException {
        return ((Number) value("select version from case_list_version")).longValue();
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

    private static String resultTable(String html) {
        int start = html.indexOf("id=\"result-count\"");
        int end = html.indexOf("</table>", start);
        assertTrue(start > 0 && end > start, "the page has a result table");
        return html.substring(start, end);
    }

    private static String hiddenValue(String html, String name) {
        Matcher value = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertTrue(value.find(), "hidden field " + name);
        return value.group(1);
    }
}
