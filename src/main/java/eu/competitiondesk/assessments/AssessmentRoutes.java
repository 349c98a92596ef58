package eu.competitiondesk.assessments;

import eu.competitiondesk.web.Routes;
import io.quarkus.qute.TemplateExtension;

/** The addresses of the assessment pages and actions, for templates ({@code {assessmentPath:tasks(...)}}) and Java. */
@TemplateExtension(namespace = "assessmentPath")
public final class AssessmentRoutes {

    private AssessmentRoutes() {}

    public static String start(long caseId) {
        return Routes.path(AssessmentResource.class, "startForm", caseId);
    }

    public static String create(long caseId) {
        return Routes.path(AssessmentResource.class, "start", caseId);
    }

    public static String tasks(long caseId, long assessmentId) {
        return Routes.path(AssessmentResource.class, "tasks", caseId, assessmentId);
    }

    public static String section(long caseId, long assessmentId, String sectionId) {
        return Routes.path(AssessmentResource.class, "section", caseId, assessmentId, sectionId);
    }

    /** A section opened from the check page, whose "Save" leads back there. */
    public static String sectionFromCheck(long caseId, long assessmentId, String sectionId) {
        return Routes.query(section(caseId, assessmentId, sectionId), "return", "check");
    }

    public static String check(long caseId, long assessmentId) {
        return Routes.path(AssessmentResource.class, "check", caseId, assessmentId);
    }

    public static String complete(long caseId, long assessmentId) {
        return Routes.path(AssessmentResource.class, "complete", caseId, assessmentId);
    }

    public static String reopen(long caseId, long assessmentId) {
        return Routes.path(AssessmentResource.class, "reopen", caseId, assessmentId);
    }

    public static String findings(long caseId, long assessmentId) {
        return Routes.path(AssessmentResource.class, "findings", caseId, assessmentId);
    }

    public static String comparison(long caseId) {
        return Routes.path(AssessmentResource.class, "comparison", caseId);
    }

    public static String date(long caseId, long assessmentId) {
        return Routes.path(AssessmentResource.class, "date", caseId, assessmentId);
    }

    public static String compareDates(long caseId, long assessmentId) {
        return Routes.path(AssessmentResource.class, "compareDates", caseId, assessmentId);
    }
}
