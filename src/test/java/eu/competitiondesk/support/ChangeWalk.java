package eu.competitiondesk.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.competitiondesk.cases.CaseResource;
import eu.competitiondesk.security.AppUser;
import eu.competitiondesk.security.Role;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * Sends every state-changing route of the pages and of the API, each through a {@link Sender} the test chooses. The
 * routes are read from the application itself ({@link Routes}); the page forms are found by reading the pages of a
 * copy of the demo case as its lead, its reviewer and an administrator would, so a new form is sent the day it
 * appears on a page, and a route no page shows and no API sample here covers fails the walk.
 */
@ApplicationScoped
public class ChangeWalk {

    /** How a test sends one request: once, or several times at once. {@code route} is the route's path template. */
    public interface Sender {
        void send(String route, Session session, Callable<Response> request) throws Exception;
    }

    @Inject
    CaseFixtures fixtures;

    @Inject
    TestUsers users;

    /**
     * Sends every state-changing route through {@code sender} and fails when a route was not reached. Users are
     * named after {@code prefix} so two walks do not share them.
     */
    public void walk(String prefix, Sender sender) throws Exception {
        referenceData("create table walk_saved_%1$s as select * from %1$s");
        try {
            walkAll(prefix, sender);
        } finally {
            referenceData("delete from %1$s; insert into %1$s overriding system value select * from walk_saved_%1$s;"
                    + " drop table walk_saved_%1$s");
        }
    }

    /**
     * Runs {@code statement} for each table of the reference data the administrator's forms change: the walk removes
     * holidays and figure sets that every other test relies on, and they are put back as they were.
     */
    private static void referenceData(String statement) {
        for (String table :
                List.of("commission_holiday", "holiday_year", "merger_figure_set", "merger_figure", "exchange_rate")) {
            QuarkusTransaction.requiringNew()
                    .run(() -> Panache.getEntityManager()
                            .createNativeQuery(String.format(statement, table))
                            .executeUpdate());
        }
    }

