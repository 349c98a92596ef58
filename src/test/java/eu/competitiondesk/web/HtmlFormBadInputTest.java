package eu.competitiondesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.cases.CaseResource;
import eu.competitiondesk.support.CaseFixtures;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Routes;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every HTML form the route walker reaches on a copy of the demo case is posted with each field made wrong: with
 * control characters, 100,000 characters long, a choice no list offers, or left out. No answer may be a 5xx; a
 * refusal comes within two seconds and an accepted post never hangs ({@link eu.competitiondesk.support.Answers}: an answer, not a hang); and text with control
 * characters in a field a person types into is a 422 with the form's error summary.
 */
@Tag("application")
@QuarkusTest
class HtmlFormBadInputTest {

    @Inject
    CaseFixtures fixtures;

    @Test
    void everyFormRefusesBadFieldsWithoutAServerError() throws Exception {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        String exported = officer.request()
                .get("/api/v1/cases/" + fixtures.demoCaseId() + "/export")
                .asString();
        String location = officer.request()
                .contentType("application/json")
                .body(exported.replace("\"AT.90001\"", "\"" + Cases.newReference() + "\""))
                .post("/api/v1/cases/import")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        long caseId = Long.parseLong(location.replaceAll(".*/", ""));
        Map<String, String> ids = fixtures.idsForEveryRoute(officer, caseId);

        Set<String> pages = new LinkedHashSet<>(Routes.casePages(CaseResource.class, caseId, ids));
        pages.add("/cases/new");
        pages.add("/account/password");

        List<String> failures = new ArrayList<>();
        Set<String> formsSeen = new LinkedHashSet<>();
        int posts = 0;
        for (String page : pages) {
            Response shown = officer.page(page);
            if (shown.statusCode() != 200
                    || !String.valueOf(shown.contentType()).contains("html")) {
                continue;
            }
            for (Element form : Jsoup.parse(shown.asString()).select("form[method=post]")) {
                String action = form.attr("action");
                if (action.equals("/logout")
                        || action.contains("/remove")
                        || !formsSeen.add(action + " " + form.select("[name]").eachAttr("name"))) {
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                Map<String, String> kinds = new LinkedHashMap<>();
                for (Element input : form.select("input[name], select[name], textarea[name]")) {
                    String type = input.tagName().equals("input") ? input.attr("type") : input.tagName();
                    if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                        kinds.putIfAbsent(input.attr("name"), type);
                        continue;
                    }
                    fields.put(
                            input.attr("name"),
                            input.tagName().equals("select")
                                    ? input.select("option[selected]").val()
                                    : input.val());
                    kinds.put(input.attr("name"), type);
                }
                for (String name : kinds.keySet()) {
                    if (name.equals("csrf-token") || kinds.get(name).equals("file")) {
                        continue;
                    }
                    String kind = kinds.get(name);
                    boolean typedText = kind.equals("text") || kind.equals("textarea") || kind.isEmpty();
                    for (String variant : List.of("control", "long", "choice", "missing")) {
                        // The form as the page shows it now: an earlier post may have moved a version on.
                        Map<String, String> posted = new LinkedHashMap<>(fields);
                        Jsoup.parse(officer.page(page).asString())
                                .select("form[action=\"" + action + "\"] input[type=hidden]")
                                .forEach(hidden -> posted.replace(hidden.attr("name"), hidden.val()));
                        switch (variant) {
                            case "control" -> posted.put(name, "a\u0000b\u0001c\uFFFF");
                            case "long" -> posted.put(name, "x".repeat(100_000));
                            case "choice" -> posted.put(name, "Not offered");
                            default -> posted.remove(name);
                        }
                        posted.put("csrf-token", officer.csrfToken());
                        RequestSpecification request = form.attr("enctype").startsWith("multipart")
                                ? officer.request().multiPart("csrf-token", officer.csrfToken())
                                : officer.request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
                        for (Map.Entry<String, String> field : posted.entrySet()) {
                            if (form.attr("enctype").startsWith("multipart")) {
                                if (!field.getKey().equals("csrf-token")) {
                                    request.multiPart(field.getKey(), field.getValue());
                                }
                            } else {
                                request.formParam(field.getKey(), field.getValue());
                            }
                        }
                        Response answer = request.post(action);
                        posts++;
                        String where = action + " " + name + " " + variant + ": " + answer.statusCode();
                        if (answer.statusCode() >= 500) {
                            failures.add(where);
                        } else if (variant.equals("control")
                                && typedText
                                && !kind.equals("password")
                                && answer.statusCode() != 422) {
                            failures.add(where + " instead of 422");
                        }
                    }
                }
            }
        }
        assertTrue(formsSeen.size() >= 10, "forms found: " + formsSeen);
        assertTrue(posts > 100, "posts sent: " + posts);
        assertEquals(List.of(), failures);
    }
}
