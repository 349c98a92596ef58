package eu.competitiondesk.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestSessions;
import eu.competitiondesk.support.TestUsers;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocumentTest {

    @Inject
    TestUsers users;

    @Inject
    TestSessions sessions;

    @Test
    void aPdfIsStoredAndComesBackByteForByteAsAnAttachment() throws IOException {
        Session officer = officerWithCase();
        long caseId = lastCase;
        byte[] pdf = onePagePdf();
        officer.page("/cases/" + caseId + "/documents");
        Response uploaded = officer.multipart()
                .multiPart("file", "Azure terms (draft).pdf", pdf, "application/octet-stream")
                .multiPart("description", "Draft terms as filed").multiPart("confidential", "true")
                .post("/cases/" + caseId + "/documents");
        assertEquals(303, uploaded.statusCode(), uploaded.asString());
        String list = officer.page("/cases/" + caseId + "/documents").asString();
        assertTrue(list.contains("Azure terms (draft).pdf") && list.contains("Confidential"), list);
        Matcher link = Pattern.compile("/documents/(\\d+)/download").matcher(list);
        assertTrue(link.find());
        Response download = officer.request().get("/cases/" + caseId + "/documents/" + link.group(1) + "/download");
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.contentType());
        assertEquals("attachment; filename=\"Azure terms (draft).pdf\"; "
                + "filename*=UTF-8''Azure%20terms%20%28draft%29.pdf", download.header("Content-Disposition"));
        assertEquals("nosniff", download.header("X-Content-Type-Options"));
        assertArrayEquals(pdf, download.asByteArray());
        assertEquals(1, sessions.auditCount("DOCUMENT_UPLOADED", "application/pdf"));
        assertTrue(sessions.auditCount("DOCUMENT_DOWNLOADED", "document " + link.group(1)) >= 1);
    }

    @Test
    void theTypeComesFromTheContentNotTheName() {
        Session officer = officerWithCase();
        long caseId = lastCase;
        officer.page("/cases/" + caseId + "/documents");
        byte[] program = new byte[256];
        program[0] = 'M';
        program[1] = 'Z';
        Response refused = officer.multipart().multiPart("file", "report.pdf", program, "application/pdf")
                .multiPart("description", "kept on refusal").post("/cases/" + caseId + "/documents");
        assertEquals(422, refused.statusCode());
        assertTrue(refused.asString().contains("Its content was checked, not its name"));
        assertTrue(refused.asString().contains("value=\"kept on refusal\""), "typed description kept");
        assertFalse(officer.page("/cases/" + caseId + "/documents").asString().contains("report.pdf"));
        // Plain text named .csv is a CSV; and a CSV named .pdf is not a PDF.
        officer.multipart().multiPart("file", "shares.csv", "firm,share\nAWS,30\n".getBytes(), "text/csv")
                .post("/cases/" + caseId + "/documents").then().statusCode(303);
        officer.page("/cases/" + caseId + "/documents");
        officer.multipart().multiPart("file", "shares.pdf", "firm,share\nAWS,30\n".getBytes(), "application/pdf")
                .post("/cases/" + caseId + "/documents").then().statusCode(422);
    }

    @Test
    void pathsAndControlCharactersAreStrippedFromFileNames() {
        assertEquals("evil.pdf", FileNames.clean("../../etc/evil.pdf", "pdf"));
        assertEquals("x.pdf", FileNames.clean("C:\\Users\\x.pdf", "pdf"));
        assertEquals("aX-Injected yes.pdf", FileNames.clean("a\r\nX-Injected yes", "pdf"));
        assertEquals("document.pdf", FileNames.clean("..", "pdf"));
        assertEquals("notes.txt.csv", FileNames.clean("notes.txt", "csv"));
        assertEquals("attachment; filename=\"Pr_fung.pdf\"; filename*=UTF-8''Pr%C3%BCfung.pdf",
                eu.competitiondesk.web.Attachment.disposition("Prüfung.pdf"));
        String header = eu.competitiondesk.web.Attachment.disposition("say \"hi\"\\.pdf");
        assertEquals("attachment; filename=\"say _hi__.pdf\"; filename*=UTF-8''say%20%22hi%22%5C.pdf", header);
    }

    @Test
    void anEmptyUploadAsksForAFile() {
        Session officer = officerWithCase();
        officer.page("/cases/" + lastCase + "/documents");
        officer.multipart().multiPart("description", "no file").post("/cases/" + lastCase + "/documents").then()
                .statusCode(422).body(org.hamcrest.Matchers.containsString("Choose a file to upload"));
    }

    @Test
    void bodiesOverTheirLimitAre413WithAPageBeforeTheyAreRead() {
        Session officer = officerWithCase();
        officer.page("/cases/" + lastCase);
        // Expect: 100-continue, as browsers and curl send for large bodies: the answer comes before the body.
        RestAssuredConfig expectContinue = RestAssured.config()
                .httpClient(HttpClientConfig.httpClientConfig().setParam("http.protocol.expect-continue", true));
        // A form post of 2 MB: over the 1 MB limit of everything but documents.
        Response form = officer.request().config(expectContinue).contentType("application/x-www-form-urlencoded")
                .body("noteText=" + "a".repeat(2 << 20)).post("/cases/" + lastCase + "/notes");
        assertEquals(413, form.statusCode());
        assertTrue(form.asString().contains("The file or form is too large"), form.asString());
        assertTrue(form.asString().contains("at most 50 MB"), form.asString());
        Response api = officer.request().config(expectContinue).contentType("application/json")
                .body(new byte[(1 << 20) + 1]).post("/api/v1/concentration");
        assertEquals(413, api.statusCode());
        assertTrue(api.contentType().startsWith("application/problem+json"), api.contentType());
        // A document of 60 MB, over the 50 MB default.
        Response document = officer.request().config(expectContinue)
                .contentType("multipart/form-data; boundary=x").body(new byte[60 << 20])
                .post("/cases/" + lastCase + "/documents");
        assertEquals(413, document.statusCode());
    }

    @Test
    void chunkedBodiesAreRefusedOutsideUploadsAndCountedAgainstTheLimitOnUploads() throws Exception {
        Session officer = officerWithCase();
        officer.page("/cases/" + lastCase);
        HttpResponse<String> api = postChunked(officer, "/api/v1/concentration", "application/json",
                "{\"shares\":[]}".getBytes(StandardCharsets.UTF_8));
        assertEquals(411, api.statusCode());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> form = postChunked(officer, "/cases/" + lastCase + "/notes",
                "application/x-www-form-urlencoded", "noteBody=x".getBytes(StandardCharsets.UTF_8));
        assertEquals(411, form.statusCode());
        assertTrue(form.body().contains("The request does not say how large it is"), form.body());
        // A chunked upload over the limit is stopped while it streams: 413, or the connection closed mid-send when
        // the server answers before the client has finished. Either way nothing is stored.
        Integer status;
        try {
            status = postChunked(officer, "/cases/" + lastCase + "/documents", "multipart/form-data; boundary=x",
                    new byte[60 << 20]).statusCode();
        } catch (IOException closedWhileSending) {
            status = null;
        }
        assertTrue(status == null || status == 413, "status " + status);
        assertFalse(officer.request().get("/cases/" + lastCase + "/documents").asString().contains("<td"),
                "no document stored");
    }

    /** A body of unknown length goes out with Transfer-Encoding: chunked and no Content-Length. */
    private static HttpResponse<String> postChunked(Session session, String path, String type, byte[] body)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Content-Type", type).header("Cookie", "desk-session=" + session.cookie("desk-session")
                        + "; desk-form-token=" + session.cookie("desk-form-token"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    private long lastCase;

    private Session officerWithCase() {
        Session officer = users.signIn("doc-officer", Role.CASE_OFFICER);
        lastCase = Cases.open(officer, Cases.newReference(), "Documents test", "ARTICLE_102");
        return officer;
    }

    private static byte[] onePagePdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
