package eu.competitiondesk.assessments;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Reports;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** An answer's evidence cites documents of the case file, with pinpoints; a cited document stays until uncited. */
@Tag("application")
@QuarkusTest
class EvidenceCitationTest {

    static final String SECRET_FILE = "DataRoomIndexQx71.csv";
    static final String PUBLIC_FILE = "published-notice.csv";

    @Inject
    TestUsers users;

    Session officer;
    long caseId;
    long secretId;
    long publicId;
    String base;

    private long upload(String name, boolean confidential) {
        officer.page("/cases/" + caseId + "/documents");
        var request = officer.multipart().multiPart("file", name, "firm,share\nAWS,30\n".getBytes(), "text/csv");
        if (confidential) {
            request.multiPart("confidential", "true");
        }
        request.post("/cases/" + caseId + "/documents").then().statusCode(303);
        Matcher id = Pattern.compile("/documents/(\\d+)/download\"[^>]*>" + Pattern.quote(name))
                .matcher(officer.page("/cases/" + caseId + "/documents").asString());
        assertTrue(id.find(), name + " listed");
        return Long.parseLong(id.group(1));
    }

    private Response save(String section, Map<String, Object> values) {
        String page = officer.page(base + "/sections/" + section).asString();
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertTrue(version.find(), section);
        var request = officer.form().formParam("version", version.group(1));
        values.forEach(request::formParam);
        return request.post(base + "/sections/" + section);
    }

    @BeforeEach
    void caseWithDocumentsAndAnAssessment() {
        officer = users.signIn("citation-officer", Role.CASE_OFFICER);
        caseId = Cases.open(officer, Cases.newReference(), "Cited case", "ARTICLE_101");
        secretId = upload(SECRET_FILE, true);
        publicId = upload(PUBLIC_FILE, false);
        officer.page("/cases/" + caseId + "/assessments/new");
        Response started = officer.form()
                .formParam("questionnaire", "exclusivity")
                .formParam("title", "Cited")
                .post("/cases/" + caseId + "/assessments");
        assertEquals(303, started.statusCode());
        base = started.header("Location").replaceAll("^https?://[^/]+", "");
    }

    @Test
    void aDocumentCitedWhileItIsRemovedEndsInOneClearAnswerEachTime() throws Exception {
        for (int round = 0; round < 6; round++) {
            long documentId = upload("race-" + round + ".csv", false);
            String page = officer.page(base + "/sections/parties").asString();
            Matcher version =
                    Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
            assertTrue(version.find());
            String token = officer.csrfToken();
            java.util.List<java.util.concurrent.Callable<Response>> both = java.util.List.of(
                    () -> officer.request()
                            .contentType("application/x-www-form-urlencoded")
                            .formParam("csrf-token", token)
                            .formParam("version", version.group(1))
                            .formParam("q.supplier", "Microsoft")
                            .formParam("q.buyer", "OpenAI")
                            .formParam("q.parties_compete", "no")
                            .formParam("cite.parties_compete", documentId)
                            .post(base + "/sections/parties"),
                    () -> officer.request()
                            .contentType("application/x-www-form-urlencoded")
                            .formParam("csrf-token", token)
                            .post("/cases/" + caseId + "/documents/" + documentId + "/remove"));
            java.util.List<Response> answers = eu.competitiondesk.support.AtOnce.send(both);
            int saved = answers.get(0).statusCode();
            int removed = answers.get(1).statusCode();
            assertTrue(
                    (saved == 303 || saved == 409 || saved == 422) && (removed == 303 || removed == 409),
                    "round " + round + ": save " + saved + ", removal " + removed);
            // Exactly one of them won: the citation stands and the document stays, or the document went and the
            // form says so (409 when it went during the save, 422 when it was gone before the save began).
            assertTrue(saved == 303 ^ removed == 303, "round " + round + ": save " + saved + ", removal " + removed);
            if (saved == 409) {
                assertTrue(answers.get(0).asString().contains("was removed from the case file meanwhile"));
            } else if (saved == 422) {
                assertTrue(answers.get(0).asString().contains("Cite only documents of this case"));
            } else {
                assertTrue(answers.get(1).asString().contains("cited as evidence"));
            }
        }
    }

