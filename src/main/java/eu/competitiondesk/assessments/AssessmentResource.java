package eu.competitiondesk.assessments;

import eu.competitiondesk.assessments.questionnaire.Questionnaire;
import eu.competitiondesk.cases.CaseAccess;
import eu.competitiondesk.cases.CaseHeading;
import eu.competitiondesk.concentration.MarketDirectory;
import eu.competitiondesk.documents.DocumentDirectory;
import eu.competitiondesk.export.Redaction;
import eu.competitiondesk.platform.InvalidCommand;
import eu.competitiondesk.platform.StaleVersionException;
import eu.competitiondesk.reasoning.OfficerTexts;
import eu.competitiondesk.reasoning.Passage;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        static native TemplateInstance start(
                CaseHeading caseFile,
                List<Questionnaire> questionnaires,
                String chosen,
                String title,
                FormErrors errors);

        static native TemplateInstance tasks(
                CaseHeading caseFile,
                AssessmentView view,
                boolean canEdit,
                boolean readsAgreements,
                List<eu.competitiondesk.web.Option> agreements,
                AssessmentDate dateForm,
                FormErrors errors,
                boolean conflict);

        static native TemplateInstance dates(
                CaseHeading caseFile,
                AssessmentView view,
                String first,
                String second,
                DateComparison comparison,
                FormErrors errors);

        static native TemplateInstance section(
                CaseHeading caseFile,
                AssessmentView view,
                Questionnaire.Section section,
                List<QuestionField> fields,
                List<MarketShareHint> marketHints,
                FormErrors errors,
                String back,
                boolean returnToCheck,
                boolean conflict);

        static native TemplateInstance check(
                CaseHeading caseFile, AssessmentView view, boolean canEdit, List<Questionnaire.Section> incomplete);

        /** {@code officerText}: the case's officer passages by anchor, shown under each conclusion. */
        static native TemplateInstance comparison(CaseHeading caseFile, List<DesignationComparison> comparisons);

        static native TemplateInstance findings(
                CaseHeading caseFile,
                AssessmentFindings assessment,
                boolean canEdit,
                Map<String, List<Passage>> officerText,
                String back);
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

    @Inject
    AgreementReadings agreementReadings;

    @Inject
    AgreementHistory agreementHistory;

    @Inject
    FormValidator validator;

    @Inject
    MarketDirectory marketDirectory;

    @Inject
    AssessmentDirectory assessmentDirectory;

    @Inject
    OfficerTexts officerTexts;

    @GET
    @Path("/new")
    public TemplateInstance startForm(@RestPath long caseId) {
        CaseHeading caseFile = cases.editable(caseId);
        return Templates.start(caseFile, questionnaires.available(), null, "", FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestPath long caseId, @BeanParam AssessmentStart form) {
        CaseHeading caseFile = cases.editable(caseId);
        FormErrors errors = validator.validate(form);
        if (errors.isEmpty()) {
            try {
                Assessment assessment = assessments.start(caseId, form);
                return Flash.redirect(
                        AssessmentRoutes.tasks(caseId, assessment.id), msg.assessment_started(assessment.title));
            } catch (InvalidCommand e) {
                errors = validator.refused(form, e);
            }
        }
        return Pages.unprocessable(Templates.start(
                caseFile,
                questionnaires.available(),
                form.questionnaireId(),
                form.title() == null ? "" : form.title(),
                errors));
    }

    @GET
    @Path("/{assessmentId}")
    public TemplateInstance tasks(@RestPath long caseId, @RestPath long assessmentId) {
        Assessment assessment = viewable(caseId, assessmentId);
        return tasksPage(
                assessment,
                new AssessmentDate(
                        assessment.agreementId == null ? null : assessment.agreementId.toString(),
                        assessment.asOf == null ? null : assessment.asOf.toString(),
                        Long.toString(assessment.version)),
                FormErrors.none(),
                false);
    }

    /** Dates the assessment: the answers the agreement gives are read from its clauses in force that day. */
    @POST
    @Path("/{assessmentId}/date")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response date(@RestPath long caseId, @RestPath long assessmentId, @BeanParam AssessmentDate form) {
        Assessment assessment = editable(caseId, assessmentId);
        FormErrors errors = validator.validate(form);
        if (errors.isEmpty()) {
            try {
                assessments.date(assessmentId, form);
                return Flash.redirect(
                        AssessmentRoutes.tasks(caseId, assessmentId) + "#as-of",
                        form.asOf() == null ? msg.as_of_cleared() : msg.as_of_saved(form.asOf()));
            } catch (InvalidCommand e) {
                errors = validator.refused(form, e);
            } catch (StaleVersionException e) {
                // Read again: the entity the refusal carries belongs to the transaction that ended.
                Assessment current = viewable(caseId, assessmentId);
                return Pages.conflict(tasksPage(
                        current,
                        new AssessmentDate(form.agreementId(), form.asOf(), Long.toString(current.version)),
                        FormErrors.none(),
                        true));
            }
        }
        return Pages.unprocessable(tasksPage(assessment, form, errors, false));
    }

    /** The assessment as at two days side by side; with no days given, the form alone. */
    @GET
    @Path("/{assessmentId}/dates")
    public Response compareDates(
            @RestPath long caseId,
            @RestPath long assessmentId,
            @org.jboss.resteasy.reactive.RestQuery String first,
            @org.jboss.resteasy.reactive.RestQuery String second) {
        Assessment assessment = viewable(caseId, assessmentId);
        FormErrors errors = FormErrors.none();
        java.time.LocalDate a = day(first, "first", errors);
        java.time.LocalDate b = day(second, "second", errors);
        DateComparison comparison = a == null || b == null || errors.isPresent()
                ? null
                : assessmentDirectory.compareDates(assessment, a, b);
        TemplateInstance page =
                Templates.dates(cases.viewable(caseId), view(assessment), first, second, comparison, errors);
        return errors.isPresent()
                ? Pages.unprocessable(page)
                : Response.ok(page).build();
    }

    private java.time.LocalDate day(String value, String field, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            java.time.LocalDate day = java.time.LocalDate.parse(value.strip());
            if (day.getYear() >= eu.competitiondesk.platform.validation.IsoDate.FIRST_YEAR
                    && day.getYear() <= eu.competitiondesk.platform.validation.IsoDate.LAST_YEAR) {
                return day;
            }
        } catch (java.time.format.DateTimeParseException e) {
            // said below
        }
        errors.add(field, msg.dates_day_invalid());
        return null;
    }

    private TemplateInstance tasksPage(
            Assessment assessment, AssessmentDate dateForm, FormErrors errors, boolean conflict) {
        long caseId = assessment.caseId;
        List<eu.competitiondesk.web.Option> agreements = new java.util.ArrayList<>();
        agreements.add(new eu.competitiondesk.web.Option("", msg.as_of_no_agreement()));
        agreementHistory
                .ofCase(caseId)
                .forEach(a -> agreements.add(new eu.competitiondesk.web.Option(Long.toString(a.id()), a.title())));
        return Templates.tasks(
                cases.viewable(caseId),
                view(assessment),
                cases.canEdit(caseId),
                eu.competitiondesk.assessments.engine.QuestionnaireKinds.of(assessment.questionnaireId)
                        .readsAgreements(),
                agreements,
                dateForm,
                errors,
                conflict);
    }

    @GET
    @Path("/{assessmentId}/sections/{sectionId}")
    public TemplateInstance section(
            @RestPath long caseId,
            @RestPath long assessmentId,
            @RestPath String sectionId,
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
        // The officer's own answers: one the agreement gives is shown beside its field, not typed into it.
        Map<String, List<String>> values = new LinkedHashMap<>(assessment.answerValues());
        MarketShareHint.prefill(view, section, marketDirectory.ofCase(caseId), values, evidence);
        return sectionPage(
                view,
                section,
                values,
                evidence,
                confidential,
                citations,
                FormErrors.none(),
                "check".equals(returnTo),
                false);
    }

    @POST
    @Path("/{assessmentId}/sections/{sectionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSection(
            @RestPath long caseId,
            @RestPath long assessmentId,
            @RestPath String sectionId,
            @RestQuery("return") String returnTo,
            MultivaluedMap<String, String> form) {
        Assessment assessment = editable(caseId, assessmentId);
        AssessmentView view = view(assessment);
        Questionnaire.Section section = view.questionnaire().section(sectionId).orElseThrow(NotFoundException::new);
        boolean toCheck = "check".equals(returnTo);
        FormErrors errors = FormErrors.none();
        List<Questionnaire.Question> shown = view.shownQuestions(section);
        Set<String> caseDocuments = new HashSet<>();
        documents.ofCase(caseId).forEach(d -> caseDocuments.add(Long.toString(d.id())));
        List<SectionAnswers.Answer> answers = new ArrayList<>();
        for (Questionnaire.Question q : shown) {
            List<SectionAnswers.Cited> cited = form.getOrDefault(CITE + q.id(), List.of()).stream()
                    .map(id -> new SectionAnswers.Cited(id, form.getFirst(PINPOINT + q.id() + "." + id)))
                    .toList();
            answers.add(new SectionAnswers.Answer(
                    q.id(),
                    form.getOrDefault(VALUE + q.id(), List.of()),
                    form.getFirst(EVIDENCE + q.id()),
                    "true".equals(form.getFirst(CONFIDENTIAL + q.id())),
                    cited));
            // A place typed beside a document left unticked is not part of the command, but is checked all the same:
            // nothing typed passes unchecked.
            boolean badPinpoint = caseDocuments.stream()
                    .map(d -> form.getFirst(PINPOINT + q.id() + "." + d))
                    .anyMatch(p -> !Citation.isValidPinpoint(p));
            if (badPinpoint) {
                errors.add("cite-" + q.id(), msg.assessment_citation_pinpoint());
            }
        }
        SectionAnswers command = new SectionAnswers(sectionId, form.getFirst("version"), answers);
        Map<String, List<String>> typed = new LinkedHashMap<>(view.answers());
        Map<String, String> evidence = new LinkedHashMap<>();
        Map<String, Boolean> confidential = new LinkedHashMap<>();
        Map<String, List<Citation>> citations = new LinkedHashMap<>();
        for (SectionAnswers.Answer a : answers) {
            typed.put(a.questionId(), a.values());
            evidence.put(a.questionId(), a.evidence() == null ? "" : a.evidence());
            confidential.put(a.questionId(), a.confidential());
            citations.put(
                    a.questionId(),
                    a.citations().stream()
                            .filter(c -> caseDocuments.contains(c.documentId()))
                            .map(c -> Citation.of(Long.parseLong(c.documentId()), c.pinpoint()))
                            .toList());
        }
        Assessment saved = null;
        if (errors.isEmpty()) {
            try {
                saved = assessments.saveSection(assessmentId, command);
            } catch (InvalidCommand e) {
                e.order.forEach(path -> errors.add(pageField(shown, path), e.errors.get(path)));
            } catch (StaleVersionException e) {
                Assessment current = viewable(caseId, assessmentId);
                return Pages.conflict(sectionPage(
                        view(current), section, typed, evidence, confidential, citations, errors, toCheck, true));
            } catch (AssessmentService.CitedDocumentRemoved e) {
                e.questionIds.forEach(q -> errors.add("cite-" + q, msg.assessment_citation_removed()));
                return Pages.conflict(
                        sectionPage(view, section, typed, evidence, confidential, citations, errors, toCheck, false));
            }
        }
        if (saved == null) {
            return Pages.unprocessable(
                    sectionPage(view, section, typed, evidence, confidential, citations, errors, toCheck, false));
        }
        AssessmentView after = view(saved);
        String next = toCheck
                ? AssessmentRoutes.check(caseId, assessmentId)
                : after.nextApplicable(sectionId)
                        .map(s -> AssessmentRoutes.section(caseId, assessmentId, s.id()))
                        .orElse(AssessmentRoutes.check(caseId, assessmentId));
        return Flash.redirect(next, msg.assessment_section_saved(section.title()));
    }

    @GET
    @Path("/{assessmentId}/check")
    public TemplateInstance check(@RestPath long caseId, @RestPath long assessmentId) {
        Assessment assessment = viewable(caseId, assessmentId);
        AssessmentView view = view(assessment);
        return Templates.check(cases.viewable(caseId), view, cases.canEdit(caseId), view.incompleteSections());
    }

    @POST
    @Path("/{assessmentId}/complete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complete(@RestPath long caseId, @RestPath long assessmentId, @RestForm String version) {
        Assessment assessment = editable(caseId, assessmentId);
        AssessmentView view = view(assessment);
        if (!view.readyToComplete()) {
            return Pages.unprocessable(Templates.check(cases.viewable(caseId), view, true, view.incompleteSections()));
        }
        try {
            assessments.complete(assessmentId, version);
        } catch (StaleVersionException e) {
            return Flash.redirect(AssessmentRoutes.check(caseId, assessmentId), msg.assessment_changed_meanwhile());
        }
        return Flash.redirect(AssessmentRoutes.findings(caseId, assessmentId), msg.assessment_completed());
    }

    @POST
    @Path("/{assessmentId}/reopen")
    public Response reopen(@RestPath long caseId, @RestPath long assessmentId) {
        editable(caseId, assessmentId);
        assessments.reopen(assessmentId);
        return Flash.redirect(AssessmentRoutes.tasks(caseId, assessmentId), msg.assessment_reopened());
    }

    /** The case's designation assessments side by side, per undertaking. */
    @GET
    @Path("/designation-comparison")
    public TemplateInstance comparison(@RestPath long caseId) {
        return Templates.comparison(
                cases.viewable(caseId), assessmentDirectory.designationComparisons(caseId, Redaction.Policy.NONE));
    }

    @GET
    @Path("/{assessmentId}/findings")
    public TemplateInstance findings(@RestPath long caseId, @RestPath long assessmentId) {
        Assessment assessment = viewable(caseId, assessmentId);
        return Templates.findings(
                cases.viewable(caseId),
                assessmentDirectory.findings(view(assessment), referenceData.current(), Redaction.Policy.NONE),
                cases.canEdit(caseId),
                officerTexts.ofCase(caseId),
                AssessmentRoutes.findings(caseId, assessmentId) + "#conclusions");
    }

    private TemplateInstance sectionPage(
            AssessmentView view,
            Questionnaire.Section section,
            Map<String, List<String>> values,
            Map<String, String> evidence,
            Map<String, Boolean> confidential,
            Map<String, List<Citation>> citations,
            FormErrors errors,
            boolean toCheck,
            boolean conflict) {
        long caseId = view.assessment().caseId;
        long id = view.assessment().id;
        String back = toCheck
                ? AssessmentRoutes.check(caseId, id)
                : view.previousApplicable(section.id())
                        .map(s -> AssessmentRoutes.section(caseId, id, s.id()))
                        .orElse(AssessmentRoutes.tasks(caseId, id));
        List<DocumentDirectory.DocumentRef> caseDocuments = documents.ofCase(caseId);
        List<QuestionField> fields = view.shownQuestions(section).stream()
                .map(q -> QuestionField.of(
                        q,
                        values.get(q.id()),
                        evidence.get(q.id()),
                        Boolean.TRUE.equals(confidential.get(q.id())),
                        errors.get(fieldId(q)),
                        view.yearLabels(),
                        QuestionField.citable(caseDocuments, citations.getOrDefault(q.id(), List.of())),
                        errors.get("cite-" + q.id())))
                .toList();
        List<MarketShareHint> hints = MarketShareHint.SECTION.equals(section.id())
                ? MarketShareHint.of(marketDirectory.ofCase(caseId))
                : List.of();
        return Templates.section(cases.viewable(caseId), view, section, fields, hints, errors, back, toCheck, conflict);
    }

    /** The page's field for a problem the service named by its place in the command ({@code answers[2].values}). */
    private static String pageField(List<Questionnaire.Question> shown, String path) {
        int close = path.indexOf(']');
        Questionnaire.Question question = shown.get(Integer.parseInt(path.substring("answers[".length(), close)));
        return switch (path.substring(close + 2)) {
            case "citations" -> "cite-" + question.id();
            case "evidence" -> "evidence-" + question.id();
            default -> fieldId(question);
        };
    }

    /** The HTML id of a question's first input, which the error summary links to. */
    static String fieldId(Questionnaire.Question q) {
        return "q-" + q.id()
                + (q.type() == eu.competitiondesk.assessments.questionnaire.QuestionType.PER_YEAR ? "-0" : "");
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
        return AssessmentView.withDocuments(
                        assessment, questionnaires.of(assessment), documents.ofCase(assessment.caseId))
                .reading(agreementReadings.of(assessment));
    }
}