    private void walkAll(String prefix, Sender sender) throws Exception {
        Set<String> sent = new LinkedHashSet<>();
        Sender counting = (route, session, request) -> {
            sender.send(route, session, request);
            sent.add(route);
        };
        Session lead = users.signIn(prefix + "-lead", Role.CASE_OFFICER);
        AppUser reviewerAccount = users.ensure(prefix + "-reviewer", Role.CASE_OFFICER);
        AppUser colleagueAccount = users.ensure(prefix + "-colleague", Role.CASE_OFFICER);
        AppUser throwaway = users.ensure(prefix + "-throwaway", Role.CASE_OFFICER);
        Session reviewer = Session.signIn(prefix + "-reviewer", TestUsers.PASSWORD);
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

        long caseId = copyOfTheDemoCase(lead);
        lead.page("/cases/" + caseId);
        lead.form()
                .formParam("memberUser", reviewerAccount.id)
                .formParam("memberRole", "REVIEWER")
                .post("/cases/" + caseId + "/team")
                .then()
                .statusCode(303);
        lead.form()
                .formParam("memberUser", colleagueAccount.id)
                .formParam("memberRole", "OFFICER")
                .post("/cases/" + caseId + "/team")
                .then()
                .statusCode(303);
        Map<String, String> ids = fixtures.idsForEveryRoute(lead, caseId);
        String inReview = exportedReport(lead, caseId, true);
        // An approved public edition, for the page's release form.
        String toRelease = exportedReport(lead, caseId, true);
        reviewer.request()
                .contentType("application/json")
                .body("{\"decision\":\"APPROVE\"}")
                .post("/api/v1/reports/" + toRelease + "/decision")
                .then()
                .statusCode(200);

        // Pages of the case as its lead reads them, then the reviewer's and the administrator's own.
        Map<Session, List<String>> pages = new LinkedHashMap<>();
        pages.put(lead, new ArrayList<>(Routes.casePages(CaseResource.class, caseId, ids)));
        pages.get(lead)
                .addAll(List.of("/", "/cases/new", "/account/password", "/deadlines", "/notifications/settings"));
        // The reviewer was added to the team and asked for a review: their notices have forms to mark them read.
        pages.put(
                reviewer,
                new ArrayList<>(List.of("/cases/" + caseId + "/reports/" + inReview + "/review", "/notifications")));
        pages.put(
                admin,
                new ArrayList<>(List.of(
                        "/admin/users",
                        "/admin/users/new",
                        "/admin/users/" + throwaway.id + "/edit",
                        "/admin/holidays",
                        "/admin/merger-thresholds",
                        "/admin/merger-thresholds/EUMR",
                        "/admin/exchange-rates",
                        "/admin/share-bands")));
        // The administrator reads the case too (every case is open to them): forms that appear after the lead's and
        // the reviewer's posts, such as the release of the report just approved, are theirs to send.
        pages.get(admin).addAll(pages.get(lead));

        // The API first: the page forms below may take the lead off the team (a second lead is added, the first
        // removed), after which the lead's calls would only be refused.
        apiCalls(lead, reviewer, caseId, counting);
        // Exchange rates through the API as well as their page: recorded, then removed.
        counting.send(
                "/api/v1/reference-data/exchange-rates",
                admin,
                () -> json(
                                admin,
                                "{\"regime\": \"EU\", \"currency\": \"NOK\", \"financialYear\": 2024, \"rate\":"
                                        + " 11.629, \"source\": \"Sent by the walk\", \"asOf\": \"2025-01-02\"}")
                        .put("/api/v1/reference-data/exchange-rates"));
        counting.send(
                "/api/v1/reference-data/exchange-rates",
                admin,
                () -> admin.request()
                        .contentType("application/json")
                        .delete("/api/v1/reference-data/exchange-rates?regime=EU&currency=NOK&financialYear=2024"));
        // "Store these shares" is a form of the preview that "Check the shares" answers with, which no page shows.
        String dataset = "/cases/" + caseId + "/markets/" + ids.get("marketId") + "/datasets/" + ids.get("datasetId");
        counting.send(
                template(dataset + "/import/store"),
                lead,
                () -> ShareImports.csv(lead, dataset, "firm,share\nAlpha,30\nBeta,20\n"));

        // Two rounds: forms that appear only after the first (the release of a report approved in it).
        for (int round = 0; round < 2; round++) {
            for (Map.Entry<Session, List<String>> reader : pages.entrySet()) {
                List<PageForms.Form> forms = new ArrayList<>();
                Set<String> seen = new LinkedHashSet<>();
                for (String page : withSearchResults(reader.getKey(), reader.getValue())) {
                    for (PageForms.Form form :
                            PageForms.of(page, reader.getKey().page(page))) {
                        if (!sent.contains(template(form.action())) && seen.add(template(form.action()))) {
                            forms.add(form);
                        }
                    }
                }
                // What removes or ends things goes last, so the rest still finds what it works on.
                forms.sort(Comparator.comparingInt(ChangeWalk::lateness));
                for (PageForms.Form seenForm : forms) {
                    Session session = reader.getKey();
                    // The form as its page shows it now: an earlier post may have moved a version on or removed it.
                    PageForms.Form form = PageForms.find(session, seenForm).orElse(null);
                    if (form != null) {
                        counting.send(
                                template(form.action()),
                                session,
                                () -> form.request(session).post(form.action()));
                    }
                }
            }
        }
        signInAndOut(prefix, counting);

        List<String> uncovered = new ArrayList<>();
        for (Routes.Route route : Routes.all(CaseResource.class)) {
            boolean changing = !route.method().equals("GET");
            if (changing && sent.stream().noneMatch(posted -> matches(route.path(), posted))) {
                uncovered.add(route.toString());
            }
        }
        assertEquals(
                List.of(),
                uncovered,
                "routes no page form and no API sample reached: show them a form on a"
                        + " page, or give the API route a sample body in ChangeWalk");
    }