    @Test
    void citationsShowOnTheFindingsAndInTheReportAndHoldTheDocument() throws IOException {
        // A document of another case cannot be cited.
        Session other = users.signIn("citation-other", Role.CASE_OFFICER);
        long otherCase = Cases.open(other, Cases.newReference(), "Other case", "ARTICLE_101");
        Cases.upload(other, otherCase, "elsewhere.csv", "a,b\n".getBytes(), "text/csv")
                .then()
                .statusCode(303);
        save(
                        "parties",
                        Map.of(
                                "q.supplier",
                                "Microsoft",
                                "q.buyer",
                                "OpenAI",
                                "q.parties_compete",
                                "no",
                                "cite.supplier",
                                String.valueOf(secretId + 1000)))
                .then()
                .statusCode(422)
                .body(containsString("Cite only documents of this case"));

        Map<String, Object> parties = new HashMap<>(Map.of(
                "q.supplier",
                "Microsoft",
                "q.buyer",
                "OpenAI",
                "q.parties_compete",
                "no",
                "cite.parties_compete",
                String.valueOf(publicId),
                "pinpoint.parties_compete." + publicId,
                "para 12"));
        save("parties", parties).then().statusCode(303);
        save(
                        "markets",
                        Map.of(
                                "q.supplier_share",
                                "22",
                                "q.buyer_share",
                                "5",
                                "cite.supplier_share",
                                String.valueOf(secretId),
                                "pinpoint.supplier_share." + secretId,
                                "p. 4"))
                .then()
                .statusCode(303);
        save("restraint", Map.of("q.restraint_type", "NON_COMPETE", "q.indefinite", "no"))
                .then()
                .statusCode(303);
        save("duration", Map.of("q.duration_months", "24", "q.tacit_renewal", "no", "q.terminable", "yes"))
                .then()
                .statusCode(303);
        save("effects", Map.of("q.parallel_networks", "no", "q.entry_barriers", "LOW", "q.buyer_power", "no"))
                .then()
                .statusCode(303);
        save("dominance", Map.of()).then().statusCode(303);
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(officer.page(base + "/check").asString());
        assertTrue(version.find());
        officer.form()
                .formParam("version", version.group(1))
                .post(base + "/complete")
                .then()
                .statusCode(303);

        String findings = officer.page(base + "/findings").asString();
        assertTrue(
                findings.contains("href=\"/cases/" + caseId + "/documents/" + secretId + "/download\">" + SECRET_FILE
                        + "</a>, p. 4"),
                "the citation links to the document with its pinpoint");
        assertTrue(findings.contains(PUBLIC_FILE + "</a>, para 12"));

        // The cited document cannot be removed; the refusal names the answer citing it.
        officer.page("/cases/" + caseId + "/documents");
        officer.form()
                .post("/cases/" + caseId + "/documents/" + secretId + "/remove")
                .then()
                .statusCode(409)
                .body(containsString("cited as evidence"))
                .body(containsString("Supplier"));
        officer.page("/cases/" + caseId + "/documents").then().body(containsString(SECRET_FILE));

        // The report lists the cited documents per finding and in the sources; the public one names no secret file.
        String confidentialText = pdf("confidential");
        assertTrue(confidentialText.contains(SECRET_FILE + ", p. 4"), "named in the confidential edition");
        assertTrue(confidentialText.contains("Documents cited"));
        String publicText = pdf("public");
        assertFalse(publicText.contains("DataRoomIndexQx71"), "a confidential document is never named in public");
        assertTrue(publicText.contains("[confidential document]"));
        assertTrue(publicText.contains(PUBLIC_FILE + ", para 12"), "a public document stays named");
        String publicDocx = docx("public");
        assertFalse(publicDocx.contains("DataRoomIndexQx71"), "nor in the public DOCX");
        assertTrue(publicDocx.contains("[confidential document]"));

        // Once no answer cites it, the document can go.
        save("markets", Map.of("q.supplier_share", "22", "q.buyer_share", "5"))
                .then()
                .statusCode(303);
        officer.page("/cases/" + caseId + "/documents");
        officer.form()
                .post("/cases/" + caseId + "/documents/" + secretId + "/remove")
                .then()
                .statusCode(303);
    }

    private String docx(String edition) throws IOException {
        byte[] bytes = Reports.export(officer, caseId, edition, "docx");
        // Every part of the package, not only the body: headers, properties, comments.
        StringBuilder text = new StringBuilder();
        try (java.util.zip.ZipInputStream zip =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                text.append(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    private String pdf(String edition) throws IOException {
        return Reports.pdfText(Reports.export(officer, caseId, edition, "pdf")).replaceAll("\s+", " ");
    }
}
