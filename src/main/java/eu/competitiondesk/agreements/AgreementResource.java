package eu.competitiondesk.agreements;

import eu.competitiondesk.assessments.engine.ClauseHistory.ClauseKind;
import eu.competitiondesk.assessments.engine.ExclusivityScreen.RestraintType;
import eu.competitiondesk.cases.CaseAccess;
import eu.competitiondesk.cases.CaseHeading;
import eu.competitiondesk.documents.DocumentDirectory;
import eu.competitiondesk.export.Redaction;
import eu.competitiondesk.platform.InvalidCommand;
import eu.competitiondesk.platform.StaleVersionException;
import eu.competitiondesk.web.Flash;
import eu.competitiondesk.web.FormErrors;
import eu.competitiondesk.web.FormValidator;
import eu.competitiondesk.web.Option;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;

/** The pages of a case's agreements: record one, its clauses over time, and each clause added, corrected or removed. */
@Path("/cases/{caseId}/agreements")
@Produces(MediaType.TEXT_HTML)
public class AgreementResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agreementForm(CaseHeading caseFile, AgreementDetails form, FormErrors errors);

        static native TemplateInstance timeline(CaseHeading caseFile, AgreementTimeline agreement, boolean canEdit);

        static native TemplateInstance clauseForm(
                CaseHeading caseFile,
                AgreementTimeline agreement,
                Long clauseId,
                ClauseDetails form,
                FormErrors errors,
                List<Option> kinds,
                List<Option> restraints,
                List<Option> documents,
                boolean conflict);
    }

    @Inject
    CaseAccess access;

    @Inject
    AgreementService agreements;

    @Inject
    DocumentDirectory documents;

    @Inject
    FormValidator validator;

    @Inject
    AgreementMessages msg;

    @GET
    @Path("/new")
    public TemplateInstance newForm(@RestPath long caseId) {
        return Templates.agreementForm(access.editable(caseId), AgreementDetails.blank(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestPath long caseId, @BeanParam AgreementDetails form) {
        CaseHeading caseFile = access.editable(caseId);
        FormErrors errors = validator.validate(form);
        if (errors.isEmpty()) {
            try {
                long id = agreements.create(caseId, form);
                return Flash.redirect(AgreementRoutes.timeline(caseId, id), msg.agreement_created(form.title()));
            } catch (InvalidCommand e) {
                errors = validator.refused(form, e);
            }
        }
        return Pages.unprocessable(Templates.agreementForm(caseFile, form, errors));
    }

    @GET
    @Path("/{agreementId}")
    public TemplateInstance timeline(@RestPath long caseId, @RestPath long agreementId) {
        CaseHeading caseFile = access.viewable(caseId);
        return Templates.timeline(caseFile, timelineOf(caseId, agreementId), access.canEdit(caseId));
    }

    @GET
    @Path("/{agreementId}/clauses/new")
    public TemplateInstance clauseForm(@RestPath long caseId, @RestPath long agreementId) {
        CaseHeading caseFile = access.editable(caseId);
        return clausePage(
                caseFile, timelineOf(caseId, agreementId), null, ClauseDetails.blank(), FormErrors.none(), false);
    }

    @POST
    @Path("/{agreementId}/clauses")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addClause(@RestPath long caseId, @RestPath long agreementId, @BeanParam ClauseDetails form) {
        CaseHeading caseFile = access.editable(caseId);
        AgreementTimeline agreement = timelineOf(caseId, agreementId);
        FormErrors errors = validator.validate(form);
        if (errors.isEmpty()) {
            try {
                AgreementClause clause = agreements.addClause(agreementId, form);
                return Flash.redirect(
                        AgreementRoutes.timeline(caseId, agreementId) + "#clause-" + clause.id,
                        msg.clause_added(msg.clauseKind(clause.kind)));
            } catch (InvalidCommand e) {
                errors = validator.refused(form, e);
            }
        }
        return Pages.unprocessable(clausePage(caseFile, agreement, null, form, errors, false));
    }

    @GET
    @Path("/{agreementId}/clauses/{clauseId}/edit")
    public TemplateInstance editClauseForm(@RestPath long caseId, @RestPath long agreementId, @RestPath long clauseId) {
        CaseHeading caseFile = access.editable(caseId);
        Agreement agreement = Agreement.inCase(caseId, agreementId).orElseThrow(NotFoundException::new);
        AgreementClause clause = agreement.clause(clauseId).orElseThrow(NotFoundException::new);
        return clausePage(
                caseFile,
                timelineOf(caseId, agreementId),
                clauseId,
                ClauseDetails.of(clause),
                FormErrors.none(),
                false);
    }

    @POST
    @Path("/{agreementId}/clauses/{clauseId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeClause(
            @RestPath long caseId, @RestPath long agreementId, @RestPath long clauseId, @BeanParam ClauseDetails form) {
        CaseHeading caseFile = access.editable(caseId);
        Agreement.inCase(caseId, agreementId).flatMap(a -> a.clause(clauseId)).orElseThrow(NotFoundException::new);
        FormErrors errors = validator.validate(form);
        if (errors.isEmpty()) {
            try {
                AgreementClause clause = agreements.changeClause(agreementId, clauseId, form);
                return Flash.redirect(
                        AgreementRoutes.timeline(caseId, agreementId) + "#clause-" + clauseId,
                        msg.clause_changed(msg.clauseKind(clause.kind)));
            } catch (InvalidCommand e) {
                errors = validator.refused(form, e);
            } catch (StaleVersionException e) {
                AgreementClause current = e.current(AgreementClause.class);
                return Pages.conflict(clausePage(
                        caseFile,
                        timelineOf(caseId, agreementId),
                        clauseId,
                        withVersion(form, current.version),
                        FormErrors.none(),
                        true));
            }
        }
        return Pages.unprocessable(
                clausePage(caseFile, timelineOf(caseId, agreementId), clauseId, form, errors, false));
    }

    @POST
    @Path("/{agreementId}/clauses/{clauseId}/remove")
    public Response removeClause(@RestPath long caseId, @RestPath long agreementId, @RestPath long clauseId) {
        access.editable(caseId);
        Agreement.inCase(caseId, agreementId).flatMap(a -> a.clause(clauseId)).orElseThrow(NotFoundException::new);
        String removed = agreements.removeClause(agreementId, clauseId);
        return Flash.redirect(AgreementRoutes.timeline(caseId, agreementId), msg.clause_removed(removed));
    }

    private AgreementTimeline timelineOf(long caseId, long agreementId) {
        Agreement agreement = Agreement.inCase(caseId, agreementId).orElseThrow(NotFoundException::new);
        Map<Long, DocumentDirectory.DocumentRef> byId = new HashMap<>();
        documents.ofCase(caseId).forEach(d -> byId.put(d.id(), d));
        return AgreementTimeline.of(agreement, byId, msg, Redaction.Policy.NONE);
    }

    private TemplateInstance clausePage(
            CaseHeading caseFile,
            AgreementTimeline agreement,
            Long clauseId,
            ClauseDetails form,
            FormErrors errors,
            boolean conflict) {
        List<Option> documentOptions = new ArrayList<>();
        documentOptions.add(new Option("", msg.clause_no_document()));
        documents
                .ofCase(caseFile.id())
                .forEach(d -> documentOptions.add(new Option(Long.toString(d.id()), d.fileName())));
        return Templates.clauseForm(
                caseFile,
                agreement,
                clauseId,
                form,
                errors,
                Option.of(ClauseKind.class, msg::clauseKind, msg.clause_kind()),
                Option.of(RestraintType.class, msg::restraint, msg.clause_restraint_not_stated()),
                documentOptions,
                conflict);
    }

    /** The typed form, now to be saved over the version that stands (the conflict page shows both). */
    private static ClauseDetails withVersion(ClauseDetails f, long version) {
        return new ClauseDetails(
                f.kind(),
                f.summary(),
                f.effectiveFrom(),
                f.effectiveTo(),
                f.restraintType(),
                f.requirementsShare(),
                f.durationMonths(),
                f.tacitRenewal(),
                f.terminable(),
                f.stakePercent(),
                f.documentId(),
                f.pinpoint(),
                f.sourceTitle(),
                f.sourceUrl(),
                f.sourceDate(),
                f.asReported(),
                f.confidential(),
                Long.toString(version));
    }
}
