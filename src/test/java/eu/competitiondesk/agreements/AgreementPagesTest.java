package eu.competitiondesk.agreements;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An agreement as a history of clauses: recorded, shown over time, corrected under concurrency, and read by an
 * exclusivity assessment as at two days.
 */
@Tag("application")
@QuarkusTest
class AgreementPagesTest {

    @Inject
    TestUsers users;

    Session officer;
    long caseId;
    String agreement;

    @BeforeEach
    void openCase() {
        officer = users.signIn("agreement-officer", Role.CASE_OFFICER);
        caseId = Cases.open(officer, Cases.newReference(), "Agreement case", "ARTICLE_101");
        officer.page("/cases/" + caseId + "/agreements/new");
        Response created = officer.form()
                .formParam("title", "Cloud partnership")
                .formParam("parties", "Supplier, Buyer")
                .post("/cases/" + caseId + "/agreements");
        assertEquals(303, created.statusCode(), created.asString());
        agreement = created.header("Location").replaceAll("^https?://[^/]+", "");
    }

    static Map<String, String> hosting() {
        Map<String, String> clause = new LinkedHashMap<>();
        clause.put("kind", "COMPUTE_EXCLUSIVITY");
        clause.put("summary", "The supplier is the buyer's exclusive cloud provider");
        clause.put("effectiveFrom", "2019-07-22");
        clause.put("effectiveTo", "2025-01-20");
        clause.put("restraintType", "NON_COMPETE");
        clause.put("sourceTitle", "Press release of the parties");
        clause.put("sourceUrl", "https://example.org/partnership");
        clause.put("sourceDate", "2019-07-22");
        clause.put("asReported", "true");
        return clause;
    }

    static Map<String, String> firstRefusal() {
        Map<String, String> clause = new LinkedHashMap<>();
        clause.put("kind", "RIGHT_OF_FIRST_REFUSAL");
        clause.put("summary", "The supplier has a right of first refusal on new capacity");
        clause.put("effectiveFrom", "2025-01-21");
        clause.put("restraintType", "RIGHT_OF_FIRST_REFUSAL");
        clause.put("requirementsShare", "70");
        clause.put("sourceTitle", "Blog post of the supplier");
        clause.put("confidential", "true");
        return clause;
    }

    Response add(Map<String, String> clause) {
        officer.page(agreement + "/clauses/new");
        var request = officer.form();
        clause.forEach(request::formParam);
        return request.post(agreement + "/clauses");
    }

    @Test
    void clausesOverTimeWithTheirSourcesAndChanges() {
        add(hosting()).then().statusCode(303);
        add(firstRefusal()).then().statusCode(303);
        officer.page(agreement)
                .then()
                .statusCode(200)
                .body(containsString("22 July 2019 to 20 January 2025"))
                .body(containsString("from 21 January 2025, no end recorded"))
                .body(containsString("Press release of the parties, 22 July 2019 (as reported)"))
                .body(containsString("From 21 January 2025"))
                .body(containsString("Exclusivity of compute hosting ceases to apply"))
                .body(containsString("Right of first refusal comes into force"))
                .body(containsString("70% of requirements bound"))
                .body(containsString("Confidential"));
        officer.shows("/cases/" + caseId, "Cloud partnership");
        // The public report gives the confidential clause by its dates alone.
        String published = eu.competitiondesk.support.Reports.pdfText(
                        eu.competitiondesk.support.Reports.export(officer, caseId, "public", "pdf"))
                .replaceAll("\\s+", " ");
        assertTrue(published.contains("Agreement over time: Cloud partnership"), published);
        assertTrue(published.contains("[confidential clause]"), "the confidential clause is marked");
        assertTrue(!published.contains("The supplier has a right of first refusal"), "its words are not published");
        assertTrue(!published.contains("Right of first refusal comes into force"), "nor its kind");
        String confidential = eu.competitiondesk.support.Reports.pdfText(
                        eu.competitiondesk.support.Reports.export(officer, caseId, "confidential", "pdf"))
                .replaceAll("\\s+", " ");
        assertTrue(
                confidential.contains("The supplier has a right of first refusal"), "the confidential edition has it");
    }

    @Test
    void badClausesAreRefusedFieldByFieldAndKeepWhatWasTyped() {
        Map<String, String> bad = hosting();
        bad.remove("sourceTitle");
        bad.put("effectiveTo", "2019-01-01");
        bad.put("sourceUrl", "javascript:alert(1)");
        bad.put("requirementsShare", "180");
        add(bad).then()
                .statusCode(422)
                .body(containsString("href=\"#sourceUrl\""))
                .body(containsString("href=\"#requirementsShare\""))
                .body(containsString("The supplier is the buyer&#39;s exclusive cloud provider"));
        bad = hosting();
        bad.remove("sourceTitle");
        bad.put("effectiveTo", "2019-01-01");
        add(bad).then()
                .statusCode(422)
                .body(containsString("href=\"#effectiveTo\""))
                .body(containsString("href=\"#sourceTitle\""));
        // Two clauses from one day that set the restraint differently: which applies cannot be told.
        add(hosting()).then().statusCode(303);
        // The same clause again (a double click) is refused, not stored twice.
        add(hosting()).then().statusCode(422).body(containsString("recorded already"));
        Map<String, String> clash = hosting();
        clash.put("kind", "API_EXCLUSIVITY");
        clash.put("restraintType", "EXCLUSIVE_SUPPLY");
        add(clash).then().statusCode(422).body(containsString("Another clause from the same day"));
        // A duplicate name of agreement is said on its field.
        officer.form()
                .formParam("title", "cloud partnership")
                .formParam("parties", "Other")
                .post("/cases/" + caseId + "/agreements")
                .then()
                .statusCode(422)
                .body(containsString("The case has an agreement of this name already"));
    }

