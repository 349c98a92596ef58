package eu.competitiondesk.reports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.security.AppUser;
import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Four eyes on every report: who may approve, the states and their conflicts, the draft marking, the release. */
@Tag("application")
@QuarkusTest
class ReportReviewTest {

    static final String DRAFT = "DRAFT — not approved";

    @Inject
    TestUsers users;

    Session author;
    Session reviewer;
    Session colleague;
    Session admin;
    long caseId;

    @BeforeEach
    void caseWithATeam() {
        author = users.signIn("review-author", Role.CASE_OFFICER);
        AppUser reviewerUser = users.ensure("review-reviewer", Role.CASE_OFFICER);
        AppUser colleagueUser = users.ensure("review-colleague", Role.CASE_OFFICER);
        reviewer = users.signIn("review-reviewer", Role.CASE_OFFICER);
        colleague = users.signIn("review-colleague", Role.CASE_OFFICER);
        admin = users.signIn("review-admin", Role.ADMIN);
        caseId = Cases.open(author, Cases.newReference(), "Reviewed case", "MERGER");
        Cases.addToTeam(author, caseId, reviewerUser.id, "REVIEWER");
        Cases.addToTeam(author, caseId, colleagueUser.id, "OFFICER");
    }

    private long export(Session who, String edition, String format) {
        return ((Number) who.request()
                        .contentType("application/json")
                        .body("{\"edition\":\"" + edition + "\",\"format\":\"" + format + "\"}")
                        .post("/api/v1/cases/" + caseId + "/reports")
                        .then()
                        .statusCode(201)
                        .body("review.status", equalTo("DRAFT"))
                        .body("released", equalTo(false))
                        .extract()
                        .path("id"))
                .longValue();
    }

    /** A step without a body; a state-changing API call still declares JSON (JsonApiContentType). */
    private static io.restassured.response.ValidatableResponse step(Session who, long id, String step) {
        return who.request()
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/reports/" + id + "/" + step)
                .then();
    }

    private io.restassured.response.ValidatableResponse decide(Session who, long id, String body) {
        return who.request()
                .contentType("application/json")
                .body(body)
                .post("/api/v1/reports/" + id + "/decision")
                .then();
    }