    /**
     * The pages, and the pages their GET forms lead to with every box ticked (a scenario's page with its firms merged,
     * where the form that keeps it appears); the case list's search is left out.
     */
    private static List<String> withSearchResults(Session session, List<String> pages) {
        Set<String> all = new LinkedHashSet<>(pages);
        for (String page : pages) {
            Response shown = session.request().get(page);
            // The pages a page links to within the same case (another dataset of a market, say), one step deep.
            String scope = page.matches("/cases/\\d+.*") ? page.replaceAll("^(/cases/\\d+).*", "$1") : null;
            if (scope != null && String.valueOf(shown.contentType()).contains("html")) {
                org.jsoup.Jsoup.parse(shown.asString()).select("a[href]").eachAttr("href").stream()
                        .filter(href -> href.startsWith(scope)
                                && !href.contains("#")
                                && !href.matches(".*(\\.csv|/download|/docx|/pdf|/export|/audit).*"))
                        .forEach(all::add);
            }
            for (PageForms.Form search : PageForms.gets(page, shown)) {
                if (!search.action().equals("/cases") && !search.action().contains("/audit")) {
                    all.add(search.query());
                }
            }
        }
        return new ArrayList<>(all);
    }

    /** The sign-in form and sign-out, each by a browser of its own. */
    private void signInAndOut(String prefix, Sender sender) throws Exception {
        sender.send("/login", null, () -> Session.attempt(prefix + "-colleague", TestUsers.PASSWORD, "198.51.100.77"));
        Session leaving = Session.signIn(prefix + "-colleague", TestUsers.PASSWORD);
        leaving.page("/");
        sender.send("/logout", leaving, () -> leaving.form().post("/logout"));
    }