    @Test
    void aCorrectionMadeMeanwhileIsAConflictNotAnOverwrite() {
        String location = add(hosting()).header("Location");
        Matcher id = Pattern.compile("#clause-(\\d+)").matcher(location);
        assertTrue(id.find(), location);
        String edit = agreement + "/clauses/" + id.group(1) + "/edit";
        String version = versionOn(officer.page(edit).asString());
        Map<String, String> corrected = hosting();
        corrected.put("summary", "Exclusive provider of compute");
        corrected.put("version", version);
        var first = officer.form();
        corrected.forEach(first::formParam);
        first.post(edit).then().statusCode(303);
        corrected.put("summary", "A later typing from the same version");
        var second = officer.form();
        corrected.forEach(second::formParam);
        second.post(edit)
                .then()
                .statusCode(409)
                .body(containsString("Someone changed this clause"))
                .body(containsString("A later typing from the same version"));
        officer.page(agreement).then().body(containsString("Exclusive provider of compute"));
        officer.form()
                .post(agreement + "/clauses/" + id.group(1) + "/remove")
                .then()
                .statusCode(303);
        officer.page(agreement).then().body(not(containsString("Exclusive provider of compute")));
    }

    @Test
    void anExclusivityAssessmentReadsTheAgreementAsAtEachDay() {
        add(hosting()).then().statusCode(303);
        add(firstRefusal()).then().statusCode(303);
        long agreementId = Long.parseLong(agreement.replaceAll(".*/", ""));
        officer.page("/cases/" + caseId + "/assessments/new");
        Response started = officer.form()
                .formParam("questionnaire", "exclusivity")
                .formParam("title", "Exclusivity as at a day")
                .post("/cases/" + caseId + "/assessments");
        String base = started.header("Location").replaceAll("^https?://[^/]+", "");
        save(base, "parties", Map.of("q.supplier", "Supplier", "q.buyer", "Buyer", "q.parties_compete", "no"));
        save(base, "markets", Map.of("q.supplier_share", "25", "q.buyer_share", "10"));
        save(base, "restraint", Map.of("q.restraint_type", "NON_COMPETE", "q.indefinite", "no"));
        save(base, "duration", Map.of("q.duration_months", "36", "q.tacit_renewal", "no", "q.terminable", "yes"));
        save(base, "effects", Map.of("q.parallel_networks", "no", "q.entry_barriers", "HIGH", "q.buyer_power", "no"));
        save(base, "dominance", Map.of());
        // An agreement without a day, and a day without an agreement, are refused.
        String version = versionOn(officer.page(base).asString());
        officer.form()
                .formParam("agreementId", Long.toString(agreementId))
                .formParam("version", version)
                .post(base + "/date")
                .then()
                .statusCode(422)
                .body(containsString("href=\"#asOf\""));
        officer.form()
                .formParam("agreementId", Long.toString(agreementId))
                .formParam("asOf", "2025-01-20")
                .formParam("version", version)
                .post(base + "/date")
                .then()
                .statusCode(303);
        // The same version again: someone dated it meanwhile.
        officer.form()
                .formParam("agreementId", Long.toString(agreementId))
                .formParam("asOf", "2025-01-21")
                .formParam("version", version)
                .post(base + "/date")
                .then()
                .statusCode(409);
        officer.page(base + "/findings")
                .then()
                .statusCode(200)
                .body(containsString("The agreement as at 20 January 2025: 1 clause(s) in force"))
                .body(containsString("As at: 20 January 2025"))
                .body(containsString("A non-compete obligation"));
        officer.page(base + "/dates?first=2025-01-20&second=2025-01-21")
                .then()
                .statusCode(200)
                .body(containsString("Exclusivity of compute hosting, 22 July 2019 to 20 January 2025"))
                .body(containsString("[confidential clause], from 21 January 2025, no end recorded"))
                .body(containsString("Quantity forcing, not a non-compete"))
                .body(containsString("Changed"));
        officer.page(base + "/dates?first=2025-02-30&second=x")
                .then()
                .statusCode(422)
                .body(containsString("href=\"#first\""))
                .body(containsString("href=\"#second\""));
    }

    void save(String base, String section, Map<String, String> values) {
        var request = officer.form()
                .formParam(
                        "version",
                        versionOn(officer.page(base + "/sections/" + section).asString()));
        values.forEach(request::formParam);
        Response saved = request.post(base + "/sections/" + section);
        assertEquals(303, saved.statusCode(), section + ": " + saved.asString());
    }

    static String versionOn(String page) {
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertTrue(version.find());
        return version.group(1);
    }
}
