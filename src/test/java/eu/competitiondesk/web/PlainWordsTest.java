package eu.competitiondesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.assessments.questionnaire.Questionnaire;
import eu.competitiondesk.assessments.questionnaire.QuestionnaireCatalog;
import eu.competitiondesk.cases.CaseResource;
import eu.competitiondesk.support.CaseFixtures;
import eu.competitiondesk.support.Reports;
import eu.competitiondesk.support.Routes;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What people read is in their words: every page the route walker reaches on the demo case, and the text of every
 * report and CSV export of it, is searched for anything that looks like a code: an enum name, a Java boolean or
 * null, or a question id.
 */
@Tag("application")
@QuarkusTest
class PlainWordsTest {

    private static final Pattern ENUM_NAME = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b");
    private static final Pattern LITERAL = Pattern.compile("\\b(true|false|null)\\b");

    @Inject
    CaseFixtures fixtures;

    @Test
    void noPageOrExportOfTheDemoCaseShowsACode() throws Exception {
        long caseId = fixtures.demoCaseId();
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        Map<String, String> ids = fixtures.idsForEveryRoute(officer, caseId);
        Set<String> questionIds = questionIds();
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

        List<String> codes = new ArrayList<>();
        int pages = 0;
        for (Routes.Route route : Routes.all(CaseResource.class)) {
            if (!route.method().equals("GET")
                    || route.path().startsWith("/api")
                    || route.path().startsWith("/q/")
                    || route.path().matches(".*(\\.csv|/download|/docx|/pdf|/export|/logout|/sso.*)$")) {
                continue;
            }
            String path = Routes.fill(route.path(), ids);
            if (path == null) {
                continue;
            }
            Response response = officer.request().get(path);
            if (response.statusCode() == 403) {
                // Administration pages: read as an administrator.
                response = admin.request().get(path);
            }
            String type = String.valueOf(response.contentType());
            if (response.statusCode() != 200 || !type.contains("html")) {
                continue;
            }
            pages++;
            // The text people see, and the labels a screen reader reads; not attribute values such as ids.
            var document = Jsoup.parse(response.asString());
            document.select("script, style").remove();
            StringBuilder text = new StringBuilder(document.text());
            document.select("[aria-label], [title], [alt]")
                    .forEach(e -> text.append(' ')
                            .append(e.attr("aria-label"))
                            .append(' ')
                            .append(e.attr("title"))
                            .append(' ')
                            .append(e.attr("alt")));
            check(path, text.toString(), questionIds, codes);
        }
        assertTrue(pages >= 20, "the walker reached the case's pages: " + pages);

        for (String edition : List.of("confidential", "public")) {
            for (String format : List.of("pdf", "docx")) {
                byte[] bytes = Reports.export(officer, caseId, edition, format);
                check(
                        edition + " " + format,
                        format.equals("pdf") ? Reports.pdfText(bytes) : Reports.docxText(bytes),
                        questionIds,
                        codes);
            }
            for (String csv : List.of("shares.csv", "answers.csv")) {
                check(
                        edition + " " + csv,
                        officer.request()
                                .get("/cases/" + caseId + "/reports/" + csv + "?edition=" + edition)
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString(),
                        questionIds,
                        codes);
            }
        }
        assertEquals(List.of(), codes, "codes where people read words");
    }

    private static void check(String where, String text, Set<String> questionIds, List<String> codes) {
        Set<String> found = new LinkedHashSet<>();
        Matcher enumName = ENUM_NAME.matcher(text);
        while (enumName.find()) {
            found.add(enumName.group());
        }
        Matcher literal = LITERAL.matcher(text);
        while (literal.find()) {
            found.add(literal.group());
        }
        for (String id : questionIds) {
            if (Pattern.compile("\\b" + Pattern.quote(id) + "\\b").matcher(text).find()) {
                found.add(id);
            }
        }
        if (!found.isEmpty()) {
            codes.add(where + ": " + found);
        }
    }

    private static Set<String> questionIds() {
        Set<String> ids = new LinkedHashSet<>();
        QuestionnaireCatalog catalog = QuestionnaireCatalog.load(PlainWordsTest.class.getClassLoader());
        for (Questionnaire q : catalog.latest()) {
            for (Questionnaire.Section s : q.sections()) {
                // Ids of one word ("supplier", "route") are ordinary words; the ones with an underscore are codes.
                s.questions().stream()
                        .map(Questionnaire.Question::id)
                        .filter(id -> id.contains("_"))
                        .forEach(ids::add);
            }
        }
        return ids;
    }
}
