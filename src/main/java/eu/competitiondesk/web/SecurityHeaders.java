package eu.competitiondesk.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every response, whoever writes it (pages, API, static files, sign-in challenges, errors).
 *
 * <p>Content-Security-Policy: resources from this origin only, no plugins, no base URL changes, never framed, and
 * no inline script at all. A resource that needs a narrower policy sets its own header, which is kept.
 *
 * <p>Strict-Transport-Security: only when the browser reached us over TLS, directly or through a trusted proxy that
 * says so in X-Forwarded-Proto, as RFC 6797 requires; plain-HTTP development keeps working.
 */
@ApplicationScoped
public class SecurityHeaders {

    public static final String CSP = "Content-Security-Policy";
    public static final String POLICY =
            "default-src 'self'; object-src 'none'; base-uri 'none'; " + "frame-ancestors 'none'; form-action 'self'";
    static final String HSTS = "Strict-Transport-Security";
    static final String HSTS_VALUE = "max-age=31536000; includeSubDomains";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            boolean tls = "https".equals(context.request().scheme());
            context.addHeadersEndHandler(ignored -> {
                var headers = context.response().headers();
                if (!headers.contains(CSP)) {
                    headers.set(CSP, POLICY);
                }
                if (tls) {
                    headers.set(HSTS, HSTS_VALUE);
                }
            });
            context.next();
        });
    }
}
