package eu.competitiondesk.reports;

import eu.competitiondesk.web.Routes;
import io.quarkus.qute.TemplateExtension;

/** The addresses of a case's reports and exports, for templates ({@code {reportPath:download(...)}}) and Java. */
@TemplateExtension(namespace = "reportPath")
public final class ReportRoutes {

    private ReportRoutes() {}

    public static String export(long caseId) {
        return Routes.path(ReportResource.class, "export", caseId);
    }

    public static String preview(long caseId, String edition) {
        return Routes.query(Routes.path(ReportResource.class, "preview", caseId), "edition", edition);
    }

    public static String sharesCsv(long caseId, String edition) {
        return Routes.query(Routes.path(ReportResource.class, "sharesCsv", caseId), "edition", edition);
    }

    public static String sharesXlsx(long caseId, String edition) {
        return Routes.query(Routes.path(ReportResource.class, "sharesXlsx", caseId), "edition", edition);
    }

    public static String answersXlsx(long caseId, String edition) {
        return Routes.query(Routes.path(ReportResource.class, "answersXlsx", caseId), "edition", edition);
    }

    public static String answersCsv(long caseId, String edition) {
        return Routes.query(Routes.path(ReportResource.class, "answersCsv", caseId), "edition", edition);
    }

    public static String download(long caseId, long reportId) {
        return Routes.path(ReportResource.class, "download", caseId, reportId);
    }

    public static String requestReview(long caseId, long reportId) {
        return Routes.path(ReportReviewResource.class, "requestReview", caseId, reportId);
    }

    public static String review(long caseId, long reportId) {
        return Routes.path(ReportReviewResource.class, "reviewPage", caseId, reportId);
    }

    public static String comments(long caseId, long reportId) {
        return Routes.path(ReportReviewResource.class, "comment", caseId, reportId);
    }

    public static String release(long caseId, long reportId) {
        return Routes.path(ReportReviewResource.class, "release", caseId, reportId);
    }
}