    /** Each API route that takes a body, with a valid one; a route without a sample here is reported uncovered. */
    private void apiCalls(Session lead, Session reviewer, long caseId, Sender sender) throws Exception {
        String exported =
                lead.request().get("/api/v1/cases/" + caseId + "/export").asString();
        String draft = exportedReport(lead, caseId, false);
        String forDecision = exportedReport(lead, caseId, true);
        String approved = exportedReport(lead, caseId, true);
        reviewer.request()
                .contentType("application/json")
                .body("{\"decision\":\"APPROVE\"}")
                .post("/api/v1/reports/" + approved + "/decision")
                .then()
                .statusCode(200);
        Map<String, Function<Session, Response>> calls = new LinkedHashMap<>();
        String reference = Cases.newReference();
        calls.put(
                "/api/v1/cases",
                s -> json(
                                s,
                                "{\"reference\":\"" + reference + "\",\"title\":\"Sent by the walk\","
                                        + "\"type\":\"ARTICLE_102\",\"openedOn\":\"2026-12-01\"}")
                        .post("/api/v1/cases"));
        String imported =
                exported.replaceFirst("\"reference\":\"[^\"]+\"", "\"reference\":\"" + Cases.newReference() + "\"");
        calls.put("/api/v1/cases/import", s -> json(s, imported).post("/api/v1/cases/import"));
        calls.put(
                "/api/v1/cases/{caseId}/reports",
                s -> json(s, "{\"edition\":\"public\"}").post("/api/v1/cases/" + caseId + "/reports"));
        calls.put(
                "/api/v1/reports/{reportId}/review-request",
                s -> json(s, "{}").post("/api/v1/reports/" + draft + "/review-request"));
        calls.put(
                "/api/v1/reports/{reportId}/release",
                s -> json(s, "{}").post("/api/v1/reports/" + approved + "/release"));
        calls.put(
                "/api/v1/concentration",
                s -> json(s, "{\"shares\":[{\"firm\":\"A\",\"share\":30}," + "{\"firm\":\"B\",\"share\":20}]}")
                        .post("/api/v1/concentration"));
        calls.put(
                "/api/v1/market-definition/critical-loss",
                s -> json(s, "{\"priceRisePercent\": 5," + " \"marginPercent\": 40}")
                        .post("/api/v1/market-definition/critical-loss"));
        calls.put(
                "/api/v1/unilateral-effects",
                s -> json(
                                s,
                                "{\"products\": [{\"name\": \"A\", \"price\": 10,"
                                        + " \"marginPercent\": 20, \"sharePercent\": 30}, {\"name\": \"B\", \"price\": 8, \"marginPercent\":"
                                        + " 25, \"sharePercent\": 20}], \"merging\": [\"A\", \"B\"]}")
                        .post("/api/v1/unilateral-effects"));
        calls.put(
                "/api/v1/merger-simulation/logit",
                s -> json(
                                s,
                                "{\"products\": [{\"name\": \"A\", \"price\": 10,"
                                        + " \"sharePercent\": 30}, {\"name\": \"B\", \"price\": 8, \"sharePercent\": 20}],"
                                        + " \"outsideSharePercent\": 50, \"calibration\": {\"product\": \"A\", \"marginPercent\": 50},"
                                        + " \"merging\": [\"A\", \"B\"]}")
                        .post("/api/v1/merger-simulation/logit"));
        calls.put(
                "/api/v1/dma/evaluate",
                s -> json(
                                s,
                                "{\"financialYears\":[2023,2024,2025],"
                                        + "\"unionTurnoverEur\":[7500000000,7500000000,7500000000]}")
                        .post("/api/v1/dma/evaluate"));
        calls.put(
                "/api/v1/exclusivity/evaluate",
                s -> json(s, "{\"supplierShare\":22,\"buyerShare\":5}").post("/api/v1/exclusivity/evaluate"));
        calls.put(
                "/api/v1/merger-control/thresholds",
                s -> json(s, "{\"uk\": {\"targetUkTurnoverGbp\": 100000000}}")
                        .post("/api/v1/merger-control/thresholds"));
        calls.put(
                "/api/v1/designation/uk-sms/evaluate",
                s -> json(s, "{\"digitalActivity\": true, \"investigationNoticeDate\": \"2025-01-14\"}")
                        .post("/api/v1/designation/uk-sms/evaluate"));
        calls.put(
                "/api/v1/designation/gwb-19a/evaluate",
                s -> json(s, "{\"activeToSignificantExtentOnMarketsOf18_3a\": true}")
                        .post("/api/v1/designation/gwb-19a/evaluate"));
        calls.put(
                "/api/v1/data-act/switching/evaluate",
                s -> json(
                                s,
                                "{\"contract\": {\"noticePeriodMonths\": 2}, \"charges\": [{\"kind\": \"SWITCHING\","
                                        + " \"date\": \"2027-01-12\", \"amountEur\": 0}]}")
                        .post("/api/v1/data-act/switching/evaluate"));
        calls.put(
                "/api/v1/vertical-effects",
                s -> json(
                                s,
                                "{\"upstream\": {\"name\": \"U\", \"marginalCost\": 20}, \"downstream\": {\"name\":"
                                        + " \"D\", \"price\": 100, \"marginPercent\": 40}, \"rivals\": [{\"name\": \"R\","
                                        + " \"price\": 80, \"inputPrice\": 40, \"diversionToMergingPercent\": 25,"
                                        + " \"diversionFromMergingPercent\": 20}]}")
                        .post("/api/v1/vertical-effects"));
        calls.put(
                "/api/v1/merger-simulation",
                s -> json(
                                s,
                                "{\"demand\": \"LOGIT\", \"products\": [{\"name\": \"A\", \"price\": 10, \"sharePercent\":"
                                        + " 30}, {\"name\": \"B\", \"price\": 8, \"sharePercent\": 20}], \"outsideSharePercent\":"
                                        + " 50, \"calibration\": {\"product\": \"A\", \"marginPercent\": 50}, \"merging\": [\"A\","
                                        + " \"B\"]}")
                        .post("/api/v1/merger-simulation"));
        calls.put(
                "/api/v1/merger-simulation/sensitivity",
                s -> json(
                                s,
                                "{\"simulation\": {\"demand\": \"LOGIT\", \"products\": [{\"name\": \"A\", \"price\":"
                                        + " 10, \"sharePercent\": 30}, {\"name\": \"B\", \"price\": 8, \"sharePercent\":"
                                        + " 20}], \"outsideSharePercent\": 50, \"calibration\": {\"product\": \"A\","
                                        + " \"marginPercent\": 50}, \"merging\": [\"A\", \"B\"]}, \"ranges\": [{\"input\":"
                                        + " \"calibration.marginPercent\", \"low\": 40, \"high\": 60}], \"draws\": 20}")
                        .post("/api/v1/merger-simulation/sensitivity"));
        for (Map.Entry<String, Function<Session, Response>> call : calls.entrySet()) {
            sender.send(call.getKey(), lead, () -> call.getValue().apply(lead));
        }
        // The decision is the reviewer's.
        sender.send(
                "/api/v1/reports/{reportId}/decision",
                reviewer,
                () -> json(reviewer, "{\"decision\":\"RETURN\",\"comment\":\"Sent by the walk\"}")
                        .post("/api/v1/reports/" + forDecision + "/decision"));
    }

