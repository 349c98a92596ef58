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
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("application")
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
                .multiPart("description", "Draft terms as filed")
                .multiPart("confidential", "true")
                .post("/cases/" + caseId + "/documents");
        assertEquals(303, uploaded.statusCode(), uploaded.asString());
        String list = officer.page("/cases/" + caseId + "/documents").asString();
        assertTrue(list.contains("Azure terms (draft).pdf") && list.contains("Confidential"), list);
        Matcher link = Pattern.compile("/documents/(\\d+)/download").matcher(list);
        assertTrue(link.find());
        Response download = officer.request().get("/cases/" + caseId + "/documents/" + link.group(1) + "/download");
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.contentType());
        assertEquals(
                "attachment; filename=\"Azure terms (draft).pdf\"; "
                        + "filename*=UTF-8''Azure%20terms%20%28draft%29.pdf",
                download.header("Content-Disposition"));
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
        Response refused = officer.multipart()
                .multiPart("file", "report.pdf", program, "application/pdf")
                .multiPart("description", "kept on refusal")
                .post("/cases/" + caseId + "/documents");
        assertEquals(422, refused.statusCode());
        assertTrue(refused.asString().contains("Its content was checked, not its name"));
        assertTrue(refused.asString().contains("value=\"kept on refusal\""), "typed description kept");
        assertFalse(officer.page("/cases/" + caseId + "/documents").asString().contains("report.pdf"));
        // Plain text named .csv is a CSV; and a CSV named .pdf is not a PDF.
        officer.multipart()
                .multiPart("file", "shares.csv", "firm,share\nAWS,30\n".getBytes(), "text/csv")
                .post("/cases/" + caseId + "/documents")
                .then()
                .statusCode(303);
        Cases.upload(officer, caseId, "shares.pdf", "firm,share\nAWS,30\n".getBytes(), "application/pdf")
                .then()
                .statusCode(422);
    }

    @Test
    void pathsAndControlCharactersAreStrippedFromFileNames() {
        assertEquals("evil.pdf", FileNames.clean("../../etc/evil.pdf", "pdf"));
        assertEquals("x.pdf", FileNames.clean("C:\\Users\\x.pdf", "pdf"));
        assertEquals("aX-Injected yes.pdf", FileNames.clean("a\r\nX-Injected yes", "pdf"));
        assertEquals("document.pdf", FileNames.clean("..", "pdf"));
        assertEquals("notes.txt.csv", FileNames.clean("notes.txt", "csv"));
        assertEquals(
                "attachment; filename=\"Pr_fung.pdf\"; filename*=UTF-8''Pr%C3%BCfung.pdf",
                eu.competitiondesk.export.Attachment.disposition("Prüfung.pdf"));
        String header = eu.competitiondesk.export.Attachment.disposition("say \"hi\"\\.pdf");
        assertEquals("attachment; filename=\"say _hi__.pdf\"; filename*=UTF-8''say%20%22hi%22%5C.pdf", header);
    }

    @Test
    void anEmptyUploadAsksForAFile() {
        Session officer = officerWithCase();
        officer.page("/cases/" + lastCase + "/documents");
        officer.multipart()
                .multiPart("description", "no file")
                .post("/cases/" + lastCase + "/documents")
                .then()
                .statusCode(422)
                .body(org.hamcrest.Matchers.containsString("Choose a file to upload"));
    }

    @Test
    void bodiesOverTheirLimitAre413WithAPageBeforeTheyAreRead() {
        Session officer = officerWithCase();
        officer.page("/cases/" + lastCase);
        // Expect: 100-continue, as browsers and curl send for large bodies: the answer comes before the body.
        RestAssuredConfig expectContinue = RestAssured.config()
                .httpClient(HttpClientConfig.httpClientConfig().setParam("http.protocol.expect-continue", true));
        // A form post of 2 MB: over the 1 MB limit of everything but documents.
        Response form = officer.request()
                .config(expectContinue)
                .contentType("application/x-www-form-urlencoded")
                .body("noteText=" + "a".repeat(2 << 20))
                .post("/cases/" + lastCase + "/notes");
        assertEquals(413, form.statusCode());
        assertTrue(form.asString().contains("The file or form is too large"), form.asString());
        assertTrue(form.asString().contains("this form takes: at most 1 MB"), "the limit of the form sent to");
        Response api = officer.request()
                .config(expectContinue)
                .contentType("application/json")
                .body(new byte[(1 << 20) + 1])
                .post("/api/v1/concentration");
        assertEquals(413, api.statusCode());
        assertTrue(api.contentType().startsWith("application/problem+json"), api.contentType());
        // A document of 60 MB, over the 50 MB default.
        Response document = officer.request()
                .config(expectContinue)
                .contentType("multipart/form-data; boundary=x")
                .body(new byte[60 << 20])
                .post("/cases/" + lastCase + "/documents");
        assertEquals(413, document.statusCode());
    }

    @Test
    void chunkedBodiesAreRefusedOutsideUploadsAndCountedAgainstTheLimitOnUploads() throws Exception {
        Session officer = officerWithCase();
        officer.page("/cases/" + lastCase);
        HttpResponse<String> api = postChunked(
                officer,
                "/api/v1/concentration",
                "application/json",
                "{\"shares\":[]}".getBytes(StandardCharsets.UTF_8));
        assertEquals(411, api.statusCode());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> form = postChunked(
                officer,
                "/cases/" + lastCase + "/notes",
                "application/x-www-form-urlencoded",
                "noteBody=x".getBytes(StandardCharsets.UTF_8));
        assertEquals(411, form.statusCode());
        assertTrue(form.body().contains("The request does not say how large it is"), form.body());
        // A chunked upload over the limit is stopped while it streams: 413, or the connection closed mid-send when
        // the server answers before the client has finished. Either way nothing is stored.
        Integer status;
        try {
            status = postChunked(
                            officer,
                            "/cases/" + lastCase + "/documents",
                            "multipart/form-data; boundary=x",
                            new byte[60 << 20])
                    .statusCode();
        } catch (IOException closedWhileSending) {
            status = null;
        }
        assertTrue(status == null || status == 413, "status " + status);
        assertFalse(
                officer.request()
                        .get("/cases/" + lastCase + "/documents")
                        .asString()
                        .contains("<td"),
                "no document stored");
    }

    @Test
    void officeFilesAreTheirPackagesNotAnyZipUnderTheirName() throws IOException {
        Session officer = officerWithCase();
        long caseId = lastCase;
        officer.page("/cases/" + caseId + "/documents");
        for (String[] file : new String[][] {{"terms.docx", "docx"}, {"shares.xlsx", "xlsx"}, {"pitch.pptx", "pptx"}}) {
            officer.multipart()
                    .multiPart("file", file[0], officeFile(file[1]), "application/octet-stream")
                    .post("/cases/" + caseId + "/documents")
                    .then()
                    .statusCode(303);
            officer.page("/cases/" + caseId + "/documents");
        }
        String list = officer.page("/cases/" + caseId + "/documents").asString();
        assertTrue(list.contains("terms.docx") && list.contains("shares.xlsx") && list.contains("pitch.pptx"), list);
        // Any ZIP archive named like an Office file is refused with the reason.
        for (String name : java.util.List.of("contract.docx", "figures.xlsx", "deck.pptx")) {
            Response refused = officer.multipart()
                    .multiPart("file", name, zipOf("readme.txt", "not office"), "application/octet-stream")
                    .post("/cases/" + caseId + "/documents");
            assertEquals(422, refused.statusCode(), name);
            String extension = name.substring(name.indexOf('.') + 1);
            assertTrue(
                    refused.asString()
                            .contains("is named ." + extension + " but is not an Office file of that" + " kind"),
                    refused.asString());
            officer.page("/cases/" + caseId + "/documents");
        }
        // A Word document with macros saved under a plain name.
        Response macros = officer.multipart()
                .multiPart("file", "report.docx", withMacros(officeFile("docx")), "application/octet-stream")
                .post("/cases/" + caseId + "/documents");
        assertEquals(422, macros.statusCode());
        assertTrue(macros.asString().contains("The file holds macros"), macros.asString());
        officer.page("/cases/" + caseId + "/documents");
        // Named .pdf but not a PDF: refused whatever else it is.
        Response text = officer.multipart()
                .multiPart("file", "minutes.pdf", zipOf("a.txt", "x"), "application/pdf")
                .post("/cases/" + caseId + "/documents");
        assertEquals(422, text.statusCode());
        assertTrue(text.asString().contains("does not begin like a PDF"), text.asString());
    }

    @Test
    void theStatedLimitIsTheFilesOwnSize() throws IOException {
        Session officer = officerWithCase();
        long caseId = lastCase;
        officer.page("/cases/" + caseId + "/documents");
        byte[] exactly = new byte[50 << 20];
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, exactly, 0, header.length);
        officer.multipart()
                .multiPart("file", "exactly-50-MB.pdf", exactly, "application/pdf")
                .multiPart("description", "At the limit")
                .post("/cases/" + caseId + "/documents")
                .then()
                .statusCode(303);
        officer.page("/cases/" + caseId + "/documents");
        byte[] over = java.util.Arrays.copyOf(exactly, exactly.length + 1);
        Response refused = officer.multipart()
                .multiPart("file", "one-byte-over.pdf", over, "application/pdf")
                .post("/cases/" + caseId + "/documents");
        assertEquals(422, refused.statusCode());
        assertTrue(refused.asString().contains("The file is larger than 50 MB"), refused.asString());
        String list = officer.page("/cases/" + caseId + "/documents").asString();
        assertTrue(list.contains("exactly-50-MB.pdf") && !list.contains("one-byte-over.pdf"));
    }

    @Test
    void namesLoseControlAndFormatCharactersAndAreCutOnWholeCharacters() {
        // Right-to-left override, isolates, a right-to-left mark and zero-width characters make a name read wrong.
        assertEquals("invoicefdp.exe.pdf", FileNames.clean("invoice\u202Efdp.exe", "pdf"));
        assertEquals("ab cd.pdf", FileNames.clean("\u2066a\u200Fb\u2069 c\u200Bd\uFEFF.pdf", "pdf"));
        assertEquals("tab.pdf", FileNames.clean("t\u0009a\u0085b", "pdf"));
        String faces = "\uD83D\uDE00".repeat(300);
        String cut = FileNames.clean(faces, "pdf");
        assertEquals(255, cut.codePointCount(0, cut.length()));
        assertTrue(cut.endsWith("\uD83D\uDE00.pdf"), "no half character before the extension");
        cut.codePoints().forEach(c -> assertFalse(Character.isSurrogate((char) c) && c < 0x10000, "a lone half"));
    }

    @Test
    void beforeSignInNoBodyIsReadWhereverItIsSent() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", RestAssured.port)) {
            socket.getOutputStream()
                    .write(("POST /cases/1/documents HTTP/1.1\r\nHost: localhost\r\n"
                                    + "Content-Type: multipart/form-data; boundary=x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                    + "5\r\n--x\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // The answer comes while the body is still unsent: the sign-in page, and nothing of it was read.
            socket.setSoTimeout(5_000);
            String status = new java.io.BufferedReader(
                            new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
            assertTrue(status != null && status.startsWith("HTTP/1.1 302"), status);
        }
    }

    private static byte[] officeFile(String kind) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            switch (kind) {
                case "docx" -> {
                    try (org.apache.poi.xwpf.usermodel.XWPFDocument document =
                            new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
                        document.createParagraph().createRun().setText("Terms of the partnership");
                        document.write(out);
                    }
                }
                case "xlsx" -> {
                    try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook =
                            new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
                        workbook.createSheet("Shares")
                                .createRow(0)
                                .createCell(0)
                                .setCellValue("AWS");
                        workbook.write(out);
                    }
                }
                default -> {
                    try (org.apache.poi.xslf.usermodel.XMLSlideShow slides =
                            new org.apache.poi.xslf.usermodel.XMLSlideShow()) {
                        slides.createSlide();
                        slides.write(out);
                    }
                }
            }
            return out.toByteArray();
        }
    }

    private static byte[] zipOf(String name, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** The same package with its main part declared as a macro-enabled Word document (.docm). */
    private static byte[] withMacros(byte[] docx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx));
                java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("[Content_Types].xml")) {
                    content = new String(content, StandardCharsets.UTF_8)
                            .replace(
                                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                                    "application/vnd.ms-word.document.macroEnabled.main+xml")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A body of unknown length goes out with Transfer-Encoding: chunked and no Content-Length. */
    private static HttpResponse<String> postChunked(Session session, String path, String type, byte[] body)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Content-Type", type)
                .header(
                        "Cookie",
                        "desk-session=" + session.cookie("desk-session") + "; desk-form-token="
                                + session.cookie("desk-form-token"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    private long lastCase;

    private Session officerWithCase() {
        Session officer = users.signIn("doc-officer", Role.CASE_OFFICER);
        lastCase = Cases.open(officer, Cases.newReference(), "Documents test", "ARTICLE_102");
        return officer;
    }

    private static byte[] onePagePdf() throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
