package eu.competitiondesk.cases;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks access to the case named by a route's {@code caseId} before the resource method runs, before any form or
 * body is read or validated, and hands the case to the rest of the request ({@link CaseContext}). A case-scoped route therefore cannot forget the check, and an outsider gets the same 404
 * whatever the request holds. Case-scoped paths must call their case parameter {@code caseId}; a test walks every
 * route to hold that.
 */
public class CaseScopeFilter {

    public static final String CASE_ID = "caseId";

    @Inject
    CaseAccess access;

    @ServerRequestFilter
    public void requireCaseAccess(UriInfo uri) {
        String raw = uri.getPathParameters().getFirst(CASE_ID);
        if (raw == null) {
            return;
        }
        long caseId;
        try {
            caseId = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        access.checkForRequest(caseId);
    }
}