    /**
     * A version is a content state: twelve exports of unchanged content at once make one rendition of one version;
     * the other edition and format join that version; changed content starts the next one.
     */
    @Test
    void aVersionIsOneContentStateHoweverManyExportAtOnce() throws Exception {
        java.util.List<java.util.concurrent.Callable<io.restassured.response.Response>> exports =
                new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            exports.add(() -> author.request()
                    .contentType("application/json")
                    .body("{\"edition\":\"public\"}")
                    .post("/api/v1/cases/" + caseId + "/reports"));
        }
        java.util.Set<Integer> ids = new java.util.HashSet<>();
        java.util.Set<Integer> versions = new java.util.HashSet<>();
        int created = 0;
        for (var answer : eu.competitiondesk.support.AtOnce.send(exports)) {
            int status = answer.statusCode();
            assertTrue(status == 201 || status == 200, "made or found: " + status);
            created += status == 201 ? 1 : 0;
            ids.add(answer.then().extract().path("id"));
            versions.add(answer.then().extract().path("version"));
        }
        assertEquals(1, created, "one rendition made");
        assertEquals(1, ids.size(), "one snapshot: " + ids);
        assertEquals(java.util.Set.of(1), versions);
        long publicPdf = ids.iterator().next();
        long publicDocx = export(author, "public", "docx");
        long confidentialPdf = export(author, "confidential", "pdf");
        for (long id : new long[] {publicDocx, confidentialPdf}) {
            author.request().get("/api/v1/reports/" + id).then().body("version", equalTo(1));
        }
        // One review for the version: asked on one rendition, it covers all three; approved once, all are final.
        step(author, publicDocx, "review-request").statusCode(200);
        for (long id : new long[] {publicPdf, publicDocx, confidentialPdf}) {
            author.request().get("/api/v1/reports/" + id).then().body("review.status", equalTo("IN_REVIEW"));
        }
        decide(reviewer, publicPdf, "{\"decision\":\"APPROVE\"}").statusCode(200);
        for (long id : new long[] {publicPdf, publicDocx, confidentialPdf}) {
            author.request()
                    .get("/api/v1/reports/" + id)
                    .then()
                    .body("review.status", equalTo("APPROVED"))
                    .body("review.finalSha256", org.hamcrest.Matchers.notNullValue());
        }
        // A rendition asked for after the approval is the approved content: it is final at once.
        author.request()
                .contentType("application/json")
                .body("{\"edition\":\"confidential\",\"format\":\"docx\"}")
                .post("/api/v1/cases/" + caseId + "/reports")
                .then()
                .statusCode(201)
                .body("version", equalTo(1))
                .body("review.status", equalTo("APPROVED"))
                .body("review.finalSha256", org.hamcrest.Matchers.notNullValue());
        Cases.retitle(author, caseId, "Reviewed case, revised");
        author.request()
                .contentType("application/json")
                .body("{\"edition\":\"public\"}")
                .post("/api/v1/cases/" + caseId + "/reports")
                .then()
                .statusCode(201)
                .body("version", equalTo(2))
                .body("review.status", equalTo("DRAFT"));
    }

    @Test
    void aReviewerMadeReadOnlyDecidesNothingAndReadsOnEveryTeam() {
        long id = export(author, "public", "pdf");
        step(author, id, "review-request").statusCode(200);
        AppUser demoted = users.ensure("review-demoted", Role.CASE_OFFICER);
        Cases.addToTeam(author, caseId, demoted.id, "REVIEWER");
        Session before = Session.signIn("review-demoted", TestUsers.PASSWORD);
        before.page("/cases/" + caseId + "/reports/" + id + "/review").then().statusCode(200);
        // The administrator makes the account read-only through the user page, as they would.
        Session administrator = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        String form = administrator.page("/admin/users/" + demoted.id + "/edit").asString();
        String version = form.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        administrator
                .form()
                .formParam("fullName", "Test review-demoted")
                .formParam("role", "READER")
                .formParam("password", "")
                .formParam("version", version)
                .post("/admin/users/" + demoted.id + "/edit")
                .then()
                .statusCode(303);
        // The same session, at once: the page form and the API both refuse, and the report stays in review.
        decide(before, id, "{\"decision\":\"APPROVE\"}").statusCode(403);
        before.form()
                .formParam("decision", "APPROVE")
                .post("/cases/" + caseId + "/reports/" + id + "/review")
                .then()
                .statusCode(403);
        author.request().get("/api/v1/reports/" + id).then().body("review.status", equalTo("IN_REVIEW"));
        author.request()
                .get("/api/v1/cases/" + caseId)
                .then()
                .body("team.find { it.username == 'review-demoted' }.teamRole", equalTo("READER"));
        // Someone still allowed to decide does.
        decide(reviewer, id, "{\"decision\":\"APPROVE\"}").statusCode(200);
    }

    @Test
    void theAuthorCannotApproveAReviewerCanAndOnlyThenTheFileIsFinal() throws IOException {
        long id = export(author, "public", "pdf");
        // A draft carries the marking on every page.
        byte[] draft = author.request()
                .get("/api/v1/reports/" + id + "/pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(draft)) {
            assertTrue(document.getNumberOfPages() >= 2);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertTrue(stripper.getText(document).contains(DRAFT), "page " + page + " marked as draft");
            }
        }
        // Not in review yet: no decision.
        decide(reviewer, id, "{\"decision\":\"APPROVE\"}").statusCode(409);
        step(author, id, "review-request")
                .statusCode(200)
                .body("review.status", equalTo("IN_REVIEW"))
                .body("review.requestedBy", equalTo("review-author"));
        step(author, id, "review-request").statusCode(409).contentType(containsString("application/problem+json"));
        // The author never approves; an officer is no reviewer; an administrator off the team neither.
        decide(author, id, "{\"decision\":\"APPROVE\"}")
                .statusCode(403)
                .contentType(containsString("application/problem+json"));
        decide(colleague, id, "{\"decision\":\"APPROVE\"}").statusCode(403);
        decide(admin, id, "{\"decision\":\"APPROVE\"}").statusCode(403);
        // An outsider does not learn the report exists.
        Session outsider = users.signIn("review-outsider", Role.CASE_OFFICER);
        decide(outsider, id, "{\"decision\":\"APPROVE\"}").statusCode(404);
        outsider.request().get("/api/v1/reports/" + id).then().statusCode(404);
        // A bad decision names its field; a return needs a comment.
        decide(reviewer, id, "{\"decision\":\"MAYBE\"}").statusCode(400);
        decide(reviewer, id, "{\"decision\":\"RETURN\"}").statusCode(400);

        decide(reviewer, id, "{\"decision\":\"APPROVE\",\"comment\":\"Checked against the file\"}")
                .statusCode(200)
                .body("review.status", equalTo("APPROVED"))
                .body("review.decidedBy", equalTo("review-reviewer"))
                .body("review.decidedAt", notNullValue())
                .body("review.comment", equalTo("Checked against the file"));
        byte[] approved = author.request()
                .get("/api/v1/reports/" + id + "/pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(approved)) {
            String text = new PDFTextStripper().getText(document);
            assertFalse(text.contains(DRAFT), "the approved file carries no draft marking");
            assertTrue(text.contains("NON-CONFIDENTIAL VERSION"));
            assertApprovalOnCoverAndLastPage(document, false);
        }
        // The file's name says what it is: reference, version, edition and status.
        assertTrue(
                author.request()
                        .get("/api/v1/reports/" + id + "/pdf")
                        .header("Content-Disposition")
                        .matches(".*filename=\"AT\\.\\d+-v\\d+-public-approved\\.pdf\".*"),
                "approved file name");
        decide(reviewer, id, "{\"decision\":\"RETURN\",\"comment\":\"late\"}").statusCode(409);
        // The list shows both hashes of the version, the reviewed draft's and the final one, shortened.
        String listed = author.page("/cases/" + caseId).asString();
        String draftSha =
                author.request().get("/api/v1/reports/" + id).jsonPath().getString("sha256");
        assertTrue(listed.contains("Draft: " + draftSha.substring(0, 12)), "draft hash listed");
        assertTrue(listed.contains(">" + draftSha + "<"), "its full value on request");
        assertTrue(
                java.util.regex.Pattern.compile("Final: [0-9a-f]{12}<")
                        .matcher(listed)
                        .find(),
                "final hash listed");

        // Release: only the approved public edition, once; who and when recorded.
        step(author, id, "release")
                .statusCode(200)
                .body("released", equalTo(true))
                .body("releasedBy", equalTo("review-author"))
                .body("releasedAt", notNullValue());
        step(author, id, "release").statusCode(409);
        try (PDDocument released = Loader.loadPDF(author.request()
                .get("/api/v1/reports/" + id + "/pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray())) {
            assertApprovalOnCoverAndLastPage(released, true);
        }
        author.page("/cases/" + caseId).then().body(containsString("Released by review-author"));
        author.page("/cases/" + caseId + "/audit")
                .then()
                .body(containsString("Approved report version"))
                .body(containsString("Released report version"));
    }

    @Test
    void aReturnedReportIsExportedAgainAsASnapshotThatReplacesIt() throws IOException {
        long id = export(author, "confidential", "docx");
        step(author, id, "review-request").statusCode(200);
        decide(reviewer, id, "{\"decision\":\"RETURN\",\"comment\":\"Add the 2025 shares\"}")
                .statusCode(200)
                .body("review.status", equalTo("RETURNED"))
                .body("review.comment", equalTo("Add the 2025 shares"));
        byte[] docx = author.request()
                .get("/api/v1/reports/" + id + "/docx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertTrue(
                    document.getHeaderList().stream().map(XWPFHeader::getText).anyMatch(t -> t.contains(DRAFT)),
                    "every page's header carries the marking");
        }
        // The returned report is not put up again unchanged, and exporting unchanged content gives it back.
        step(author, id, "review-request").statusCode(409).body("detail", containsString("export it again"));
        author.request()
                .contentType("application/json")
                .body("{\"edition\":\"confidential\",\"format\":\"docx\"}")
                .post("/api/v1/cases/" + caseId + "/reports")
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id));
        // Changed content is a new version, which replaces the returned one. A confidential edition approved is
        // never released.
        Cases.retitle(author, caseId, "Reviewed case, with the 2025 shares");
        long again = export(author, "confidential", "docx");
        author.request().get("/api/v1/reports/" + again).then().body("supersedes", equalTo((int) id));
        step(author, again, "review-request").statusCode(200);
        decide(reviewer, again, "{\"decision\":\"APPROVE\"}").statusCode(200);
        step(author, again, "release").statusCode(409);
        author.request()
                .get("/api/v1/reports/" + again)
                .then()
                .body("released", equalTo(false))
                .body("releasedAt", nullValue());
        author.page("/cases/" + caseId).then().body(containsString("Replaces version"));
    }

    @Test
    void theReviewerSeesWhatWaitsAndDecidesOnAPageWithAnErrorSummary() {
        long id = export(author, "public", "pdf");
        reviewer.page("/").then().body(not(containsString("/reports/" + id + "/review\"")));
        author.page("/cases/" + caseId);
        author.form()
                .post("/cases/" + caseId + "/reports/" + id + "/review-request")
                .then()
                .statusCode(303);
        reviewer.page("/")
                .then()
                .body(containsString("Reports waiting for my review"))
                .body(containsString("/cases/" + caseId + "/reports/" + id + "/review"));
        author.page("/").then().body(not(containsString("/reports/" + id + "/review\"")));
        reviewer.page("/cases/" + caseId + "/reports/" + id + "/review");
        reviewer.form()
                .formParam("decision", "RETURN")
                .post("/cases/" + caseId + "/reports/" + id + "/review")
                .then()
                .statusCode(422)
                .body(containsString("govuk-error-summary"))
                .body(containsString("href=\"#comment\""));
        reviewer.page("/cases/" + caseId + "/reports/" + id + "/review");
        reviewer.form()
                .formParam("decision", "RETURN")
                .formParam("comment", "Cite the sources")
                .post("/cases/" + caseId + "/reports/" + id + "/review")
                .then()
                .statusCode(303);
        author.page("/cases/" + caseId)
                .then()
                .body(containsString("Returned"))
                .body(containsString("Cite the sources"));
        // The author's own try at the page is refused with the reason.
        author.form()
                .post("/cases/" + caseId + "/reports/" + id + "/review-request")
                .then()
                .statusCode(303);
        author.page("/cases/" + caseId + "/reports/" + id + "/review");
        author.form()
                .formParam("decision", "APPROVE")
                .post("/cases/" + caseId + "/reports/" + id + "/review")
                .then()
                .statusCode(403)
                .body(containsString("a second team member must approve it"));
    }

    /** The approval block: who approved (by full name) and when, written out, on the cover and the last page. */
    private static void assertApprovalOnCoverAndLastPage(PDDocument document, boolean released) throws IOException {
        for (int page : new int[] {1, document.getNumberOfPages()}) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertTrue(
                    java.util.regex.Pattern.compile(
                                    "Approved by Test review-reviewer on \\d{1,2} [A-Z][a-z]+ \\d{4}\\. Author: ")
                            .matcher(text)
                            .find(),
                    "page " + page + ": " + text);
            assertEquals(released, text.contains("Released on "), "page " + page + " states the release");
        }
    }
}
