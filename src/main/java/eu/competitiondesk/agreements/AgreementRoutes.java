package eu.competitiondesk.agreements;

import eu.competitiondesk.web.Routes;
import io.quarkus.qute.TemplateExtension;

/** The addresses of the agreement pages, for templates ({@code {agreementPath:timeline(caseId, id)}}) and Java. */
@TemplateExtension(namespace = "agreementPath")
public final class AgreementRoutes {

    private AgreementRoutes() {}

    public static String newAgreement(long caseId) {
        return Routes.path(AgreementResource.class, "newForm", caseId);
    }

    public static String create(long caseId) {
        return Routes.path(AgreementResource.class, "create", caseId);
    }

    public static String timeline(long caseId, long agreementId) {
        return Routes.path(AgreementResource.class, "timeline", caseId, agreementId);
    }

    public static String newClause(long caseId, long agreementId) {
        return Routes.path(AgreementResource.class, "clauseForm", caseId, agreementId);
    }

    public static String addClause(long caseId, long agreementId) {
        return Routes.path(AgreementResource.class, "addClause", caseId, agreementId);
    }

    public static String editClause(long caseId, long agreementId, long clauseId) {
        return Routes.path(AgreementResource.class, "editClauseForm", caseId, agreementId, clauseId);
    }

    public static String changeClause(long caseId, long agreementId, long clauseId) {
        return Routes.path(AgreementResource.class, "changeClause", caseId, agreementId, clauseId);
    }

    public static String removeClause(long caseId, long agreementId, long clauseId) {
        return Routes.path(AgreementResource.class, "removeClause", caseId, agreementId, clauseId);
    }
}
