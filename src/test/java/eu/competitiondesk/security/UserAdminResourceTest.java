package eu.competitiondesk.security;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.support.AtOnce;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("application")
@QuarkusTest
class UserAdminResourceTest {

    @Inject
    TestUsers users;

    @Test
    void firstAdminWasCreatedFromTheConfiguredPassword() {
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        admin.shows("/admin/users", "Administrator");
    }

    @Test
    void adminCreatesEditsDeactivatesAndReactivatesAUser() {
        String username = "new-" + ThreadLocalRandom.current().nextInt(1_000_000);
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        admin.page("/admin/users/new");
        String rejected = admin.form()
                .formParam("username", username)
                .formParam("fullName", "Ada Analyst")
                .formParam("role", "READER")
                .formParam("password", "short")
                .post("/admin/users")
                .then()
                .statusCode(422)
                .body(containsString("at least 12 characters"))
                .body(containsString("value=\"" + username + "\""))
                .extract()
                .asString();
        assertEquals(List.of("READER"), selectedOptions(rejected), "the posted role chosen when the form comes back");
        admin.form()
                .formParam("username", username)
                .formParam("fullName", "Ada Analyst")
                .formParam("role", "CASE_OFFICER")
                .formParam("password", "a long enough passphrase")
                .post("/admin/users")
                .then()
                .statusCode(303);
        admin.form()
                .formParam("username", username.toUpperCase())
                .formParam("fullName", "Copy")
                .formParam("role", "READER")
                .formParam("password", "a long enough passphrase")
                .post("/admin/users")
                .then()
                .statusCode(422)
                .body(containsString("already has this user name"));

        AppUser created = AppUser.<AppUser>find("username", username).firstResult();
        Session ada = Session.signIn(username, "a long enough passphrase");
        ada.request().get("/cases").then().statusCode(200);

        String edit = admin.page("/admin/users/" + created.id + "/edit").asString();
        String version = edit.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        assertEquals(List.of("CASE_OFFICER"), selectedOptions(edit), "the user's role chosen in the edit form");
        admin.form()
                .formParam("version", version)
                .formParam("fullName", "Ada Lovelace")
                .formParam("role", "READER")
                .formParam("password", "")
                .post("/admin/users/" + created.id + "/edit")
                .then()
                .statusCode(303);
        admin.form()
                .formParam("version", version)
                .formParam("fullName", "Stale")
                .formParam("role", "ADMIN")
                .formParam("password", "")
                .post("/admin/users/" + created.id + "/edit")
                .then()
                .statusCode(409);
        AppUser edited = users.reload(created.id);
        assertEquals("Ada Lovelace", edited.fullName);
        assertEquals(Role.READER, edited.role);

        admin.form().post("/admin/users/" + created.id + "/deactivate").then().statusCode(303);
        assertFalse(users.reload(created.id).active);
        ada.request().get("/cases").then().statusCode(302);
        admin.form().post("/admin/users/" + created.id + "/activate").then().statusCode(303);
        assertTrue(users.reload(created.id).active);
    }

    @Test
    void adminCannotDeactivateThemselves() {
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        AppUser self = AppUser.<AppUser>find("username", TestUsers.ADMIN).firstResult();
        admin.page("/admin/users");
        admin.form()
                .post("/admin/users/" + self.id + "/deactivate")
                .then()
                .statusCode(422)
                .body(containsString("cannot deactivate your own account"));
    }

    @Test
    void onlyAdminsReachUserAdministration() {
        Session officer = users.signIn("admin-page-officer", Role.CASE_OFFICER);
        officer.page("/");
        officer.request()
                .get("/admin/users")
                .then()
                .statusCode(403)
                .contentType("text/html")
                .body(containsString("You cannot do that here"));
        officer.form()
                .formParam("username", "sneaky-user")
                .formParam("fullName", "Sneaky")
                .formParam("role", "ADMIN")
                .formParam("password", "a long enough passphrase")
                .post("/admin/users")
                .then()
                .statusCode(403);
        assertTrue(AppUser.findByUsername("sneaky-user").isEmpty());
    }

    @Test
    void twoAdminsSavingTheSameUserTogetherGetOneSaveAndOneConflictShowingBothValues() throws Exception {
        users.ensure("admin-concurrent", Role.ADMIN);
        AppUser target = users.ensure("edited-concurrently", Role.CASE_OFFICER);
        Session first = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        Session second = Session.signIn("admin-concurrent", TestUsers.PASSWORD);
        for (int round = 0; round < 5; round++) {
            String path = "/admin/users/" + target.id + "/edit";
            String version = first.page(path).asString().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
            second.page(path);
            String nameByFirst = "Name from the first admin " + round;
            String nameBySecond = "Name from the second admin " + round;
            List<Response> answers = AtOnce.send(List.of(
                    () -> first.form()
                            .formParam("version", version)
                            .formParam("fullName", nameByFirst)
                            .formParam("role", "CASE_OFFICER")
                            .formParam("password", "")
                            .post(path),
                    () -> second.form()
                            .formParam("version", version)
                            .formParam("fullName", nameBySecond)
                            .formParam("role", "READER")
                            .formParam("password", "")
                            .post(path)));
            List<Integer> statuses =
                    answers.stream().map(Response::statusCode).sorted().toList();
            assertEquals(List.of(303, 409), statuses, "round " + round);
            boolean firstWon = answers.get(0).statusCode() == 303;
            String conflictPage = answers.get(firstWon ? 1 : 0).asString();
            assertTrue(conflictPage.contains(firstWon ? nameByFirst : nameBySecond), "saved value shown");
            assertTrue(conflictPage.contains(firstWon ? nameBySecond : nameByFirst), "own value kept");
            assertEquals(firstWon ? nameByFirst : nameBySecond, users.reload(target.id).fullName);
        }
    }

    /** The values of the options marked selected, in page order. */
    private static List<String> selectedOptions(String html) {
        return java.util.regex.Pattern.compile("<option value=\"([^\"]*)\" selected>")
                .matcher(html)
                .results()
                .map(match -> match.group(1))
                .toList();
    }
}
