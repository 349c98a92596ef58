package eu.competitiondesk.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestSessions;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("application")
@QuarkusTest
class LoginTest {

    @Inject
    TestUsers users;

    @Inject
    TestSessions sessions;

    @Inject
    UserAccounts accounts;

    @Test
    void loginPageAndAssetsAndHealthArePublic() {
        given().get("/login")
                .then()
                .statusCode(200)
                .body(containsString("name=\"username\""))
                .body(containsString("name=\"password\""))
                .body(containsString("name=\"csrf-token\""));
        given().get("/static/desk.css").then().statusCode(200);
        given().get("/vendor/govuk-frontend.css").then().statusCode(200).body(not(containsString("GDS Transport")));
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void wrongPasswordShowsTheFormAgainWithTheNameKeptAndIsAudited() {
        users.ensure("login-user", Role.CASE_OFFICER);
        Response response = Session.attempt("login-user", "wrong password!", "198.51.100.1");
        assertEquals(401, response.statusCode());
        assertNull(response.getCookie(Session.SESSION_COOKIE));
        assertTrue(response.asString().contains("The user name or password is not right"));
        assertTrue(response.asString().contains("value=\"login-user\""), "typed name kept");
        assertFalse(response.asString().contains("wrong password!"), "password never sent back");
        assertEquals(1, sessions.auditOf("login-user", "LOGIN_FAILED").size());
    }

    @Test
    void unknownUserIsRefusedLikeAWrongPasswordAndItsNameIsNotRecorded() {
        Response response = Session.attempt("nobody-here-typo-secret", "whatever", "198.51.100.2");
        assertEquals(401, response.statusCode());
        assertEquals(0, sessions.auditCount("LOGIN_FAILED", "nobody-here-typo-secret"));
        assertEquals(1, sessions.auditCount("LOGIN_FAILED", "unknown account from 198.51.100.2"));
    }

    @Test
    void theLoginFormNeedsItsCsrfToken() {
        users.ensure("login-csrf", Role.CASE_OFFICER);
        Response response = given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("username", "login-csrf")
                .formParam("password", TestUsers.PASSWORD)
                .post("/login");
        assertEquals(400, response.statusCode());
        assertNull(response.getCookie(Session.SESSION_COOKIE));
        assertTrue(sessions.endReasons("login-csrf").isEmpty(), "no session opened");
    }

    @Test
    void successfulSignInOpensASessionAndIsAudited() {
        Session session = users.signIn("login-ok", Role.CASE_OFFICER);
        session.request().get("/cases").then().statusCode(200);
        assertEquals(1, sessions.auditOf("login-ok", "LOGIN").size());
        assertEquals("OPEN", sessions.endReasons("login-ok").get(0));
    }

    @Test
    void passwordsAreStoredAsBcrypt() {
        AppUser user = users.ensure("login-hash", Role.READER);
        assertTrue(user.passwordHash.startsWith("$2"), "bcrypt modular crypt format");
        assertTrue(PasswordHasher.matches(TestUsers.PASSWORD, user.passwordHash));
        assertFalse(PasswordHasher.matches("not it", user.passwordHash));
    }

    @Test
    void deactivationEndsTheOpenSessionOnTheServerAndRefusesSignIn() {
        AppUser user = users.ensure("login-leaver", Role.CASE_OFFICER);
        accounts.setActiveBySystem(user.id, true);
        Session session = Session.signIn("login-leaver", TestUsers.PASSWORD);
        session.request().get("/cases").then().statusCode(200);
        accounts.setActiveBySystem(user.id, false);
        assertEquals("DEACTIVATED", sessions.endReasons("login-leaver").get(0));
        // Ended by an administrator: the sign-in page gives no reason to come back and keeps nothing.
        session.request().get("/cases").then().statusCode(302).header("Location", equalTo("/login?return=%2Fcases"));
        assertEquals(
                401,
                Session.attempt("login-leaver", TestUsers.PASSWORD, "198.51.100.3")
                        .statusCode());
        accounts.setActiveBySystem(user.id, true);
        // Reactivation does not revive the ended session.
        session.request().get("/cases").then().statusCode(302);
    }

    @Test
    void signOutEndsTheSessionOnTheServerNotOnlyInTheBrowser() {
        Session session = users.signIn("login-out", Role.CASE_OFFICER);
        String page = session.page("/").then().statusCode(200).extract().asString();
        assertTrue(page.contains("action=\"/logout\""), "sign-out on every page");
        Response out = session.form().post("/logout");
        assertEquals(303, out.statusCode());
        assertEquals(0, out.getDetailedCookie(Session.SESSION_COOKIE).getMaxAge());
        // A copy of the old cookie, replayed after sign-out, opens nothing.
        session.request().get("/cases").then().statusCode(302).header("Location", equalTo("/login?return=%2Fcases"));
        assertEquals("SIGN_OUT", sessions.endReasons("login-out").get(0));
        // The audit trail says why in words.
        Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
                .request()
                .get("/admin/audit")
                .then()
                .body(org.hamcrest.Matchers.containsString("of login-out ended: signed out"));
        // The stale cookie still reaches the sign-in page (no redirect loop), is cleared there, and a new sign-in
        // with it in the jar works.
        Response login = session.request().get("/login");
        assertEquals(200, login.statusCode());
        assertEquals(0, login.getDetailedCookie(Session.SESSION_COOKIE).getMaxAge());
        String token = login.asString().replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        Response again = given().redirects()
                .follow(false)
                .cookie(Session.SESSION_COOKIE, session.cookie(Session.SESSION_COOKIE))
                .cookie(
                        "desk-form-token",
                        java.util.Optional.ofNullable(login.getCookie("desk-form-token"))
                                .orElse(session.cookie("desk-form-token")))
                .formParam("csrf-token", token)
                .formParam("username", "login-out")
                .formParam("password", TestUsers.PASSWORD)
                .post("/login");
        assertEquals(303, again.statusCode());
    }

    @Test
    void sessionCookieIsHttpOnlyStrictAndSecureOnlyBehindTls() {
        users.ensure("login-cookie", Role.CASE_OFFICER);
        String plain = setCookie(Session.attempt("login-cookie", TestUsers.PASSWORD, null));
        assertTrue(plain.contains("httponly"), plain);
        assertTrue(plain.contains("samesite=strict"), plain);
        assertFalse(plain.contains("secure"), "no Secure flag over plain HTTP: " + plain);
        // 127.0.0.1 is a trusted proxy: its X-Forwarded-Proto is believed.
        Response behindTls = Session.attemptVia("login-cookie", TestUsers.PASSWORD, "https");
        assertTrue(setCookie(behindTls).contains("secure"), setCookie(behindTls));
    }

    @Test
    void theApiAnswers401WithAProblemDocumentInsteadOfARedirect() {
        given().redirects()
                .follow(false)
                .accept("application/json")
                .get("/api/v1/cases")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(401))
                .body("title", org.hamcrest.Matchers.equalTo("Not signed in"));
        given().redirects()
                .follow(false)
                .get("/cases")
                .then()
                .statusCode(302)
                .header("Location", equalTo("/login?return=%2Fcases"));
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutes() {
        Session session = users.signIn("login-idle", Role.CASE_OFFICER);
        sessions.age("login-idle", Duration.ofMinutes(40), Duration.ofMinutes(29));
        session.request().get("/cases").then().statusCode(200);
        sessions.age("login-idle", Duration.ofMinutes(40), Duration.ofMinutes(31));
        session.request()
                .get("/cases")
                .then()
                .statusCode(302)
                .header("Location", equalTo("/login?ended=idle&return=%2Fcases"));
        assertEquals("IDLE", sessions.endReasons("login-idle").get(0));
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverBusy() {
        Session session = users.signIn("login-long", Role.CASE_OFFICER);
        sessions.age("login-long", Duration.ofHours(11).plusMinutes(59), Duration.ofSeconds(5));
        session.request().get("/cases").then().statusCode(200);
        sessions.age("login-long", Duration.ofHours(12).plusMinutes(1), Duration.ofSeconds(5));
        session.request()
                .get("/cases")
                .then()
                .statusCode(302)
                .header("Location", equalTo("/login?ended=expired&return=%2Fcases"));
        assertEquals("EXPIRED", sessions.endReasons("login-long").get(0));
    }

    @Test
    void repeatedFailuresHoldTheAccountEvenForTheRightPassword() {
        users.ensure("login-guessed", Role.CASE_OFFICER);
        for (int i = 0; i < 5; i++) {
            assertEquals(
                    401,
                    Session.attempt("login-guessed", "guess number " + i, "198.51.100.10")
                            .statusCode());
        }
        // From another address too: the account itself is held.
        Response held = Session.attempt("login-guessed", TestUsers.PASSWORD, "198.51.100.11");
        assertEquals(429, held.statusCode());
        assertNull(held.getCookie(Session.SESSION_COOKIE));
        assertTrue(Integer.parseInt(held.header("Retry-After")) > 800, held.header("Retry-After"));
        assertTrue(held.asString().contains("Too many failed sign-ins"));
        assertEquals(1, sessions.auditOf("login-guessed", "LOGIN_THROTTLED").size());
    }

    @Test
    void theClientAddressIsTheRightmostOneNoTrustedProxyAdded() {
        // Through the trusted proxy (127.0.0.1): the leftmost entry is the client's own claim, the rightmost the
        // proxy's view of who connected to it.
        Session.attempt("nobody-forwarded-typo", "whatever", "192.0.2.99, 198.51.100.77");
        assertEquals(1, sessions.auditCount("LOGIN_FAILED", "unknown account from 198.51.100.77"));
        assertEquals(0, sessions.auditCount("LOGIN_FAILED", "unknown account from 192.0.2.99"));
        // A trusted proxy in the chain is skipped.
        Session.attempt("nobody-forwarded-typo", "whatever", "198.51.100.78, 127.0.0.1");
        assertEquals(1, sessions.auditCount("LOGIN_FAILED", "unknown account from 198.51.100.78"));
    }

    @Test
    void oneAddressTryingManyAccountsIsHeld() {
        users.ensure("login-sprayed", Role.CASE_OFFICER);
        for (int i = 0; i < 20; i++) {
            Session.attempt("spray-" + i, "Winter2026!!", "203.0.113.66");
        }
        assertEquals(
                429,
                Session.attempt("login-sprayed", TestUsers.PASSWORD, "203.0.113.66")
                        .statusCode());
        // The same account from another address is not affected.
        assertEquals(
                303,
                Session.attempt("login-sprayed", TestUsers.PASSWORD, "203.0.113.67")
                        .statusCode());
    }

    @Test
    void aSuccessClearsTheAccountsFailures() {
        users.ensure("login-forgetful", Role.CASE_OFFICER);
        for (int i = 0; i < 4; i++) {
            Session.attempt("login-forgetful", "not it " + i, "198.51.100.20");
        }
        assertEquals(
                303,
                Session.attempt("login-forgetful", TestUsers.PASSWORD, "198.51.100.20")
                        .statusCode());
        for (int i = 0; i < 4; i++) {
            Session.attempt("login-forgetful", "not it again " + i, "198.51.100.20");
        }
        assertEquals(
                303,
                Session.attempt("login-forgetful", TestUsers.PASSWORD, "198.51.100.20")
                        .statusCode());
    }

    private static String setCookie(Response response) {
        return response.headers().getValues("Set-Cookie").stream()
                .filter(v -> v.startsWith(Session.SESSION_COOKIE + "="))
                .findFirst()
                .orElseThrow()
                .toLowerCase(Locale.ROOT);
    }
}
