package eu.competitiondesk.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.AtOnce;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Two officers, each in their own session, save the same case at the same moment: one wins, one is told. */
@Tag("application")
@QuarkusTest
class ConcurrentEditTest {

    @Inject
    TestUsers users;

    @Test
    void twoSessionsSavingTogetherGiveOneSaveAndOneConflictNeverASilentOverwrite() throws Exception {
        var colleague = users.ensure("concurrent-b", Role.CASE_OFFICER);
        Session a = users.signIn("concurrent-a", Role.CASE_OFFICER);
        Session b = Session.signIn("concurrent-b", TestUsers.PASSWORD);
        String reference = Cases.newReference();
        long id = Cases.open(a, reference, "Before both", "ARTICLE_102");
        Cases.addToTeam(a, id, colleague.id, "OFFICER");

        for (int round = 0; round < 5; round++) {
            String version = versionOn(a.page("/cases/" + id + "/edit").asString());
            assertEquals(version, versionOn(b.page("/cases/" + id + "/edit").asString()));
            List<Callable<Response>> saves = new ArrayList<>();
            for (Session session : List.of(a, b)) {
                String title = "Saved by " + (session == a ? "A" : "B") + " in round " + round;
                saves.add(() -> session.form()
                        .formParam("version", version)
                        .formParam("reference", reference)
                        .formParam("title", title)
                        .formParam("type", "ARTICLE_102")
                        .formParam("openedOn", "2025-03-14")
                        .post("/cases/" + id + "/edit"));
            }
            List<Response> answers = AtOnce.send(saves);
            Response first = answers.get(0);
            Response second = answers.get(1);
            List<Integer> statuses = new ArrayList<>(List.of(first.statusCode(), second.statusCode()));
            statuses.sort(null);
            assertEquals(List.of(303, 409), statuses, "round " + round);
            Response loser = first.statusCode() == 409 ? first : second;
            String winnerTitle = "Saved by " + (loser == first ? "B" : "A") + " in round " + round;
            String loserTitle = "Saved by " + (loser == first ? "A" : "B") + " in round " + round;
            assertTrue(loser.asString().contains(winnerTitle), "conflict page shows the saved value");
            assertTrue(loser.asString().contains(loserTitle), "conflict page keeps the loser's value");
            String stored =
                    a.request().get("/api/v1/cases/" + id).then().extract().path("title");
            assertEquals(winnerTitle, stored);
        }
    }

    private static String versionOn(String page) {
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertTrue(version.find());
        return version.group(1);
    }
}
