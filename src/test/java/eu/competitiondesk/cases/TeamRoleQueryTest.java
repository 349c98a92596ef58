package eu.competitiondesk.cases;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.competitiondesk.security.AppUser;
import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A case route reads the viewer's team role once, however often it checks access; the role read is the request's
 * alone, so a team change shows in the next request.
 */
@Tag("application")
@QuarkusTest
class TeamRoleQueryTest {

    @Inject
    TestUsers users;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void theCasePageReadsTheTeamRoleOnce() {
        Session officer = users.signIn("role-once-officer", Role.CASE_OFFICER);
        long id = Cases.open(officer, Cases.newReference(), "Role read once", "ARTICLE_102");
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        officer.page("/cases/" + id).then().body(containsString("Role read once"));
        // The scope filter, the resource's own load and the edit check all ask; one query answers them.
        assertEquals(1, statistics.getQueryStatistics(CaseAccess.TEAM_ROLE).getExecutionCount());
    }

    @Test
    void aTeamChangeShowsInTheNextRequest() {
        Session lead = users.signIn("role-change-lead", Role.CASE_OFFICER);
        AppUser colleague = users.ensure("role-change-colleague", Role.CASE_OFFICER);
        Session colleagueSession = users.signIn("role-change-colleague", Role.CASE_OFFICER);
        long id = Cases.open(lead, Cases.newReference(), "Role change", "ARTICLE_102");
        colleagueSession.request().get("/cases/" + id).then().statusCode(404);
        Cases.addToTeam(lead, id, colleague.id, "OFFICER");
        colleagueSession.request().get("/cases/" + id).then().statusCode(200);
    }
}
