package eu.competitiondesk.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The sign-in form and sign-out. The form posts here, not to a framework endpoint, so that it carries a CSRF token
 * like every other form and goes through the throttle.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean held, String username, long minutes);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    SignIn signIn;

    @Context
    HttpServerRequest request;

    @GET
    @Path("login")
    public Response login() {
        if (currentUser.isSignedIn()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return Response.ok(Templates.login(false, false, "", 0)).build();
    }

    @POST
    @Path("login")
    public Response submit(@RestForm String username, @RestForm String password) {
        String typed = username == null ? "" : username.trim();
        SignIn.Outcome outcome = signIn.attempt(typed, password, ClientAddress.of(request));
        if (outcome instanceof SignIn.Opened opened) {
            return Response.seeOther(URI.create("/")).cookie(sessionCookie(opened.token(), -1)).build();
        }
        if (outcome instanceof SignIn.Held held) {
            long minutes = Math.max(1, (held.retryAfter().toSeconds() + 59) / 60);
            return Response.status(429).header("Retry-After", held.retryAfter().toSeconds())
                    .entity(Templates.login(false, true, typed, minutes)).build();
        }
        return Response.status(401).entity(Templates.login(true, false, typed, 0)).build();
    }

    @POST
    @Path("logout")
    public Response logout(@CookieParam(SessionCookieMechanism.COOKIE) String token) {
        signIn.signOut(token);
        return Response.seeOther(URI.create("/login")).cookie(sessionCookie("", 0)).build();
    }

    /** HttpOnly, SameSite=Strict, and Secure whenever the browser reached us over TLS (directly or via a trusted proxy). */
    private NewCookie sessionCookie(String value, int maxAge) {
        return new NewCookie.Builder(SessionCookieMechanism.COOKIE).value(value).path("/").maxAge(maxAge)
                .httpOnly(true).secure("https".equals(request.scheme())).sameSite(NewCookie.SameSite.STRICT).build();
    }
}
