package eu.competitiondesk.assessments;

import eu.competitiondesk.assessments.engine.AssessmentRules;
import eu.competitiondesk.assessments.engine.Conclusion;
import eu.competitiondesk.assessments.engine.Conclusions;
import eu.competitiondesk.assessments.engine.Finding;
import eu.competitiondesk.assessments.engine.InvalidAssessmentInput;
import eu.competitiondesk.assessments.questionnaire.AnswerCheck;
import eu.competitiondesk.assessments.questionnaire.Questionnaire;
import eu.competitiondesk.cases.CaseAccess;
import eu.competitiondesk.cases.CaseFile;
import eu.competitiondesk.concentration.RelevantMarket;

import eu.competitiondesk.web.Flash;
import eu.competitiondesk.web.FormErrors;
import eu.competitiondesk.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import eu.competitiondesk.documents.DocumentDirectory;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The officer's path through an assessment: task list, one page per section with Save and continue, check your
 * answers with Change links, mark complete, findings, reopen. Cases are reached only through {@link CaseAccess}.
 */
@Path("/cases/{caseId}/assessments")
@Produces(MediaType.TEXT_HTML)
public class AssessmentResource {

    static final String VALUE = "q.";
    static final String EVIDENCE = "evidence.";
    static final String CITE = "cite.";
    static final String PINPOINT = "pinpoint.";
    static final String CONFIDENTIAL = "confidential.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(CaseFile caseFile, List<Questionnaire> questionnaires, String chosen,
                String title, FormErrors errors);

        static native TemplateInstance tasks(CaseFile caseFile, AssessmentView view, boolean canEdit);

        static native TemplateInstance section(CaseFile caseFile, AssessmentView view, Questionnaire.Section section,
                List<QuestionField> fields, List<MarketShareHint> marketHints, FormErrors errors, String back,
                boolean returnToCheck, boolean conflict);

        static native TemplateInstance check(CaseFile caseFile, AssessmentView view, boolean canEdit,
                List<Questionnaire.Section> incomplete);

        static native TemplateInstance findings(CaseFile caseFile, AssessmentView view, List<Finding> findings,
                List<Conclusion> conclusions,
                boolean canEdit);
    }

    @Inject
    CaseAccess cases;

    @Inject
    DocumentDirectory documents;

    @Inject
    Questionnaires questionnaires;

    @Inject
    AssessmentService assessments;

    @Inject
    AssessmentReferenceData referenceData;

    @Inject
    AssessmentMessages msg;

    @GET
    @Path("/new")
    public TemplateInstance startForm(@RestPath long caseId) {
        CaseFile caseFile = cases.editable(caseId);
        return Templates.start(caseFile, questionnaires.available(), null, "", FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestPath long caseId, @RestForm String questionnaire, @RestForm String title) {
        CaseFile caseFile = cases.editable(caseId);
        boolean known = questionnaire != null && questionnaires.available().stream()
                .anyMatch(q -> q.id().equals(questionnaire));
        FormErrors errors = FormErrors.none();
        if (!known) {
            errors.add("questionnaire", msg.assessment_choose());
        }
        if (title != null && title.length() > 200) {
            errors.add("title", msg.assessment_title_too_long());
        }
        if (!errors.isEmpty()) {
            return Pages.unprocessable(Templates.start(caseFile, questionnaires.available(), questionnaire,
                    title == null ? "" : title, errors));
        }
        Assessment assessment = assessments.start(caseId, questionnaire, title);
        return Flash.redirect(base(caseId, assessment.id), msg.assessment_started(assessment.title));
    }

    @GET
    @Path("/{assessmentId}")
    public TemplateInstance tasks(@RestPath long caseId, @RestPath long assessmentId) {
        Assessment assessment = viewable(caseId, assessmentId);
        return Templates.tasks(assessment.caseFile, view(assessment), cases.canEdit(assessment.caseFile));
    }

    @GET
    @Path("/{assessmentId}/sections/{sectionId}")
    public TemplateInstance section(@RestPath long caseId, @RestPath long assessmentId, @RestPath String sectionId,
            @RestQuery("return") String returnTo) {
        Assessment assessment = editable(caseId, assessmentId);
        AssessmentView view = view(assessment);
        Questionnaire.Section section = view.questionnaire().section(sectionId).orElseThrow(NotFoundException::new);
        Map<String, String> evidence = new LinkedHashMap<>();
        Map<String, Boolean> confidential = new LinkedHashMap<>();
        Map<String, List<Citation>> citations = new LinkedHashMap<>();
        for (AssessmentAnswer answer : assessment.answers) {
            evidence.put(answer.questionId, answer.evidence == null ? "" : answer.evidence);
            confidential.put(answer.questionId, answer.confidential);
            citations.put(answer.questionId, answer.citations);
        }
        Map<String, List<String>> values = new LinkedHashMap<>(view.answers());
        MarketShareHint.prefill(view, section, RelevantMarket.ofCase(caseId), values, evidence);
        return sectionPage(view, section, values, evidence, confidential, citations, FormErrors.none(),
                "check".equals(returnTo), false);
    }

    @POST
    @Path("/{assessmentId}/sections/{sectionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSection(@RestPath long caseId, @RestPath long assessmentId, @RestPath String sectionId,
            @RestQuery("return") String returnTo, MultivaluedMap<String, String> form) {
        Assessment assessment = editable(caseId, assessmentId);
        AssessmentView view = view(assessment);
        Questionnaire.Section section = view.questionnaire().section(sectionId).orElseThrow(NotFoundException::new);
        boolean toCheck = "check".equals(returnTo);
        FormErrors errors = FormErrors.none();
        Map<String, AssessmentService.Entry> entries = new LinkedHashMap<>();
        Map<String, List<String>> typed = new LinkedHashMap<>(view.answers());
        Map<String, String> evidence = new LinkedHashMap<>();
        Map<String, Boolean> confidential = new LinkedHashMap<>();
        Map<String, List<Citation>> citations = new LinkedHashMap<>();
        java.util.Set<Long> documentIds = new java.util.HashSet<>();
        documents.ofCase(caseId).forEach(d -> documentIds.add(d.id()));
        for (Questionnaire.Question q : view.shownQuestions(section)) {
            List<String> raw = form.getOrDefault(VALUE + q.id(), List.of());
            AnswerCheck.Checked checked = AnswerCheck.check(q, raw);
            String note = form.getFirst(EVIDENCE + q.id());
            note = note == null || note.isBlank() ? null : note.strip();
            boolean secret = q.confidentialAllowed() && "true".equals(form.getFirst(CONFIDENTIAL + q.id()));
            typed.put(q.id(), checked.values());
            evidence.put(q.id(), note == null ? "" : note);
            confidential.put(q.id(), secret);
            List<Citation> cited = new java.util.ArrayList<>();
            String citationProblem = null;
            // Every pinpoint typed is checked, a document left unticked too: nothing typed passes unchecked.
            for (long documentId : documentIds) {
                String typedPinpoint = form.getFirst(PINPOINT + q.id() + "." + documentId);
                if (typedPinpoint != null && (typedPinpoint.strip().length() > Citation.PINPOINT_MAX
                        || AnswerCheck.hasUntypable(typedPinpoint))) {
                    citationProblem = msg.assessment_citation_pinpoint();
                }
            }
            for (String documentId : form.getOrDefault(CITE + q.id(), List.of())) {
                Long id = parseId(documentId);
                String pinpoint = form.getFirst(PINPOINT + q.id() + "." + documentId);
                pinpoint = pinpoint == null || pinpoint.isBlank() ? null : pinpoint.strip();
                if (id == null || !documentIds.contains(id)) {
                    citationProblem = msg.assessment_citation_unknown();
                } else if (citationProblem == null && cited.stream().noneMatch(c -> c.documentId == id)) {
                    cited.add(Citation.of(id, pinpoint));
                }
            }
            citations.put(q.id(), cited);
            if (citationProblem != null) {
                errors.add("cite-" + q.id(), citationProblem);
            } else if (!checked.ok()) {
                errors.add(fieldId(q), checked.problem());
            } else if (note != null && note.length() > 4000) {
                errors.add("evidence-" + q.id(), msg.assessment_evidence_too_long());
            } else if (AnswerCheck.hasUntypable(note)) {
                evidence.put(q.id(), note.replaceAll("\\p{Cc}|\\p{Cs}", ""));
                errors.add("evidence-" + q.id(), msg.assessment_evidence_control());
            } else {
                entries.put(q.id(), new AssessmentService.Entry(checked.values(), note, secret, cited));
            }
        }
        if (!errors.isEmpty()) {
            return Pages.unprocessable(sectionPage(view, section, typed, evidence, confidential, citations, errors,
                    toCheck, false));
        }
        Assessment saved;
        try {
            saved = assessments.saveSection(assessmentId, Pages.version(form.getFirst("version")), sectionId, entries);
        } catch (AssessmentService.StaleAssessmentException e) {
            Assessment current = viewable(caseId, assessmentId);
            return Pages.conflict(sectionPage(
                    view(current), section, typed, evidence, confidential, citations, errors, toCheck, true));
        } catch (AssessmentService.CitedDocumentRemoved e) {
            e.questionIds.forEach(q -> errors.add("cite-" + q, msg.assessment_citation_removed()));
            return Pages.conflict(sectionPage(view, section, typed, evidence, confidential, citations, errors,
                    toCheck, false));
        }
        AssessmentView after = view(saved);
        String next = toCheck ? base(caseId, assessmentId) + "/check"
                : after.nextApplicable(sectionId).map(s -> base(caseId, assessmentId) + "/sections/" + s.id())
                        .orElse(base(caseId, assessmentId) + "/check");
        return Flash.redirect(next, msg.assessment_section_saved(section.title()));
    }

    @GET
    @Path("/{assessmentId}/check")
    public TemplateInstance check(@RestPath long caseId, @RestPath long assessmentId) {
        Assessment assessment = viewable(caseId, assessmentId);
        AssessmentView view = view(assessment);
        return Templates.check(assessment.caseFile, view, cases.canEdit(assessment.caseFile),
                view.incompleteSections());
    }

    @POST
    @Path("/{assessmentId}/complete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complete(@RestPath long caseId, @RestPath long assessmentId, @RestForm String version) {
        Assessment assessment = editable(caseId, assessmentId);
        AssessmentView view = view(assessment);
        if (!view.readyToComplete()) {
            return Pages.unprocessable(Templates.check(assessment.caseFile, view, true, view.incompleteSections()));
        }
        try {
            assessments.complete(assessmentId, Pages.version(version));
        } catch (AssessmentService.StaleAssessmentException e) {
            return Flash.redirect(base(caseId, assessmentId) + "/check", msg.assessment_changed_meanwhile());
        }
        return Flash.redirect(base(caseId, assessmentId) + "/findings", msg.assessment_completed());
    }

    @POST
    @Path("/{assessmentId}/reopen")
    public Response reopen(@RestPath long caseId, @RestPath long assessmentId) {
        editable(caseId, assessmentId);
        assessments.reopen(assessmentId);
        return Flash.redirect(base(caseId, assessmentId), msg.assessment_reopened());
    }

    @GET
    @Path("/{assessmentId}/findings")
    public TemplateInstance findings(@RestPath long caseId, @RestPath long assessmentId) {
        Assessment assessment = viewable(caseId, assessmentId);
        AssessmentView view = view(assessment);
        List<Finding> findings = List.of();
        if (view.readyToComplete()) {
            try {
                findings = AssessmentRules.findings(assessment.questionnaireId, view.sheet(), referenceData.current());
            } catch (InvalidAssessmentInput e) {
                findings = List.of();
            }
        }
        return Templates.findings(assessment.caseFile, view, findings,
                Conclusions.of(assessment.questionnaireId, findings), cases.canEdit(assessment.caseFile));
    }

    private TemplateInstance sectionPage(AssessmentView view, Questionnaire.Section section,
            Map<String, List<String>> values, Map<String, String> evidence, Map<String, Boolean> confidential,
            Map<String, List<Citation>> citations, FormErrors errors, boolean toCheck, boolean conflict) {
        long caseId = view.assessment().caseFile.id;
        long id = view.assessment().id;
        String back = toCheck ? base(caseId, id) + "/check" : view.previousApplicable(section.id())
                .map(s -> base(caseId, id) + "/sections/" + s.id()).orElse(base(caseId, id));
        List<DocumentDirectory.DocumentRef> caseDocuments = documents.ofCase(caseId);
        List<QuestionField> fields = view.shownQuestions(section).stream().map(q -> QuestionField.of(q,
                values.get(q.id()), evidence.get(q.id()), Boolean.TRUE.equals(confidential.get(q.id())),
                errors.get(fieldId(q)), view.yearLabels(), QuestionField.citable(caseDocuments,
                        citations.getOrDefault(q.id(), List.of())), errors.get("cite-" + q.id()))).toList();
        List<MarketShareHint> hints = MarketShareHint.SECTION.equals(section.id())
                ? MarketShareHint.of(RelevantMarket.ofCase(caseId)) : List.of();
        return Templates.section(view.assessment().caseFile, view, section, fields, hints, errors, back, toCheck,
                conflict);
    }

    private static Long parseId(String value) {
        try {
            return value == null ? null : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The HTML id of a question's first input, which the error summary links to. */
    static String fieldId(Questionnaire.Question q) {
        return "q-" + q.id() + (q.type() == eu.competitiondesk.assessments.questionnaire.QuestionType.PER_YEAR
                ? "-0" : "");
    }

    private Assessment viewable(long caseId, long assessmentId) {
        cases.viewable(caseId);
        return Assessment.inCase(caseId, assessmentId).orElseThrow(NotFoundException::new);
    }

    private Assessment editable(long caseId, long assessmentId) {
        cases.editable(caseId);
        return Assessment.inCase(caseId, assessmentId).orElseThrow(NotFoundException::new);
    }

    private AssessmentView view(Assessment assessment) {
        return AssessmentView.withDocuments(assessment, questionnaires.of(assessment),
                documents.ofCase(assessment.caseFile.id));
    }

    private static String base(long caseId, long assessmentId) {
        return "/cases/" + caseId + "/assessments/" + assessmentId;
    }


}
