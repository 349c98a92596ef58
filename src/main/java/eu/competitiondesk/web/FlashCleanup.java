package eu.competitiondesk.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Removes the flash cookie with the first HTML page rendered after the redirect. Decided here from the request
 * rather than from the template, because templates render after response filters run.
 */
public class FlashCleanup {

    @ServerResponseFilter
    public void clearShownMessage(ContainerRequestContext request, ContainerResponseContext response) {
        boolean carriesFlash = request.getCookies().containsKey(Flash.COOKIE);
        boolean isPage = "GET".equals(request.getMethod())
                && response.getStatus() == 200
                && response.getMediaType() != null
                && response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE);
        if (carriesFlash && isPage) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, Flash.expired());
        }
    }
}
