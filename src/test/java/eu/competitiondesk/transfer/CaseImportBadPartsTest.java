package eu.competitiondesk.transfer;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An import is checked as the pages check what people type, part by part: each bad part is refused with its path,
 * nothing of the case is stored, and a case imported whole still shows and exports.
 */
@Tag("application")
@QuarkusTest
class CaseImportBadPartsTest {

    private static final String LONG = "x".repeat(201);

    /** A transfer whose parts are given; the constants below are good parts, each test replaces one. */
    private static String transfer(
            String reference, String parties, String keyDates, String markets, String assessments, String status) {
        return "{\"formatVersion\":1,\"reference\":\"" + reference
                + "\",\"title\":\"Imported\",\"type\":\"ARTICLE_102\","
                + "\"status\":\"" + status + "\",\"openedOn\":\"2025-01-01\",\"parties\":" + parties
                + ",\"keyDates\":" + keyDates + ",\"notes\":[{\"author\":\"A. Officer\",\"body\":\"Read me\"}],"
                + "\"markets\":" + markets + ",\"assessments\":" + assessments + "}";
    }

    private static final String PARTIES = "[{\"name\":\"Alpha\",\"role\":\"COMPLAINANT\"}]";
    private static final String DATES = "[{\"label\":\"Reply due\",\"kind\":\"MILESTONE\",\"dueOn\":\"2025-02-01\"}]";
    private static final String MARKETS =
            "[{\"name\":\"Cloud\",\"productScope\":\"IaaS\",\"geographicScope\":\"World\","
                    + "\"period\":\"2025\",\"shareBasis\":\"REVENUE\",\"datasets\":[{\"period\":\"2025\",\"source\":\"S\","
                    + "\"rows\":[{\"firm\":\"A\",\"share\":40},{\"firm\":\"B\",\"share\":30}]}]}]";
    private static final String ASSESSMENTS = "[]";

