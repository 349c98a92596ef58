package eu.competitiondesk.transfer;

import eu.competitiondesk.web.Routes;
import io.quarkus.qute.TemplateExtension;

/** The address of a case's transfer file, linked from the case's reports panel. */
@TemplateExtension(namespace = "transferPath")
public final class TransferRoutes {

    private TransferRoutes() {}

    public static String export(long caseId) {
        return Routes.path(CaseTransferApiResource.class, "export", caseId);
    }
}
