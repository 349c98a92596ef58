package eu.competitiondesk.audit;

import eu.competitiondesk.web.Routes;
import io.quarkus.qute.TemplateExtension;

/** The address of the whole audit trail, kept for administrators. */
@TemplateExtension(namespace = "auditPath")
public final class AuditRoutes {

    private AuditRoutes() {}

    public static String global() {
        return Routes.path(AuditResource.class, "global");
    }
}
