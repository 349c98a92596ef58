package eu.competitiondesk.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.support.IdentityProviderStub;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestSessions;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on against a stub identity provider: the code flow ends in an ordinary session of this application,
 * the role comes from the provider's groups, and the local account can still shut a person out.
 */
@Tag("application")
@QuarkusTest
@TestProfile(SingleSignOnTest.Enabled.class)
class SingleSignOnTest {

    public static class Enabled implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(IdentityProviderStub.class));
        }
    }

    @Inject
    TestUsers users;

    @Inject
    UserAccounts accounts;

    @Inject
    TestSessions sessions;

    @Test
    void aFirstSignInMakesTheAccountWithTheRoleOfTheProvidersGroupAndOpensAnOrdinarySession() {
        IdentityProviderStub.willSignIn("sso-officer", "Sam Single", Set.of("staff", "competition-desk-officer"));
        Response signedIn = codeFlow();
        assertEquals(303, signedIn.statusCode());
        assertTrue(signedIn.header("Location").endsWith("/"), signedIn.header("Location"));
        Session session = Session.of(signedIn);
        session.request().get("/cases").then().statusCode(200);
        session.request().get("/admin/users").then().statusCode(403);
        String home = session.request().get("/").asString();
        assertFalse(home.contains("/account/password"), "no password to change under single sign-on");
        session.request().get("/account/password").then().statusCode(404);
        AppUser made = AppUser.<AppUser>find("username", "sso-officer").firstResult();
        assertEquals(Role.CASE_OFFICER, made.role);
        assertEquals("Sam Single", made.fullName);
        assertTrue(sessions.auditCount("LOGIN", "single sign-on") > 0);
        // The session is ours: sign-out ends it on the server like any other.
        session.page("/");
        session.form().post("/logout").then().statusCode(303);
        session.request().get("/cases").then().statusCode(302);
    }

    @Test
    void theRoleFollowsTheProvidersGroupsAtEachSignIn() {
        IdentityProviderStub.willSignIn("sso-changing", "Robin Role", Set.of("competition-desk-admin"));
        Session asAdmin = Session.of(codeFlow());
        asAdmin.request().get("/admin/users").then().statusCode(200);
        IdentityProviderStub.willSignIn("sso-changing", "Robin Role", Set.of("competition-desk-reader"));
        Session asReader = Session.of(codeFlow());
        asReader.request().get("/admin/users").then().statusCode(403);
        asReader.request().get("/cases/new").then().statusCode(403);
        assertEquals(
                Role.READER, AppUser.<AppUser>find("username", "sso-changing").firstResult().role);
    }

    @Test
    void aDeactivatedLocalAccountIsRefusedWhateverTheProviderSays() {
        AppUser user = users.ensure("sso-leaver", Role.CASE_OFFICER);
        accounts.setActiveBySystem(user.id, false);
        IdentityProviderStub.willSignIn("sso-leaver", "Lee Leaver", Set.of("competition-desk-officer"));
        Response refused = codeFlow();
        assertEquals(403, refused.statusCode());
        assertTrue(refused.asString().contains("deactivated"), refused.asString());
        assertNoSession(refused);
        assertTrue(sessions.auditCount("LOGIN_FAILED", "sso-leaver") > 0);
    }

    @Test
    void someoneInNoCompetitionDeskGroupIsRefusedAndNoAccountIsMade() {
        IdentityProviderStub.willSignIn("sso-outsider", "Olive Outsider", Set.of("staff"));
        Response refused = codeFlow();
        assertEquals(403, refused.statusCode());
        assertTrue(refused.asString().contains("not in any Competition Desk group"));
        assertNoSession(refused);
        assertEquals(0, AppUser.count("username", "sso-outsider"));
    }

    @Test
    void anIdTokenSignedWithAnotherKeyOpensNothing() {
        IdentityProviderStub.willSignInWithForeignKey("sso-forger", Set.of("competition-desk-admin"));
        Response answer = codeFlow();
        assertFalse(
                answer.statusCode() == 303 && answer.getCookie(Session.SESSION_COOKIE) != null,
                "forged token accepted: " + answer.statusCode());
        assertEquals(0, AppUser.count("username", "sso-forger"));
    }

    @Test
    void thePasswordFormIsSwitchedOffSoTheProvidersSecondFactorCannotBeBypassed() {
        String page = given().get("/login").then().statusCode(200).extract().asString();
        assertTrue(page.contains("href=\"/login/sso\""));
        assertFalse(page.contains("name=\"password\""));
        users.ensure("sso-password-user", Role.CASE_OFFICER);
        // The page has no form, so no CSRF token either: a post is refused by the CSRF check or, failing that, by
        // the sign-in resource itself. Either way the right password opens nothing.
        Response attempt = given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("username", "sso-password-user")
                .formParam("password", TestUsers.PASSWORD)
                .post("/login");
        assertTrue(attempt.statusCode() == 400 || attempt.statusCode() == 403, "status " + attempt.statusCode());
        assertNull(attempt.getCookie(Session.SESSION_COOKIE));
        assertTrue(sessions.auditOf("sso-password-user", "LOGIN").isEmpty());
    }

    @Test
    void theApiStillAnswers401WithoutASessionRatherThanRedirectingToTheProvider() {
        given().redirects().follow(false).get("/api/v1/cases").then().statusCode(401);
        Response page = given().redirects().follow(false).get("/cases");
        assertEquals(302, page.statusCode());
        assertTrue(page.header("Location").endsWith("/login?return=%2Fcases"), page.header("Location"));
    }

    /**
     * What a browser does: ask for /login/sso, be sent to the provider, come back with a code and the state, then
     * follow the application's redirects. Returns the last answer of the application.
     */
    private static Response codeFlow() {
        Response toProvider = given().redirects().follow(false).get("/login/sso");
        assertEquals(302, toProvider.statusCode(), toProvider.asString());
        URI authorize = URI.create(toProvider.header("Location"));
        assertTrue(authorize.toString().startsWith(IdentityProviderStub.issuer() + "/authorize"), authorize.toString());
        Map<String, String> query = query(authorize);
        assertEquals(IdentityProviderStub.CLIENT_ID, query.get("client_id"));
        Map<String, String> cookies = new HashMap<>(toProvider.getCookies());
        URI back = URI.create(query.get("redirect_uri"));
        Response answer = given().redirects()
                .follow(false)
                .cookies(cookies)
                .queryParam("code", "code-from-provider")
                .queryParam("state", query.get("state"))
                .get(back.getPath());
        // The application may first redirect to itself (dropping code and state from the address) before answering.
        for (int hop = 0;
                hop < 3
                        && answer.statusCode() == 302
                        && answer.header("Location").contains("/login/sso");
                hop++) {
            cookies.putAll(answer.getCookies());
            answer = given().redirects()
                    .follow(false)
                    .cookies(cookies)
                    .get(URI.create(answer.header("Location")).getPath());
        }
        return answer;
    }

    private static void assertNoSession(Response answer) {
        String cookie = answer.getCookie(Session.SESSION_COOKIE);
        assertTrue(cookie == null || cookie.isEmpty(), "session cookie set: " + cookie);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
