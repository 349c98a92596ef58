package eu.competitiondesk.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The Content-Security-Policy of every page: resources from this origin only, no plugins, no base URL changes, never
 * framed, and no inline script at all. A resource that needs a narrower policy sets its own header, which is kept.
 */
public class ContentSecurityPolicy {

    public static final String HEADER = "Content-Security-Policy";
    public static final String POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    @ServerResponseFilter
    public void addPolicy(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HEADER)) {
            response.getHeaders().add(HEADER, POLICY);
        }
    }
}
