package eu.competitiondesk.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The CSRF token of a signed-in user belongs to their session: valid in every tab, worthless in another session. */
@Tag("application")
@QuarkusTest
class CsrfTokenTest {

    private static final String COOKIE = "desk-form-token";
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private static String token(Response page) {
        Matcher matcher = TOKEN.matcher(page.asString());
        return matcher.find() ? matcher.group(1) : null;
    }

    @Test
    void aFormLoadedInOneTabStillPostsAfterAnotherTabLoadedPages() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        String firstTab = token(officer.page("/cases/new"));
        String secondTab = token(officer.page("/cases"));
        officer.page("/");
        assertNotNull(firstTab);
        assertEquals(firstTab, secondTab, "one token for the session, whichever page showed it");
        String reference = Cases.newReference();
        officer.request()
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", firstTab)
                .formParam("reference", reference)
                .formParam("title", "From the first tab")
                .formParam("type", "ARTICLE_102")
                .post("/cases")
                .then()
                .statusCode(303);
        officer.request().get("/api/v1/cases?q=" + reference).then().body("total", equalTo(1));
    }

    @Test
    void anAttackersOwnCookieAndTokenAreRefusedWithTheVictimsSession() {
        // The attacker's pair: what the sign-in page gives any browser, or their own signed-in session's.
        Response anonymous = given().get("/login");
        String anonymousCookie = anonymous.getCookie(COOKIE);
        String anonymousToken = token(anonymous);
        Session attacker = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        String attackerToken = token(attacker.page("/cases/new"));
        Session victim = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        String victimToken = token(victim.page("/cases/new"));
        assertNotEquals(attackerToken, victimToken, "each session its own token");
        String reference = Cases.newReference();
        for (String[] pair :
                new String[][] {{anonymousCookie, anonymousToken}, {attacker.cookie(COOKIE), attackerToken}}) {
            given().redirects()
                    .follow(false)
                    .cookie(Session.SESSION_COOKIE, victim.cookie(Session.SESSION_COOKIE))
                    .cookie(COOKIE, pair[0])
                    .contentType("application/x-www-form-urlencoded")
                    .formParam("csrf-token", pair[1])
                    .formParam("reference", reference)
                    .formParam("title", "Forged")
                    .formParam("type", "ARTICLE_102")
                    .post("/cases")
                    .then()
                    .statusCode(400);
        }
        victim.request().get("/api/v1/cases?q=" + reference).then().body("total", equalTo(0));
    }

    @Test
    void signingInReplacesTheTokenOfTheSignInPage() {
        Response login = given().get("/login");
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        Response page = officer.page("/cases/new");
        assertNotEquals(token(login), token(page));
        assertEquals(token(page), officer.cookie(COOKIE), "sign-in set the cookie the page's forms are checked with");
    }
}
