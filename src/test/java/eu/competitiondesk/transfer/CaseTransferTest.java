package eu.competitiondesk.transfer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("application")
@QuarkusTest
class CaseTransferTest {

    @Test
    void theDemoCaseTravelsToANewReferenceWithEverything() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        String demoId = Cases.demoCaseId(officer);
        String json = officer.request()
                .get("/api/v1/cases/" + demoId + "/export")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .body("formatVersion", equalTo(1))
                .body("markets.name", hasItem("Worldwide IaaS"))
                .extract()
                .asString();
        // Importing the same reference again is refused; under a new one it arrives whole.
        officer.request()
                .contentType("application/json")
                .body(json)
                .post("/api/v1/cases/import")
                .then()
                .statusCode(409);
        String reference = Cases.newReference();
        String location = officer.request()
                .contentType("application/json")
                .body(json.replace("\"AT.90001\"", "\"" + reference + "\""))
                .post("/api/v1/cases/import")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        officer.request()
                .get(location)
                .then()
                .statusCode(200)
                .body("reference", equalTo(reference))
                .body("parties.name", hasItem("OpenAI Group PBC"));
        String newId = location.replaceAll(".*/", "");
        String again =
                officer.request().get("/api/v1/cases/" + newId + "/export").asString();
        assertTrue(again.contains("Azure exclusivity for OpenAI"), "assessments travel");
        assertTrue(again.contains("\"confidential\":true"), "confidential markings travel");
        assertTrue(again.contains("Gartner"), "datasets travel");
        assertTrue(again.contains("is a worldwide market a relevant market?"), "economic analyses travel");
        assertTrue(again.contains("\"supplierWeightPercent\":27"), "the vertical analysis travels with its weights");
        assertTrue(again.contains("\"demand\":\"AIDS\""), "the merger simulation travels");
        assertTrue(again.contains("\"elasticityLow\":-1.5"), "with its sensitivity run's ranges");
        assertTrue(
                again.contains("{\"name\":\"All others\",\"firm\":null,\"price\":100,\"sharePercent\":24,"),
                "and its products, figure by figure");
        assertTrue(again.contains("Microsoft's partnership with OpenAI"), "the merger-control assessment travels");
        assertTrue(again.contains("\"effectiveTo\":\"2025-10-27\""), "agreements travel with their clauses' dates");
        assertTrue(again.contains("\"asOf\":\"2025-06-01\""), "the day an assessment is dated travels");
        assertTrue(
                again.contains("\"agreement\":\"Microsoft and OpenAI partnership\""),
                "the agreement an assessment reads travels");
        officer.shows("/cases/" + newId, "Worldwide cloud infrastructure services");
    }

    @Test
    void aBrokenTransferIsRefusedWholeNamingEachField() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        String reference = Cases.newReference();
        officer.request()
                .contentType("application/json")
                .body("{\"formatVersion\":1,\"reference\":\"" + reference
                        + "\",\"title\":\"Broken\",\"type\":\"CARTEL\",\"status\":\"OPEN\",\"openedOn\":\"2025-01-01\","
                        + "\"markets\":[{\"name\":\"M\",\"productScope\":\"P\",\"geographicScope\":\"G\",\"period\":\"2025\","
                        + "\"shareBasis\":\"REVENUE\",\"datasets\":[{\"period\":\"2025\",\"source\":\"S\",\"rows\":[{\"firm\":"
                        + "\"A\",\"share\":150}]}],\"criticalLossAnalyses\":[{\"name\":\"C\",\"source\":\"S\","
                        + "\"priceRisePercent\":25,\"marginPercent\":40}],\"upwardPricingPressureAnalyses\":[{\"name\":"
                        + "\"U\",\"source\":\"S\",\"a\":{\"name\":\"A\",\"price\":1,\"marginPercent\":10,"
                        + "\"sharePercent\":60},\"b\":{\"name\":\"B\",\"price\":1,\"marginPercent\":10,"
                        + "\"sharePercent\":50},\"diversionAbPercent\":10}],\"mergerSimulations\":[{\"name\":\"S\","
                        + "\"source\":\"S\",\"demand\":\"LOGIT\",\"products\":[{\"name\":\"A\",\"price\":1,"
                        + "\"sharePercent\":30}],\"merging\":[\"A\"],\"outsideSharePercent\":60}]}],\"assessments\":[{\"questionnaireId\":\"astrology\","
                        + "\"questionnaireVersion\":1,\"status\":\"DONE\"}]}")
                .post("/api/v1/cases/import")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("type"))
                .body("errors.field", hasItem("markets[0].datasets[0].rows[0].share"))
                .body("errors.field", hasItem("markets[0].criticalLossAnalyses[0].priceRisePercent"))
                .body("errors.field", hasItem("markets[0].upwardPricingPressureAnalyses[0].b.sharePercent"))
                .body("errors.field", hasItem("markets[0].mergerSimulations[0].products"))
                .body("errors.field", hasItem("markets[0].mergerSimulations[0].merging"))
                .body("errors.field", hasItem("assessments[0].questionnaireId"))
                .body("errors.field", hasItem("assessments[0].status"));
        officer.request().get("/api/v1/cases?q=" + reference).then().body("total", equalTo(0));
    }

    /**
     * The officer's own reasoning travels with the case: under a market, under a conclusion, and the report's
     * introduction, each passage with its tick; the new case holds them as its first revision, shows them, and
     * exports them again as they came. A passage the officer's form would refuse is refused here, by its path.
     */
    @Test
    void theOfficersReasoningTravelsWithTheCase() throws Exception {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        String demoId = Cases.demoCaseId(officer);
        ObjectMapper json = new ObjectMapper();
        ObjectNode transfer = (ObjectNode) json.readTree(
                officer.request().get("/api/v1/cases/" + demoId + "/export").asString());
        String reference = Cases.newReference();
        transfer.put("reference", reference);
        ((ObjectNode) transfer.withArray("markets").get(0))
                .set("officerAssessment", json.readTree("[{\"text\":\"MarketReasoningKq4 holds.\"}]"));
        ((ObjectNode) transfer.withArray("assessments").get(0))
                .set(
                        "officerAssessments",
                        json.readTree("[{\"conclusion\":\"block-exemption\",\"passages\":["
                                + "{\"text\":\"OpenConclusionKq4.\"},"
                                + "{\"text\":\"SecretConclusionKq4.\",\"confidential\":true}]}]"));
        transfer.set("introduction", json.readTree("[{\"text\":\"IntroductionKq4.\"}]"));

        ObjectNode tooLong = transfer.deepCopy();
        ((ObjectNode) tooLong.withArray("markets").get(0))
                .set("officerAssessment", json.readTree("[{\"text\":\"" + "x".repeat(5001) + "\"}]"));
        officer.request()
                .contentType("application/json")
                .body(tooLong.toString())
                .post("/api/v1/cases/import")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("markets[0].officerAssessment.passage-1"));
        officer.request().get("/api/v1/cases?q=" + reference).then().body("total", equalTo(0));

        String location = officer.request()
                .contentType("application/json")
                .body(transfer.toString())
                .post("/api/v1/cases/import")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String newId = location.replaceAll(".*/", "");
        JsonNode again = json.readTree(
                officer.request().get("/api/v1/cases/" + newId + "/export").asString());
        assertEquals(
                transfer.withArray("markets").get(0).get("officerAssessment").toString(),
                again.withArray("markets")
                        .get(0)
                        .get("officerAssessment")
                        .toString()
                        .replace(",\"confidential\":false", ""));
        JsonNode conclusion =
                again.withArray("assessments").get(0).get("officerAssessments").get(0);
        assertEquals("block-exemption", conclusion.get("conclusion").asText());
        assertEquals(
                "SecretConclusionKq4.",
                conclusion.get("passages").get(1).get("text").asText());
        assertTrue(conclusion.get("passages").get(1).get("confidential").asBoolean(), "the tick travels");
        assertFalse(conclusion.get("passages").get(0).get("confidential").asBoolean());
        assertEquals(
                "IntroductionKq4.", again.get("introduction").get(0).get("text").asText());
        assertEquals(0, again.get("closing").size());
        String market = officer.page("/cases/" + newId).asString();
        Matcher marketLink =
                Pattern.compile("href=\"(/cases/" + newId + "/markets/\\d+)\"").matcher(market);
        assertTrue(marketLink.find(), market);
        officer.shows(marketLink.group(1), "MarketReasoningKq4 holds.");
    }
}
