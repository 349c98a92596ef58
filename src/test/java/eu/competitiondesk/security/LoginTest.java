package eu.competitiondesk.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginTest {

    @Inject
    TestUsers users;

    @Inject
    UserAccounts accounts;

    @Test
    void loginPageAndAssetsAndHealthArePublic() {
        given().get("/login").then().statusCode(200).body(containsString("name=\"j_username\""))
                .body(containsString("name=\"j_password\""));
        given().get("/static/desk.css").then().statusCode(200);
        given().get("/vendor/govuk-frontend.css").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("GDS Transport")));
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void wrongPasswordGoesBackToTheLoginPageWithAnError() {
        users.ensure("login-user", Role.CASE_OFFICER);
        Response response = given().redirects().follow(false).formParam("j_username", "login-user")
                .formParam("j_password", "wrong password!").post("/j_security_check");
        assertEquals(302, response.statusCode());
        assertTrue(response.header("Location").endsWith("/login?error=true"));
        given().get("/login?error=true").then().body(containsString("The user name or password is not right"));
    }

    @Test
    void unknownUserIsRefusedLikeAWrongPassword() {
        given().redirects().follow(false).formParam("j_username", "nobody-here")
                .formParam("j_password", "whatever").post("/j_security_check")
                .then().statusCode(302).header("Location", endsWith("/login?error=true"));
    }

    @Test
    void passwordsAreStoredAsBcrypt() {
        AppUser user = users.ensure("login-hash", Role.READER);
        assertTrue(user.passwordHash.startsWith("$2"), "bcrypt modular crypt format");
        assertTrue(PasswordHasher.matches(TestUsers.PASSWORD, user.passwordHash));
        assertTrue(!PasswordHasher.matches("not it", user.passwordHash));
    }

    @Test
    void deactivatedUserCannotSignInAndLosesTheOpenSession() {
        AppUser user = users.ensure("login-leaver", Role.CASE_OFFICER);
        accounts.setActiveBySystem(user.id, true);
        Session session = Session.signIn("login-leaver", TestUsers.PASSWORD);
        session.request().get("/cases").then().statusCode(200);
        accounts.setActiveBySystem(user.id, false);
        session.request().get("/cases").then().statusCode(302).header("Location", endsWith("/login"));
        given().redirects().follow(false).formParam("j_username", "login-leaver")
                .formParam("j_password", TestUsers.PASSWORD).post("/j_security_check")
                .then().header("Location", endsWith("/login?error=true"));
        accounts.setActiveBySystem(user.id, true);
    }

    @Test
    void logoutClearsTheSessionCookie() {
        users.ensure("login-out", Role.CASE_OFFICER);
        Session session = Session.signIn("login-out", TestUsers.PASSWORD);
        String page = session.page("/").then().statusCode(200).extract().asString();
        assertTrue(page.contains("action=\"/logout\""), "logout on every page");
        Response out = session.form().post("/logout");
        assertEquals(303, out.statusCode());
        assertNotNull(out.getDetailedCookie("quarkus-credential"));
        assertEquals(0, out.getDetailedCookie("quarkus-credential").getMaxAge());
        assertTrue(out.getDetailedCookie("quarkus-credential").isHttpOnly());
    }

    @Test
    void sessionCookieIsHttpOnlyAndStrict() {
        users.ensure("login-cookie", Role.CASE_OFFICER);
        Response response = given().redirects().follow(false).formParam("j_username", "login-cookie")
                .formParam("j_password", TestUsers.PASSWORD).post("/j_security_check");
        String setCookie = response.headers().getValues("Set-Cookie").stream()
                .filter(v -> v.startsWith("quarkus-credential=")).findFirst().orElseThrow();
        assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=strict"), setCookie);
    }
}
