package eu.competitiondesk.security;

import eu.competitiondesk.web.KeptForms;
import eu.competitiondesk.web.Routes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
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
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The sign-in form and sign-out. The form posts here, not to a framework endpoint, so that it carries a CSRF token
 * like every other form and goes through the throttle. When a session ran out of time the page says so, and after
 * signing in the officer goes back where they were: to the form they were filling in, with what they typed, or to the
 * page they asked for.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    @Inject
    SessionBoundCsrf formToken;

    /** What the page shows besides the form: a refusal, or why it appeared. */
    public record Notice(boolean failed, boolean held, long minutes, String ended) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(Notice notice, String username, String returnTo, boolean singleSignOn);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    SignIn signIn;

    @Inject
    SingleSignOnConfig singleSignOn;

    @Inject
    KeptForms keptForms;

    @Inject
    SecurityMessages msg;

    @ConfigProperty(name = "desk.session.idle-timeout")
    Duration idleTimeout;

    @ConfigProperty(name = "desk.session.absolute-lifetime")
    Duration absoluteLifetime;

    @Context
    HttpServerRequest request;

    @Context
    RoutingContext routing;

    @GET
    @Path("login")
    public Response login(@RestQuery String ended, @RestQuery("return") String returnTo) {
        if (currentUser.isSignedIn()) {
            return Response.seeOther(URI.create(ReturnAddress.or(returnTo, Routes.START)))
                    .build();
        }
        String why = endedNotice(ended, keptForms.waiting(routing).isPresent());
        return Response.ok(Templates.login(
                        new Notice(false, false, 0, why), "", ReturnAddress.or(returnTo, ""), singleSignOn.enabled()))
                .build();
    }

    @POST
    @Path("login")
    public Response submit(@RestForm String username, @RestForm String password, @RestForm("return") String returnTo) {
        if (singleSignOn.enabled()) {
            // The identity provider enforces the authority's second factor; a password here would bypass it.
            return Response.status(Response.Status.FORBIDDEN)
                    .entity(page(new Notice(false, false, 0, null), "", null))
                    .build();
        }
        String typed = username == null ? "" : username.trim();
        SignIn.Outcome outcome = signIn.attempt(typed, password, ClientAddress.of(request));
        if (outcome instanceof SignIn.Opened opened) {
            formToken.opened(opened.token());
            String next = keptForms
                    .pageAfterSignIn(routing, opened.userId())
                    .orElse(ReturnAddress.or(returnTo, Routes.START));
            return Response.seeOther(URI.create(next))
                    .cookie(SessionCookies.carrying(opened.token(), request))
                    .build();
        }
        if (outcome instanceof SignIn.Held held) {
            long minutes = Math.max(1, (held.retryAfter().toSeconds() + 59) / 60);
            return Response.status(429)
                    .header("Retry-After", held.retryAfter().toSeconds())
                    .entity(page(new Notice(false, true, minutes, null), typed, returnTo))
                    .build();
        }
        return Response.status(401)
                .entity(page(new Notice(true, false, 0, null), typed, returnTo))
                .build();
    }

    private TemplateInstance page(Notice notice, String username, String returnTo) {
        return Templates.login(notice, username, ReturnAddress.or(returnTo, ""), singleSignOn.enabled());
    }

    /** Why the sign-in page appears, when a session ran out of time; null otherwise. */
    private String endedNotice(String ended, boolean formKept) {
        Optional<String> why = "idle".equals(ended)
                ? Optional.of(msg.login_ended_idle(idleTimeout.toMinutes()))
                : "expired".equals(ended)
                        ? Optional.of(msg.login_ended_lifetime(absoluteLifetime.toHours()))
                        : Optional.empty();
        return why.map(text -> text + " " + (formKept ? msg.login_ended_kept() : msg.login_ended_go_on()))
                .orElse(null);
    }

    @POST
    @Path("logout")
    public Response logout(@CookieParam(SessionCookieMechanism.COOKIE) String token) {
        signIn.signOut(token);
        return Response.seeOther(URI.create(AccountRoutes.login()))
                .cookie(SessionCookies.cleared(request))
                .build();
    }
}
