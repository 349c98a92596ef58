package eu.competitiondesk.cases;

import eu.competitiondesk.web.Routes;
import io.quarkus.qute.TemplateExtension;

/** The addresses of the case pages and actions, for templates ({@code {casePath:show(caseFile.id)}}) and Java. */
@TemplateExtension(namespace = "casePath")
public final class CaseRoutes {

    private CaseRoutes() {}

    public static String home() {
        return Routes.path(HomeResource.class, "home");
    }

    public static String list() {
        return Routes.path(CaseResource.class, "list");
    }

    public static String newCase() {
        return Routes.path(CaseResource.class, "newForm");
    }

    public static String show(long caseId) {
        return Routes.path(CaseResource.class, "show", caseId);
    }

    public static String edit(long caseId) {
        return Routes.path(CaseResource.class, "editForm", caseId);
    }

    public static String status(long caseId) {
        return Routes.path(CaseResource.class, "changeStatus", caseId);
    }

    public static String parties(long caseId) {
        return Routes.path(CaseResource.class, "addParty", caseId);
    }

    public static String removeParty(long caseId, long partyId) {
        return Routes.path(CaseResource.class, "removeParty", caseId, partyId);
    }

    public static String team(long caseId) {
        return Routes.path(CaseResource.class, "addMember", caseId);
    }

    public static String removeMember(long caseId, long memberId) {
        return Routes.path(CaseResource.class, "removeMember", caseId, memberId);
    }

    public static String keyDates(long caseId) {
        return Routes.path(CaseResource.class, "addKeyDate", caseId);
    }

    public static String removeKeyDate(long caseId, long keyDateId) {
        return Routes.path(CaseResource.class, "removeKeyDate", caseId, keyDateId);
    }

    public static String notes(long caseId) {
        return Routes.path(CaseResource.class, "notes", caseId);
    }

    public static String audit(long caseId) {
        return Routes.path(CaseAuditResource.class, "trail", caseId);
    }
}
