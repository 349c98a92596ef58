package eu.competitiondesk.security;

import eu.competitiondesk.web.Routes;
import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Where the identity provider sends people back. Only the OpenID Connect code flow reaches this path (see the
 * sso permission in application.properties); the ID token it yields is exchanged at once for an ordinary session of
 * this application, and the provider's own session cookie is dropped, so every later request goes through the same
 * session checks as a password sign-in.
 */
@Path("/login/sso")
@Produces(MediaType.TEXT_HTML)
public class SingleSignOnResource {

    @Inject
    SessionBoundCsrf formToken;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused(SingleSignOn.Reason reason);
    }

    @Inject
    SingleSignOnConfig config;

    @Inject
    SingleSignOn singleSignOn;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    OidcSession oidcSession;

    @Context
    HttpServerRequest request;

    @Context
    RoutingContext routing;

    @Inject
    eu.competitiondesk.web.KeptForms keptForms;

    @GET
    public Response complete() {
        if (!config.enabled()) {
            throw new NotFoundException();
        }
        SingleSignOn.Claims claims = new SingleSignOn.Claims(
                claimText(config.usernameClaim()),
                claimText(config.nameClaim()),
                ClaimRoles.roleOf(idToken.getClaim(config.roleClaim()), config));
        SingleSignOn.Outcome outcome = singleSignOn.signIn(claims, ClientAddress.of(request));
        oidcSession.logout().await().indefinitely();
        if (outcome instanceof SingleSignOn.Opened opened) {
            formToken.opened(opened.token());
            String next = keptForms.pageAfterSignIn(routing, opened.userId()).orElse(Routes.START);
            return Response.seeOther(URI.create(next))
                    .cookie(SessionCookies.carrying(opened.token(), request))
                    .build();
        }
        return Response.status(Response.Status.FORBIDDEN)
                .entity(Templates.refused(((SingleSignOn.Refused) outcome).reason()))
                .build();
    }

    private String claimText(String name) {
        Object value = idToken.getClaim(name);
        return value == null ? null : ClaimRoles.text(value);
    }
}
