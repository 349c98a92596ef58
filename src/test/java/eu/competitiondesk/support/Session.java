package eu.competitiondesk.support;

import static io.restassured.RestAssured.given;

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

    private Cookies cookies;
    private String csrfToken;

    private Session(Cookies cookies) {
        this.cookies = cookies;
    }

    public static Session signIn(String username, String password) {
        Response response = given().redirects().follow(false)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
        if (response.getStatusCode() != 302 || response.getCookie("quarkus-credential") == null) {
            throw new AssertionError("login failed for " + username + ": " + response.getStatusCode());
        }
        return new Session(response.getDetailedCookies());
    }

    /** A request carrying this session's cookies, not following redirects. */
    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
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