    @Test
    void eachBadPartIsRefusedByItsPathAndNothingIsStored() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        Map<String, List<String>> cases = Map.ofEntries(
                Map.entry(
                        "parties[0].name",
                        List.of(
                                "[{\"name\":\"" + LONG + "\",\"role\":\"COMPLAINANT\"}]",
                                DATES,
                                MARKETS,
                                ASSESSMENTS,
                                "OPEN")),
                Map.entry("parties[0]", List.of("[null]", DATES, MARKETS, ASSESSMENTS, "OPEN")),
                Map.entry(
                        "keyDates[0].label",
                        List.of(
                                PARTIES,
                                "[{\"label\":\"" + LONG + "\",\"kind\":\"MILESTONE\",\"dueOn\":\"2025-02-01\"}]",
                                MARKETS,
                                ASSESSMENTS,
                                "OPEN")),
                Map.entry(
                        "keyDates[0].dueOn",
                        List.of(
                                PARTIES,
                                "[{\"label\":\"Far\",\"kind\":\"MILESTONE\"," + "\"dueOn\":\"9999-02-01\"}]",
                                MARKETS,
                                ASSESSMENTS,
                                "OPEN")),
                Map.entry(
                        "markets[0].datasets[0].rows[0].firm",
                        List.of(
                                PARTIES,
                                DATES,
                                MARKETS.replace("{\"firm\":\"A\",", "{\"firm\":null,"),
                                ASSESSMENTS,
                                "OPEN")),
                Map.entry(
                        "markets[0].datasets[0].rows[1]",
                        List.of(
                                PARTIES,
                                DATES,
                                MARKETS.replace(",{\"firm\":\"B\",\"share\":30}", ",null"),
                                ASSESSMENTS,
                                "OPEN")),
                Map.entry(
                        "assessments[0].questionnaireVersion",
                        List.of(
                                PARTIES,
                                DATES,
                                MARKETS,
                                "[{\"questionnaireId\":\"dma-designation\",\"questionnaireVersion\":-1,\"title\":\"T\","
                                        + "\"status\":\"IN_PROGRESS\",\"answers\":[]}]",
                                "OPEN")),
                Map.entry(
                        "assessments[0].answers[0].values",
                        List.of(
                                PARTIES,
                                DATES,
                                MARKETS,
                                "[{\"questionnaireId\":\"dma-designation\",\"questionnaireVersion\":2,\"title\":\"T\","
                                        + "\"status\":\"IN_PROGRESS\",\"answers\":[{\"questionId\":\"market_cap\","
                                        + "\"values\":[\"lots\"]}]}]",
                                "OPEN")),
                Map.entry("status", List.of(PARTIES, DATES, MARKETS, ASSESSMENTS, "SHELVED")),
                Map.entry(
                        "markets[0].datasets[0].rows[1].firm",
                        List.of(
                                PARTIES,
                                DATES,
                                MARKETS.replace("{\"firm\":\"B\"", "{\"firm\":\" a \""),
                                ASSESSMENTS,
                                "OPEN")),
                Map.entry(
                        "markets[0].datasets[0].rows",
                        List.of(PARTIES, DATES, MARKETS.replace("\"share\":30", "\"share\":70"), ASSESSMENTS, "OPEN")),
                Map.entry("notes[0].body", List.of(PARTIES, DATES, MARKETS, ASSESSMENTS, "OPEN")),
                Map.entry("notes[0].createdAt", List.of(PARTIES, DATES, MARKETS, ASSESSMENTS, "OPEN")));
        for (Map.Entry<String, List<String>> bad : cases.entrySet()) {
            String reference = Cases.newReference();
            List<String> parts = bad.getValue();
            String body = transfer(reference, parts.get(0), parts.get(1), parts.get(2), parts.get(3), parts.get(4));
            if (bad.getKey().equals("notes[0].body")) {
                body = body.replace("\"Read me\"", "\"Bell\\u0007\"");
            } else if (bad.getKey().equals("notes[0].createdAt")) {
                // A note dated in the year 1: the forms' date range holds for imported notes too.
                body = body.replace(
                        "\"body\":\"Read me\"", "\"body\":\"Read me\",\"createdAt\":\"0001-01-01T00:00:00Z\"");
            }
            officer.request()
                    .contentType("application/json")
                    .body(body)
                    .post("/api/v1/cases/import")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(bad.getKey()));
            officer.request().get("/api/v1/cases?q=" + reference).then().body("total", equalTo(0));
        }
    }

    @Test
    void anExportOfAnotherFormatVersionIsRefusedWithThatReason() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        String reference = Cases.newReference();
        String body = transfer(reference, PARTIES, DATES, MARKETS, ASSESSMENTS, "OPEN")
                .replace("\"formatVersion\":1", "\"formatVersion\":2");
        officer.request()
                .contentType("application/json")
                .body(body)
                .post("/api/v1/cases/import")
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("formatVersion"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("format version 2 is not one"));
        officer.request().get("/api/v1/cases?q=" + reference).then().body("total", equalTo(0));
        // The export names the version it is written in.
        officer.request()
                .get("/api/v1/cases/" + Cases.demoCaseId(officer) + "/export")
                .then()
                .body("formatVersion", equalTo(1));
    }

    @Test
    void aLongListIsRefusedFastByItsLimit() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        String parties = "["
                + String.join(",", java.util.Collections.nCopies(20_000, "{\"name\":\"P\",\"role\":\"COMPLAINANT\"}"))
                + "]";
        JsonPath problem = officer.request()
                .contentType("application/json")
                .body(transfer(Cases.newReference(), parties, DATES, MARKETS, ASSESSMENTS, "OPEN"))
                .post("/api/v1/cases/import")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertTrue(problem.getList("errors.field").contains("parties"), problem.prettify());
    }

    @Test
    void aGoodTransferAtAnyStageArrivesAndItsPagesAndExportsWork() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        for (String status : List.of("OPEN", "CLOSED")) {
            String location = officer.request()
                    .contentType("application/json")
                    .body(transfer(Cases.newReference(), PARTIES, DATES, MARKETS, ASSESSMENTS, status))
                    .post("/api/v1/cases/import")
                    .then()
                    .statusCode(201)
                    .extract()
                    .header("Location");
            String id = location.replaceAll(".*/", "");
            officer.request()
                    .get("/api/v1/cases/" + id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo(status))
                    .body("parties[0].name", equalTo("Alpha"));
            for (String page : List.of(
                    "/cases/" + id,
                    "/cases/" + id + "/reports/preview?edition=confidential",
                    "/cases/" + id + "/reports/shares.csv?edition=public",
                    "/api/v1/cases/" + id + "/export")) {
                officer.request().get(page).then().statusCode(200);
            }
        }
    }
}
