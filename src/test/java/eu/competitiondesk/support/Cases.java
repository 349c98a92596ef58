package eu.competitiondesk.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Opens cases through the real form for tests that need one. */
public final class Cases {

    private Cases() {}

    /** A fresh, valid reference; tests share one database, so each case needs its own. */
    public static String newReference() {
        return "AT." + ThreadLocalRandom.current().nextInt(100_000, 99_999_999);
    }

    /** The demo case's id, as the case API finds it by its reference. */
    public static String demoCaseId(Session session) {
        String id = session.request().get("/api/v1/cases?q=AT.90001").jsonPath().getString("items[0].id");
        assertTrue(id != null, "the demo case is loaded");
        return id;
    }

    /** Opens a case through the form and returns its id. */
    public static long open(Session session, String reference, String title, String type) {
        session.page("/cases/new");
        Response response = session.form()
                .formParam("reference", reference)
                .formParam("title", title)
                .formParam("type", type)
                .formParam("openedOn", "2025-03-14")
                .post("/cases");
        assertEquals(303, response.statusCode(), response.asString());
        Matcher id = Pattern.compile("/cases/(\\d+)$").matcher(response.header("Location"));
        assertTrue(id.find());
        return Long.parseLong(id.group(1));
    }

    /** Adds a dataset to the market through its form; returns the page of the market open on it. */
    public static String dataset(Session session, String market, String period, String source) {
        session.page(market + "/datasets/new");
        Response created = session.form()
                .formParam("datasetPeriod", period)
                .formParam("datasetSource", source)
                .post(market + "/datasets");
        assertEquals(303, created.statusCode(), created.asString());
        return created.header("Location").replaceAll("^https?://[^/]+", "");
    }

    /** Adds a market (period 2025, shares by revenue) through its form and returns the market page's path. */
    public static String market(
            Session session, long caseId, String name, String productScope, String geographicScope) {
        session.page("/cases/" + caseId + "/markets/new");
        Response created = session.form()
                .formParam("name", name)
                .formParam("productScope", productScope)
                .formParam("geographicScope", geographicScope)
                .formParam("period", "2025")
                .formParam("shareBasis", "REVENUE")
                .post("/cases/" + caseId + "/markets");
        assertEquals(303, created.statusCode(), created.asString());
        return created.header("Location").replaceAll("^https?://[^/]+", "");
    }

    /** Renames the case through its edit form, every other field sent as the form shows it. */
    public static void retitle(Session session, long caseId, String title) {
        String page = "/cases/" + caseId + "/edit";
        PageForms.Form form = PageForms.posting(PageForms.of(page, session.page(page)), ".*/cases/" + caseId + "/edit")
                .orElseThrow();
        List<PageForms.Field> fields = form.fields().stream()
                .map(f -> f.name().equals("title") ? new PageForms.Field("title", title, f.type()) : f)
                .toList();
        Response saved = new PageForms.Form(form.page(), form.action(), form.multipart(), fields)
                .request(session)
                .post(form.action());
        assertEquals(303, saved.statusCode(), saved.asString());
    }

    /** Puts a user on a case's team through the case page's form. */
    public static void addToTeam(Session session, long caseId, Object userId, String teamRole) {
        session.page("/cases/" + caseId);
        session.form()
                .formParam("memberUser", userId)
                .formParam("memberRole", teamRole)
                .post("/cases/" + caseId + "/team")
                .then()
                .statusCode(303);
    }

    /** Uploads a document to the case through the documents page's form; the answer, for the caller to check. */
    public static Response upload(Session session, long caseId, String fileName, byte[] content, String mediaType) {
        session.page("/cases/" + caseId + "/documents");
        return session.multipart()
                .multiPart("file", fileName, content, mediaType)
                .post("/cases/" + caseId + "/documents");
    }
}
