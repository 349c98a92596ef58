package eu.competitiondesk.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.Cookies;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in browser session for RestAssured tests: logs in through the real login form and carries the session
 * and CSRF cookies, and the CSRF token of the last form page read.
 */
public final class Session {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    public static final String SESSION_COOKIE = "desk-session";

    private Cookies cookies;
    private String csrfToken;

    private Session(Cookies cookies) {
        this.cookies = cookies;
    }

    /** A session opened some other way (single sign-on), from the answer that set its cookie. */
    public static Session of(Response signedIn) {
        if (signedIn.getCookie(SESSION_COOKIE) == null
                || signedIn.getCookie(SESSION_COOKIE).isEmpty()) {
            throw new AssertionError("no session cookie in the answer: " + signedIn.getStatusCode());
        }
        return new Session(signedIn.getDetailedCookies());
    }

    public static Session signIn(String username, String password) {
        Response response = attempt(username, password);
        if (response.getStatusCode() != 303 || response.getCookie(SESSION_COOKIE) == null) {
            throw new AssertionError("login failed for " + username + ": " + response.getStatusCode());
        }
        return new Session(response.getDetailedCookies());
    }

    public static Response attempt(String username, String password) {
        return attempt(username, password, null);
    }

    /**
     * Posts the sign-in form as a browser would: first reads the page for its CSRF token and cookie. With a
     * {@code clientAddress}, the request says it was forwarded for that address by the trusted local proxy, which
     * keeps each test's sign-in throttle apart.
     */
    public static Response attempt(String username, String password, String clientAddress) {
        RequestSpecification request = given().redirects().follow(false);
        if (clientAddress != null) {
            request.header("X-Forwarded-For", clientAddress);
        }
        return post(request, username, password);
    }

    /** Signs in through the trusted local proxy, which says the browser used this scheme. */
    public static Response attemptVia(String username, String password, String forwardedProto) {
        return post(given().redirects().follow(false).header("X-Forwarded-Proto", forwardedProto), username, password);
    }

    private static Response post(RequestSpecification request, String username, String password) {
        Response page = given().get("/login");
        Matcher matcher = CSRF_INPUT.matcher(page.asString());
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token on the sign-in page");
        }
        return request.cookies(page.getDetailedCookies())
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", matcher.group(1))
                .formParam("username", username)
                .formParam("password", password)
                .post("/login");
    }

    /** A request carrying this session's cookies, not following redirects. */
    public RequestSpecification request() {
        return given().config(Answers.bounded()).redirects().follow(false).cookies(cookies);
    }

    /** GETs a page with a form and remembers its CSRF token and cookie. */
    public Response page(String path) {
        Response response = request().get(path);
        Matcher matcher = CSRF_INPUT.matcher(response.asString());
        if (matcher.find()) {
            csrfToken = matcher.group(1);
        }
        merge(response.getDetailedCookies());
        return response;
    }

    /** GETs a page, checks it answers 200 and shows each of the texts, and returns its HTML. */
    public String shows(String path, String... texts) {
        Response response = page(path);
        String html = response.asString();
        assertEquals(200, response.statusCode(), path);
        for (String text : texts) {
            assertTrue(html.contains(text), path + " shows " + text);
        }
        return html;
    }

    /** A form post carrying the CSRF token read from the last page. */
    public RequestSpecification form() {
        if (csrfToken == null) {
            throw new IllegalStateException("read a page with a form first");
        }
        return request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrfToken);
    }

    /** A multipart form post (file upload) carrying the CSRF token read from the last page. */
    public RequestSpecification multipart() {
        if (csrfToken == null) {
            throw new IllegalStateException("read a page with a form first");
        }
        return request().multiPart("csrf-token", csrfToken);
    }

    /** The value of one of this session's cookies. */
    public String cookie(String name) {
        return cookies.getValue(name);
    }

    public String csrfToken() {
        return csrfToken;
    }

    private void merge(Cookies fresh) {
        if (fresh.exist()) {
            java.util.List<io.restassured.http.Cookie> all = new java.util.ArrayList<>(fresh.asList());
            for (io.restassured.http.Cookie old : cookies) {
                if (!fresh.hasCookieWithName(old.getName())) {
                    all.add(old);
                }
            }
            cookies = new Cookies(all);
        }
    }
}
