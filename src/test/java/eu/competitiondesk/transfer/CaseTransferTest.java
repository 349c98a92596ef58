package eu.competitiondesk.transfer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        Matcher id = Pattern.compile("\"id\":(\\d+)")
                .matcher(officer.request().get("/api/v1/cases?q=AT.90001").asString());
        assertTrue(id.find());
        String json = officer.request()
                .get("/api/v1/cases/" + id.group(1) + "/export")
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
        assertTrue(again.contains("Microsoft's partnership with OpenAI"), "the merger-control assessment travels");
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
                        + "\"sharePercent\":50},\"diversionAbPercent\":10}]}],\"assessments\":[{\"questionnaireId\":\"astrology\","
                        + "\"questionnaireVersion\":1,\"status\":\"DONE\"}]}")
                .post("/api/v1/cases/import")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("type"))
                .body("errors.field", hasItem("markets[0].datasets[0].rows[0].share"))
                .body("errors.field", hasItem("markets[0].criticalLossAnalyses[0].priceRisePercent"))
                .body("errors.field", hasItem("markets[0].upwardPricingPressureAnalyses[0].b.sharePercent"))
                .body("errors.field", hasItem("assessments[0].questionnaireId"))
                .body("errors.field", hasItem("assessments[0].status"));
        officer.request().get("/api/v1/cases?q=" + reference).then().body("total", equalTo(0));
    }
}
