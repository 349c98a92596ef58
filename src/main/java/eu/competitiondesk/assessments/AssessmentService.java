package eu.competitiondesk.assessments;

import eu.competitiondesk.assessments.engine.QuestionnaireKind;
import eu.competitiondesk.assessments.engine.QuestionnaireKinds;
import eu.competitiondesk.assessments.questionnaire.AnswerCheck;
import eu.competitiondesk.assessments.questionnaire.Questionnaire;
import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.cases.CaseService;
import eu.competitiondesk.documents.DocumentDirectory;
import eu.competitiondesk.platform.FormVersions;
import eu.competitiondesk.platform.InvalidCommand;
import eu.competitiondesk.platform.StaleVersionException;
import eu.competitiondesk.referencedata.engine.Deadline;
import eu.competitiondesk.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every change to an assessment, with its audit event. Audit summaries name questions and sections, never answers:
 * answers may be business secrets.
 */
@ApplicationScoped
public class AssessmentService {

    /** A document cited on the page was removed before the save: the questions that cite it. */
    public static class CitedDocumentRemoved extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public final List<String> questionIds;

        CitedDocumentRemoved(List<String> questionIds) {
            super(null, null, false, false);
            this.questionIds = List.copyOf(questionIds);
        }
    }

    /** What the officer entered for one question on a section page. */
    @Inject
    Questionnaires questionnaires;

    @Inject
    AssessmentReferenceData referenceData;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    DocumentDirectory documents;

    @Inject
    CaseService cases;

    @Inject
    AssessmentMessages msg;

    @Inject
    AgreementReadings agreementReadings;

    @Inject
    AgreementHistory agreements;

    @Inject
    AnswerWords words;

    /**
     * Starts an assessment on the questionnaire the command names (its latest version unless it names one); a
     * questionnaire this installation does not ship is refused as an invalid command.
     */
    @Transactional
    public Assessment start(long caseId, AssessmentStart command) {
        boolean known = questionnaires.available().stream().anyMatch(q -> q.id().equals(command.questionnaireId()));
        Questionnaire questionnaire = (command.questionnaireVersion() == null
                        ? questionnaires.available().stream()
                                .filter(q -> q.id().equals(command.questionnaireId()))
                                .findFirst()
                        : questionnaires.find(command.questionnaireId(), command.questionnaireVersion()))
                .orElseThrow(() -> new InvalidCommand(
                        known
                                ? Map.of("questionnaireVersion", msg.answer_not_shipped())
                                : Map.of("questionnaireId", msg.assessment_choose())));
        Assessment assessment = Assessment.start(caseId, questionnaire, command.title());
        assessment.persist();
        audit.record(
                caseId,
                AuditAction.ASSESSMENT_STARTED,
                "Started assessment \"" + assessment.title + "\" (" + questionnaire.key() + ")");
        return assessment;
    }

    /**
     * Checks the section's answers by the questionnaire's answer types and stores them; answers of questions not in
     * the command are kept as they were. A bad answer is refused as an invalid command naming it by its place in the
     * command ({@code answers[2].values}, {@code .evidence}, {@code .citations}); a stale version is a conflict.
     * Returns the assessment as saved, to find the next section from.
     */
    @Transactional
    public Assessment saveSection(long assessmentId, SectionAnswers command) {
        Assessment assessment = lockedAt(assessmentId, command.version());
        Questionnaire questionnaire = questionnaires.of(assessment);
        Questionnaire.Section section =
                questionnaire.section(command.sectionId()).orElseThrow(NotFoundException::new);
        Map<String, Entry> entries = checked(assessment.caseId, section, command);
        holdCitedDocuments(assessment.caseId, entries);
        String actor = audit.actor();
        OffsetDateTime now = OffsetDateTime.now();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            AssessmentAnswer answer = assessment.answer(e.getKey()).orElseGet(() -> {
                AssessmentAnswer created = new AssessmentAnswer();
                created.assessment = assessment;
                created.questionId = e.getKey();
                assessment.answers.add(created);
                return created;
            });
            answer.values = new ArrayList<>(e.getValue().values());
            answer.evidence = e.getValue().evidence();
            answer.confidential = e.getValue().confidential();
            answer.citations.clear();
            answer.citations.addAll(e.getValue().citations());
            answer.updatedAt = now;
            answer.updatedBy = actor;
        }
        if (!assessment.savedSections.contains(section.id())) {
            assessment.savedSections = new ArrayList<>(assessment.savedSections);
            assessment.savedSections.add(section.id());
        }
        // Saving a completed assessment reopens it: its findings no longer match its answers.
        assessment.status = AssessmentStatus.IN_PROGRESS;
        assessment.completedAt = null;
        forceVersionBump(assessment);
        audit.record(
                assessment.caseId,
                AuditAction.ASSESSMENT_SAVED,
                "Saved section " + section.id() + " of \"" + assessment.title + "\" (" + entries.size() + " answers)");
        return assessment;
    }

    /** An answer as it is stored. */
    private record Entry(List<String> values, String evidence, boolean confidential, List<Citation> citations) {}

    /** The command's answers in their stored form, or every problem found as one invalid command. */
    private Map<String, Entry> checked(long caseId, Questionnaire.Section section, SectionAnswers command) {
        Set<Long> caseDocuments = new HashSet<>();
        documents.ofCase(caseId).forEach(d -> caseDocuments.add(d.id()));
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<SectionAnswers.Answer> answers = command.answers();
        for (int i = 0; i < answers.size(); i++) {
            SectionAnswers.Answer typed = answers.get(i);
            String at = "answers[" + i + "].";
            Questionnaire.Question question = section.questions().stream()
                    .filter(q -> q.id().equals(typed.questionId()))
                    .findFirst()
                    .orElse(null);
            if (question == null) {
                errors.put(at + "questionId", msg.answer_not_in_section());
                continue;
            }
            if (entries.containsKey(question.id())) {
                errors.put(at + "questionId", msg.answer_twice());
                continue;
            }
            List<Citation> cited = new ArrayList<>();
            for (SectionAnswers.Cited c : typed.citations()) {
                Long id = documentId(c.documentId());
                if (id == null || !caseDocuments.contains(id)) {
                    errors.putIfAbsent(at + "citations", msg.assessment_citation_unknown());
                } else if (!Citation.isValidPinpoint(c.pinpoint())) {
                    errors.putIfAbsent(at + "citations", msg.assessment_citation_pinpoint());
                } else if (cited.stream().noneMatch(x -> x.documentId == id)) {
                    cited.add(Citation.of(id, c.pinpoint()));
                }
            }
            AnswerCheck.Checked checked = AnswerCheck.check(question, typed.values());
            if (errors.containsKey(at + "citations")) {
                continue;
            }
            if (!checked.ok()) {
                errors.put(at + "values", words.of(checked.problem()));
            } else if (typed.evidence() != null && typed.evidence().length() > 4000) {
                errors.put(at + "evidence", msg.assessment_evidence_too_long());
            } else if (AnswerCheck.hasUntypable(typed.evidence())) {
                errors.put(at + "evidence", msg.assessment_evidence_control());
            } else {
                entries.put(
                        question.id(),
                        new Entry(
                                checked.values(),
                                typed.evidence(),
                                typed.confidential() && question.confidentialAllowed(),
                                cited));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidCommand(errors);
        }
        return entries;
    }

    private static Long documentId(String value) {
        try {
            return value == null ? null : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Holds every cited document for this transaction, or names the questions citing one already removed. */
    private void holdCitedDocuments(long caseId, Map<String, Entry> entries) {
        Set<Long> cited = new HashSet<>();
        entries.values().forEach(e -> e.citations().forEach(c -> cited.add(c.documentId)));
        Set<Long> held = documents.holdForCitation(caseId, cited);
        List<String> citingRemoved = entries.entrySet().stream()
                .filter(e -> e.getValue().citations().stream().anyMatch(c -> !held.contains(c.documentId)))
                .map(Map.Entry::getKey)
                .toList();
        if (!citingRemoved.isEmpty()) {
            throw new CitedDocumentRemoved(citingRemoved);
        }
    }

    /**
     * Brings an assessment answered elsewhere, through the steps a user takes on the pages: it is started on the
     * questionnaire version it was answered on, each section it saved (or answered) is saved with its answers, and a
     * completed one is completed, which derives its deadlines again. The command has been checked against the
     * questionnaire ({@link AnsweredAssessment.Fits}). Returns the new assessment's id.
     */
    @Transactional
    public long restore(long caseId, AnsweredAssessment command) {
        Assessment assessment = start(
                caseId,
                new AssessmentStart(command.questionnaireId(), command.title(), command.questionnaireVersion()));
        Questionnaire questionnaire = questionnaires.of(assessment);
        Map<String, List<SectionAnswers.Answer>> bySection = new LinkedHashMap<>();
        command.savedSections().forEach(s -> bySection.put(s, new ArrayList<>()));
        for (SectionAnswers.Answer answer : command.answers()) {
            String section = questionnaire.sections().stream()
                    .filter(s -> s.questions().stream().anyMatch(q -> q.id().equals(answer.questionId())))
                    .findFirst()
                    .orElseThrow()
                    .id();
            bySection.computeIfAbsent(section, s -> new ArrayList<>()).add(answer);
        }
        for (Map.Entry<String, List<SectionAnswers.Answer>> section : bySection.entrySet()) {
            saveSection(
                    assessment.id,
                    new SectionAnswers(section.getKey(), Long.toString(assessment.version), section.getValue()));
        }
        if (command.date() != null) {
            date(
                    assessment.id,
                    new AssessmentDate(
                            command.date().agreementId(), command.date().asOf(), Long.toString(assessment.version)));
        }
        if (AssessmentStatus.COMPLETED.name().equals(command.status())) {
            complete(assessment.id, Long.toString(assessment.version));
        }
        return assessment.id;
    }

    /** Marks the assessment complete; a DMA assessment writes its deadlines to the case's key dates. */
    @Transactional
    public void complete(long assessmentId, String version) {
        Assessment assessment = lockedAt(assessmentId, version);
        AssessmentView view =
                new AssessmentView(assessment, questionnaires.of(assessment)).reading(agreementReadings.of(assessment));
        if (!view.readyToComplete()) {
            throw new InvalidCommand(Map.of("status", msg.check_incomplete()));
        }
        assessment.status = AssessmentStatus.COMPLETED;
        assessment.completedAt = OffsetDateTime.now();
        for (QuestionnaireKind.SetDeadline set :
                QuestionnaireKinds.of(assessment.questionnaireId).deadlines(view.sheet(), referenceData.current())) {
            keyDate(assessment, set);
        }
        audit.record(assessment.caseId, AuditAction.ASSESSMENT_COMPLETED, "Completed \"" + assessment.title + "\"");
    }

    /**
     * Dates the assessment: its answers that come from the agreement are read from the clauses in force on that day.
     * An agreement needs a day, and a day an agreement; the agreement must be the case's.
     */
    @Transactional
    public void date(long assessmentId, AssessmentDate command) {
        Assessment assessment = lockedAt(assessmentId, command.version());
        Map<String, String> errors = new LinkedHashMap<>();
        Long agreementId = command.agreementId() == null ? null : Long.valueOf(command.agreementId());
        if (agreementId != null && command.asOf() == null) {
            errors.put("asOf", msg.as_of_day_required());
        }
        if (agreementId == null && command.asOf() != null) {
            errors.put("agreementId", msg.as_of_agreement_required());
        }
        if (agreementId != null
                && agreements.ofCase(assessment.caseId).stream().noneMatch(a -> a.id() == agreementId)) {
            errors.put("agreementId", msg.as_of_agreement_unknown());
        }
        if (!errors.isEmpty()) {
            throw new InvalidCommand(errors);
        }
        assessment.agreementId = agreementId;
        assessment.asOf = command.asOf() == null ? null : java.time.LocalDate.parse(command.asOf());
        forceVersionBump(assessment);
        audit.record(
                assessment.caseId,
                AuditAction.ASSESSMENT_DATE_SET,
                assessment.asOf == null
                        ? "\"" + assessment.title + "\" reads no agreement any more"
                        : "\"" + assessment.title + "\" assessed as at " + assessment.asOf);
    }

    @Transactional
    public void reopen(long assessmentId) {
        Assessment assessment = Assessment.findById(assessmentId);
        assessment.status = AssessmentStatus.IN_PROGRESS;
        assessment.completedAt = null;
        audit.record(assessment.caseId, AuditAction.ASSESSMENT_REOPENED, "Reopened \"" + assessment.title + "\"");
    }

    /**
     * Adds or moves the case's key date for a deadline, labelled with the assessment it comes from; removes it where
     * the findings no longer give the deadline (no presumption is met any more, say).
     */
    private void keyDate(Assessment assessment, QuestionnaireKind.SetDeadline set) {
        Deadline deadline = set.deadline();
        String basis = set.basis();
        cases.deriveStatutoryDate(
                assessment.caseId,
                set.what() + " (" + assessment.title + ")",
                set.binding(),
                deadline == null ? null : deadline.due(),
                deadline == null
                        ? null
                        : basis
                                + (deadline.holidaysComplete()
                                        ? ""
                                        : "; holidays of " + deadline.yearsWithoutHolidays() + " not loaded"));
    }

    /** The assessment, locked, when the form was loaded from its version; a conflict otherwise. */
    private static Assessment lockedAt(long assessmentId, String version) {
        return FormVersions.lockedAt(
                Assessment.class,
                assessmentId,
                FormVersions.parse(version),
                a -> a.version,
                StaleVersionException::new);
    }

    /** Answers live in child rows; touching the parent makes the version reflect every save. */
    private static void forceVersionBump(Assessment assessment) {
        Assessment.getEntityManager().lock(assessment, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