    private static io.restassured.specification.RequestSpecification json(Session session, String body) {
        return session.request().contentType("application/json").body(body);
    }

    private long copyOfTheDemoCase(Session lead) {
        String exported = lead.request()
                .get("/api/v1/cases/" + fixtures.demoCaseId() + "/export")
                .asString();
        Session demoOfficer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        if (exported.contains("\"status\":404") || !exported.contains("\"reference\"")) {
            exported = demoOfficer
                    .request()
                    .get("/api/v1/cases/" + fixtures.demoCaseId() + "/export")
                    .asString();
        }
        String location = lead.request()
                .contentType("application/json")
                .body(exported.replaceFirst(
                        "\"reference\":\"[^\"]+\"", "\"reference\":\"" + Cases.newReference() + "\""))
                .post("/api/v1/cases/import")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        return Long.parseLong(location.replaceAll(".*/", ""));
    }

    /**
     * A new report version of the case, put up for review if asked. A version is a content state, so the case's
     * introduction is rewritten first.
     */
    private static String exportedReport(Session lead, long caseId, boolean inReview) {
        String form = "/cases/" + caseId + "/officer-text/introduction";
        String page = lead.page(form).asString();
        String revision = page.replaceAll("(?s).*name=\"revision\" value=\"(\\d+)\".*", "$1");
        lead.form()
                .formParam("revision", revision)
                .formParam("passage", "Introduction, revision " + revision)
                .post(form)
                .then()
                .statusCode(303);
        String id = Reports.create(lead, caseId, "{\"edition\":\"public\"}");
        if (inReview) {
            lead.request()
                    .contentType("application/json")
                    .body("{}")
                    .post("/api/v1/reports/" + id + "/review-request")
                    .then()
                    .statusCode(200);
        }
        return id;
    }

    /** The route an action posts to: its numbers and ids as placeholders. */
    static String template(String action) {
        String path = action.replaceAll("\\?.*$", "");
        return path.replaceAll("/\\d+(?=/|$)", "/{id}")
                .replaceAll("/sections/[a-z0-9-]+", "/sections/{id}")
                .replaceAll("/merger-thresholds/[A-Z0-9_]+(?=/|$)", "/merger-thresholds/{id}")
                .replaceAll("/holidays/\\d{4}-\\d{2}-\\d{2}", "/holidays/{id}");
    }

    private static boolean matches(String routeTemplate, String posted) {
        String pattern = routeTemplate.replaceAll("\\{[^}]+}", "[^/]+");
        return posted.replaceAll("\\{[^}]+}", "x").matches(pattern);
    }

    /** Removals, status moves and deactivations after everything else; a team member's removal last of all. */
    private static int lateness(PageForms.Form form) {
        String action = form.action();
        return action.contains("/team/")
                ? 4
                : action.contains("/remove") || action.endsWith("/deactivate") || action.equals("/notifications/read")
                        ? 3
                        : action.endsWith("/status") || action.endsWith("/complete") || action.endsWith("/activate")
                                ? 2
                                : action.endsWith("/review") || action.endsWith("/release") ? 1 : 0;
    }
}
