package eu.competitiondesk.cases;

import eu.competitiondesk.audit.AuditResource;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** A case's own audit trail, open to everyone who may see the case. */
@Path("/cases/{caseId}/audit")
@Produces(MediaType.TEXT_HTML)
public class CaseAuditResource {

    @Inject
    CaseAccess access;

    @GET
    public TemplateInstance trail(
            @RestPath long caseId,
            @RestQuery String actor,
            @RestQuery String action,
            @RestQuery String from,
            @RestQuery String to,
            @RestQuery String page) {
        CaseFile caseFile = access.viewableCase(caseId);
        return AuditResource.trail(
                new AuditResource.CaseHeading(caseFile.id, caseFile.reference, caseFile.title),
                actor,
                action,
                from,
                to,
                page);
    }
}
