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

    @Inject
    SessionBoundCsrf formToken;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean held, String username, long minutes,
                boolean singleSignOn);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    SignIn signIn;

    @Inject
    SingleSignOnConfig singleSignOn;

    @Context
    HttpServerRequest request;

    @GET
    @Path("login")
    public Response login() {
        if (currentUser.isSignedIn()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return Response.ok(page(false, false, "", 0)).build();
    }

    @POST
    @Path("login")
    public Response submit(@RestForm String username, @RestForm String password) {
        if (singleSignOn.enabled()) {
            // The identity provider enforces the authority's second factor; a password here would bypass it.
            return Response.status(Response.Status.FORBIDDEN).entity(page(false, false, "", 0)).build();
        }
        String typed = username == null ? "" : username.trim();
        SignIn.Outcome outcome = signIn.attempt(typed, password, ClientAddress.of(request));
        if (outcome instanceof SignIn.Opened opened) {
            formToken.opened(opened.token());
            return Response.seeOther(URI.create("/")).cookie(SessionCookies.carrying(opened.token(), request)).build();
        }
        if (outcome instanceof SignIn.Held held) {
            long minutes = Math.max(1, (held.retryAfter().toSeconds() + 59) / 60);
            return Response.status(429).header("Retry-After", held.retryAfter().toSeconds())
                    .entity(page(false, true, typed, minutes)).build();
        }
        return Response.status(401).entity(page(true, false, typed, 0)).build();
    }

    private TemplateInstance page(boolean failed, boolean held, String username, long minutes) {
        return Templates.login(failed, held, username, minutes, singleSignOn.enabled());
    }

    @POST
    @Path("logout")
    public Response logout(@CookieParam(SessionCookieMechanism.COOKIE) String token) {
        signIn.signOut(token);
        return Response.seeOther(URI.create("/login")).cookie(SessionCookies.cleared(request)).build();
    }
}
