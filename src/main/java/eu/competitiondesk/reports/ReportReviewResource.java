package eu.competitiondesk.reports;

import eu.competitiondesk.cases.CaseAccess;
import eu.competitiondesk.cases.CaseHeading;
import eu.competitiondesk.cases.CaseRoutes;
import eu.competitiondesk.platform.InvalidCommand;
import eu.competitiondesk.web.Flash;
import eu.competitiondesk.web.FormErrors;
import eu.competitiondesk.web.FormValidator;
import eu.competitiondesk.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The review of a report on the pages: ask for review; read the version with what changed, comment on its paragraphs,
 * approve or return it; release it.
 */
@Path("/cases/{caseId}/reports/{reportId}")
@Produces(MediaType.TEXT_HTML)
public class ReportReviewResource {

    @CheckedTemplate
    static class Templates {
        /**
         * The version to read with its changes and comments, beside the decision and comment forms ({@code decision}
         * and {@code comment} as last posted, {@code errors} for either).
         */
        static native TemplateInstance review(
                CaseHeading caseFile,
                ReportSnapshot report,
                ReportReview review,
                ReviewReading.View view,
                ReviewDecision decision,
                ReviewComment comment,
                FormErrors errors,
                String refusal);
    }

    @Inject
    ReviewReading reading;

    @Inject
    CaseAccess cases;

    @Inject
    ReportService reports;

    @Inject
    ReportMessages msg;

    @Inject
    FormValidator validator;

    @POST
    @Path("/review-request")
    public Response requestReview(@RestPath long caseId, @RestPath long reportId) {
        return step(caseId, reportId, reports::requestReview, msg::review_requested);
    }

    @GET
    @Path("/review")
    public TemplateInstance reviewPage(@RestPath long caseId, @RestPath long reportId) {
        CaseHeading caseFile = cases.viewable(caseId);
        ReportSnapshot report = snapshot(caseId, reportId);
        return page(caseFile, report, null, null, FormErrors.none(), null);
    }

    private TemplateInstance page(
            CaseHeading caseFile,
            ReportSnapshot report,
            ReviewDecision decision,
            ReviewComment comment,
            FormErrors errors,
            String refusal) {
        ReportReview review = ReportReview.of(report.id);
        return Templates.review(
                caseFile,
                report,
                review,
                reading.of(report, review),
                decision == null ? new ReviewDecision(null, null) : decision,
                comment == null ? new ReviewComment(null, null) : comment,
                errors,
                refusal);
    }

    @POST
    @Path("/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response comment(@RestPath long caseId, @RestPath long reportId, @BeanParam ReviewComment form) {
        CaseHeading caseFile = cases.viewable(caseId);
        ReportSnapshot report = snapshot(caseId, reportId);
        FormErrors errors = validator.validate(form);
        if (errors.isEmpty()) {
            try {
                reports.comment(report, form);
                return Flash.redirect(
                        ReportRoutes.review(caseId, reportId) + "#comments",
                        msg.review_comment_kept(form.paragraphNumber()));
            } catch (InvalidCommand e) {
                errors = validator.refused(form, e);
            } catch (ReportService.ReviewRefused e) {
                return Response.status(e.status)
                        .entity(page(caseFile, report, null, form, FormErrors.none(), e.getMessage()))
                        .type(MediaType.TEXT_HTML_TYPE)
                        .build();
            }
        }
        return Pages.unprocessable(page(caseFile, report, null, form, errors, null));
    }

    @POST
    @Path("/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@RestPath long caseId, @RestPath long reportId, @BeanParam ReviewDecision form) {
        CaseHeading caseFile = cases.viewable(caseId);
        ReportSnapshot report = snapshot(caseId, reportId);
        FormErrors errors = validator.validate(form);
        if (errors.isPresent()) {
            return Pages.unprocessable(page(caseFile, report, form, null, errors, null));
        }
        try {
            reports.decide(report, form);
        } catch (ReportService.ReviewRefused e) {
            return Response.status(e.status)
                    .entity(page(caseFile, report, form, null, FormErrors.none(), e.getMessage()))
                    .type(MediaType.TEXT_HTML_TYPE)
                    .build();
        }
        return Flash.redirect(
                CaseRoutes.show(caseId) + "#reports",
                form.approves()
                        ? msg.review_approved(report.reportVersion)
                        : msg.review_returned(report.reportVersion));
    }

    @POST
    @Path("/release")
    public Response release(@RestPath long caseId, @RestPath long reportId) {
        return step(caseId, reportId, reports::release, msg::review_released);
    }

    /** A review step taken from the case page: back there saying it was done, or why it was refused. */
    private Response step(long caseId, long reportId, Consumer<ReportSnapshot> change, IntFunction<String> done) {
        cases.editable(caseId);
        ReportSnapshot report = snapshot(caseId, reportId);
        try {
            change.accept(report);
            return Flash.redirect(CaseRoutes.show(caseId) + "#reports", done.apply(report.reportVersion));
        } catch (ReportService.ReviewRefused e) {
            return Flash.redirect(CaseRoutes.show(caseId) + "#reports", e.getMessage());
        }
    }

    private static ReportSnapshot snapshot(long caseId, long reportId) {
        return ReportSnapshot.<ReportSnapshot>find("id = ?1 and caseId = ?2", reportId, caseId)
                .firstResultOptional()
                .orElseThrow(NotFoundException::new);
    }
}
