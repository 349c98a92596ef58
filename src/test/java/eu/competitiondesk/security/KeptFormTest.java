package eu.competitiondesk.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestSessions;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An officer called away mid-form loses nothing: the form posted after the session ran out is kept for them in that
 * browser, the sign-in page says why it appeared, and after signing in they are back on the form with what they
 * typed, not yet saved. Nobody else, and no session ended on purpose, gets anything back.
 */
@Tag("application")
@QuarkusTest
class KeptFormTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    TestUsers users;

    @Inject
    TestSessions sessions;

    @Test
    void aFormPostedAfterTheSessionRanOutComesBackAfterSigningInUnsaved() {
        Session officer = users.signIn("kept-officer", Role.CASE_OFFICER);
        long caseId = Cases.open(officer, Cases.newReference(), "Kept form", "ARTICLE_102");
        String page = "/cases/" + caseId;
        officer.page(page);
        sessions.age("kept-officer", Duration.ofHours(1), Duration.ofMinutes(31));

        Map<String, String> browser = cookiesOf(officer);
        Response first = postNote(browser, officer.csrfToken(), caseId, "A first draft");
        browser.put("desk-kept-form", first.getCookie("desk-kept-form"));
        Response expired = postNote(browser, officer.csrfToken(), caseId, "What I typed before the call");
        assertEquals(302, expired.statusCode());
        assertEquals("/login?ended=idle&return=%2Fcases%2F" + caseId, expired.header("Location"));
        assertNotNull(expired.getCookie("desk-kept-form"));
        assertEquals(
                first.getCookie("desk-kept-form"),
                expired.getCookie("desk-kept-form"),
                "one kept form a browser: the second replaces the first");
        browser.put("desk-kept-form", expired.getCookie("desk-kept-form"));

        Response signInPage = given().cookies(browser).get(expired.header("Location"));
        assertTrue(
                signInPage
                        .asString()
                        .contains("Your session ended after 30 minutes without activity. What you"
                                + " typed has been kept: sign in to go back to it."),
                signInPage.asString());
        browser.putAll(signInPage.getCookies());
        Response signedIn = signIn(browser, signInPage, "kept-officer", "/cases/" + caseId);
        assertEquals(303, signedIn.statusCode());
        assertEquals(page, signedIn.header("Location"));
        browser.putAll(signedIn.getCookies());

        Response restored = given().redirects().follow(false).cookies(browser).get(page);
        var form = Jsoup.parse(restored.asString()).selectFirst("form[action=/cases/" + caseId + "/notes]");
        assertEquals(
                "What I typed before the call",
                form.selectFirst("textarea[name=noteBody]").val());
        assertTrue(form.text().contains("Not saved yet: check and save."), form.text());
        assertTrue(restored.getDetailedCookie("desk-kept-form").getMaxAge() == 0, "the kept copy is gone");
        assertEquals(
                1,
                restored.asString().split("What I typed before the call", -1).length - 1,
                "in the form only: nothing was saved");
        assertFalse(restored.asString().contains("A first draft"), "the first post was replaced");
        browser.remove("desk-kept-form");
        // Saved only when the officer sends the restored form, with the page's fresh tokens.
        String token = form.selectFirst("input[name=csrf-token]").val();
        postNote(browser, token, caseId, "What I typed before the call").then().statusCode(303);
        assertTrue(given().cookies(browser).get(page).asString().contains("What I typed before the call"));
    }

    @Test
    void anotherUserOnTheSameBrowserGetsNothingAndTheFormIsGone() {
        Session officer = users.signIn("kept-owner", Role.CASE_OFFICER);
        users.ensure("kept-other", Role.CASE_OFFICER);
        long caseId = Cases.open(officer, Cases.newReference(), "Kept for one", "ARTICLE_102");
        officer.page("/cases/" + caseId);
        sessions.age("kept-owner", Duration.ofHours(1), Duration.ofMinutes(31));
        Map<String, String> browser = cookiesOf(officer);
        Response expired = postNote(browser, officer.csrfToken(), caseId, "Secret draft of the owner");
        browser.put("desk-kept-form", expired.getCookie("desk-kept-form"));
        Response page = given().cookies(browser).get("/login");
        browser.putAll(page.getCookies());
        Response other = signIn(browser, page, "kept-other", null);
        assertEquals("/", other.header("Location"), "someone else lands on their start page");
        // The owner, signing in afterwards in the same browser, finds nothing kept either.
        Response again = given().cookies(browser).get("/login");
        browser.putAll(again.getCookies());
        browser.remove(Session.SESSION_COOKIE);
        Response owner = signIn(browser, again, "kept-owner", null);
        assertEquals("/", owner.header("Location"));
    }

    @Test
    void aSessionEndedOnPurposeKeepsNothing() {
        Session officer = users.signIn("kept-leaver", Role.CASE_OFFICER);
        long caseId = Cases.open(officer, Cases.newReference(), "Signed out", "ARTICLE_102");
        officer.page("/cases/" + caseId);
        Map<String, String> browser = cookiesOf(officer);
        officer.form().post("/logout").then().statusCode(303);
        Response after = postNote(browser, officer.csrfToken(), caseId, "Typed after signing out");
        assertEquals(302, after.statusCode());
        assertFalse(after.header("Location").contains("ended="), after.header("Location"));
        assertNull(after.getCookie("desk-kept-form"));
    }

    private static Map<String, String> cookiesOf(Session session) {
        Map<String, String> cookies = new HashMap<>();
        cookies.put(Session.SESSION_COOKIE, session.cookie(Session.SESSION_COOKIE));
        cookies.put("desk-form-token", session.cookie("desk-form-token"));
        return cookies;
    }

    private static Response postNote(Map<String, String> browser, String csrf, long caseId, String text) {
        return given().redirects()
                .follow(false)
                .cookies(browser)
                .header("Referer", "http://localhost:" + RestAssured.port + "/cases/" + caseId)
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf)
                .formParam("noteBody", text)
                .post("/cases/" + caseId + "/notes");
    }

    private static Response signIn(Map<String, String> browser, Response page, String username, String returnTo) {
        Matcher token = CSRF.matcher(page.asString());
        assertTrue(token.find());
        var request = given().redirects()
                .follow(false)
                .cookies(browser)
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token.group(1))
                .formParam("username", username)
                .formParam("password", TestUsers.PASSWORD);
        if (returnTo != null) {
            request.formParam("return", returnTo);
        }
        return request.post("/login");
    }
}
