package eu.competitiondesk.security;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestSessions;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("application")
@QuarkusTest
class PasswordChangeTest {

    private static final String NEW_PASSWORD = "velvet lantern orbit 42";

    @Inject
    TestUsers users;

    @Inject
    TestSessions sessions;

    @Test
    void changingTheOwnPasswordSignsOutEveryOtherSessionButKeepsThisOne() {
        Session laptop = users.signIn("pw-changer", Role.CASE_OFFICER);
        Session phone = Session.signIn("pw-changer", TestUsers.PASSWORD);
        laptop.page("/account/password").then().statusCode(200);
        laptop.form()
                .formParam("currentPassword", TestUsers.PASSWORD)
                .formParam("newPassword", NEW_PASSWORD)
                .formParam("confirmPassword", NEW_PASSWORD)
                .post("/account/password")
                .then()
                .statusCode(303);
        laptop.request().get("/cases").then().statusCode(200);
        phone.request().get("/cases").then().statusCode(302);
        assertTrue(sessions.endReasons("pw-changer").contains("PASSWORD_CHANGED"));
        assertEquals(
                401,
                Session.attempt("pw-changer", TestUsers.PASSWORD, "192.0.2.40").statusCode());
        assertEquals(
                303, Session.attempt("pw-changer", NEW_PASSWORD, "192.0.2.40").statusCode());
        assertEquals(1, sessions.auditOf("pw-changer", "PASSWORD_CHANGED").size());
    }

    @Test
    void badNewPasswordsAreRefusedWithTheReasonAndNothingChanges() {
        Session session = users.signIn("pw-careless", Role.CASE_OFFICER);
        session.page("/account/password");
        Response common = session.form()
                .formParam("currentPassword", TestUsers.PASSWORD)
                .formParam("newPassword", "1qaz2wsx3edc")
                .formParam("confirmPassword", "1qaz2wsx3edc")
                .post("/account/password");
        assertEquals(422, common.statusCode());
        assertTrue(common.asString().contains("among the most common"));
        assertFalse(common.asString().contains("1qaz2wsx3edc"), "passwords are never sent back");
        session.form()
                .formParam("currentPassword", TestUsers.PASSWORD)
                .formParam("newPassword", "eleven char")
                .formParam("confirmPassword", "eleven char")
                .post("/account/password")
                .then()
                .statusCode(422)
                .body(containsString("at least 12 characters"));
        session.form()
                .formParam("currentPassword", TestUsers.PASSWORD)
                .formParam("newPassword", NEW_PASSWORD)
                .formParam("confirmPassword", NEW_PASSWORD + "x")
                .post("/account/password")
                .then()
                .statusCode(422)
                .body(containsString("Enter the same new password twice"));
        session.form()
                .formParam("currentPassword", "not my password")
                .formParam("newPassword", NEW_PASSWORD)
                .formParam("confirmPassword", NEW_PASSWORD)
                .post("/account/password")
                .then()
                .statusCode(422)
                .body(containsString("The current password is not right"));
        assertEquals(
                303,
                Session.attempt("pw-careless", TestUsers.PASSWORD, "192.0.2.41").statusCode());
    }

    @Test
    void anAdminResettingAPasswordEndsThatUsersSessions() {
        AppUser user = users.ensure("pw-reset", Role.CASE_OFFICER);
        Session victim = Session.signIn("pw-reset", TestUsers.PASSWORD);
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        String form = admin.page("/admin/users/" + user.id + "/edit").asString();
        String version = form.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        admin.form()
                .formParam("fullName", "Test pw-reset")
                .formParam("role", "CASE_OFFICER")
                .formParam("password", NEW_PASSWORD)
                .formParam("version", version)
                .post("/admin/users/" + user.id + "/edit")
                .then()
                .statusCode(303);
        victim.request().get("/cases").then().statusCode(302);
        assertEquals("PASSWORD_CHANGED", sessions.endReasons("pw-reset").get(0));
    }

    @Test
    void thePolicyKnowsTheCommonPasswordsLongEnoughToMatter() {
        assertTrue(PasswordPolicy.commonCount() > 400, "list loaded: " + PasswordPolicy.commonCount());
        assertEquals(
                "desk.user.password.common",
                PasswordPolicy.problem("123qweasdzxc").orElseThrow());
        assertEquals(
                "desk.user.password.common",
                PasswordPolicy.problem("123QWEASDZXC").orElseThrow());
        assertEquals(
                "desk.user.password.short",
                PasswordPolicy.problem("elevenchars").orElseThrow());
        assertTrue(PasswordPolicy.problem("twelve chars").isEmpty());
        assertTrue(PasswordPolicy.problem("ÄÖÜ ßéè çàù €").isEmpty(), "any characters, no composition rules");
    }
}
