package eu.competitiondesk.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The answers a form post gives besides the redirect: the same page again, with its errors or its conflict. */
public final class Pages {

    private Pages() {
    }

    /** 422: the form again with an error summary and the typed values. */
    public static Response unprocessable(TemplateInstance page) {
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }

    /** 409: someone saved in between; the page shows both values and overwrites nothing. */
    public static Response conflict(TemplateInstance page) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }

    /** The version a form was loaded with, or -1 (always stale) when it is missing or garbled. */
    public static long version(String posted) {
        try {
            return posted == null ? -1 : Long.parseLong(posted.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
