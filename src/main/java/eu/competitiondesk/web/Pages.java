package eu.competitiondesk.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The answers a form post gives besides the redirect: the same page again, with its errors or its conflict. */
public final class Pages {

    private Pages() {}

    /** 422: the form again with an error summary and the typed values. */
    public static Response unprocessable(TemplateInstance page) {
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }

    /** 409: someone saved in between; the page shows both values and overwrites nothing. */
    public static Response conflict(TemplateInstance page) {
        return Response.status(Response.Status.CONFLICT)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(page)
                .build();
    }

    /**
     * A page number as a query gives it, counting from 1: absent is the first page; anything but a whole number from 1
     * is the client's mistake (400); a number beyond any list is capped, for the caller to show its last page.
     */
    public static int number(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        String digits = page.strip();
        if (!digits.matches("[0-9]{1,20}") || digits.matches("0+")) {
            throw new BadRequestException();
        }
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
