package eu.competitiondesk.assessments;

import eu.competitiondesk.platform.FormVersions;
import eu.competitiondesk.assessments.engine.AssessmentRules;
import eu.competitiondesk.assessments.engine.DmaDesignation;
import eu.competitiondesk.assessments.questionnaire.Questionnaire;
import eu.competitiondesk.cases.CaseFile;
import eu.competitiondesk.cases.KeyDate;
import eu.competitiondesk.cases.KeyDateKind;
import eu.competitiondesk.deadlines.CommissionCalendar;
import eu.competitiondesk.deadlines.engine.Deadline;
import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.security.CurrentUser;
import eu.competitiondesk.documents.DocumentDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Every change to an assessment, with its audit event. Audit summaries name questions and sections, never answers:
 * answers may be business secrets.
 */
@ApplicationScoped
public class AssessmentService {

    /** Someone saved the assessment after the page being submitted was loaded. */
    public static class StaleAssessmentException extends RuntimeException {
        public StaleAssessmentException() {
            super("The assessment was changed by someone else");
        }
    }

    /** A document cited on the page was removed before the save: the questions that cite it. */
    public static class CitedDocumentRemoved extends RuntimeException {
        public final List<String> questionIds;

        CitedDocumentRemoved(List<String> questionIds) {
            super(null, null, false, false);
            this.questionIds = List.copyOf(questionIds);
        }
    }

    /** What the officer entered for one question on a section page. */
    public record Entry(List<String> values, String evidence, boolean confidential, List<Citation> citations) {
    }

    @Inject
    Questionnaires questionnaires;

    @Inject
    CommissionCalendar calendar;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    DocumentDirectory documents;

    @Transactional
    public Assessment start(long caseId, String questionnaireId, String title) {
        Questionnaire questionnaire = questionnaires.latest(questionnaireId);
        Assessment assessment = Assessment.start(CaseFile.findById(caseId), questionnaire, title);
        assessment.persist();
        audit.record(caseId, AuditAction.ASSESSMENT_STARTED, "Started assessment \"" + assessment.title + "\" ("
                + questionnaire.key() + ")");
        return assessment;
    }

    /**
     * Stores the section's answers; answers of questions not on the page are kept as they were. Returns the
     * assessment as saved, to find the next section from.
     */
    @Transactional
    public Assessment saveSection(long assessmentId, long expectedVersion, String sectionId, Map<String, Entry> entries) {
        Assessment assessment = FormVersions.lockedAt(Assessment.class, assessmentId, expectedVersion, a -> a.version,
                a -> new StaleAssessmentException());
        holdCitedDocuments(assessment.caseFile.id, entries);
        String actor = currentUser.getUsername();
        OffsetDateTime now = OffsetDateTime.now();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            AssessmentAnswer answer = assessment.answer(e.getKey()).orElseGet(() -> {
                AssessmentAnswer created = new AssessmentAnswer();
                created.assessment = assessment;
                created.questionId = e.getKey();
                assessment.answers.add(created);
                return created;
            });
            answer.values = new java.util.ArrayList<>(e.getValue().values());
            answer.evidence = e.getValue().evidence();
            answer.confidential = e.getValue().confidential();
            answer.citations.clear();
            answer.citations.addAll(e.getValue().citations());
            answer.updatedAt = now;
            answer.updatedBy = actor;
        }
        if (!assessment.savedSections.contains(sectionId)) {
            assessment.savedSections = new java.util.ArrayList<>(assessment.savedSections);
            assessment.savedSections.add(sectionId);
        }
        // Saving a completed assessment reopens it: its findings no longer match its answers.
        assessment.status = AssessmentStatus.IN_PROGRESS;
        assessment.completedAt = null;
        forceVersionBump(assessment);
        audit.record(assessment.caseFile.id, AuditAction.ASSESSMENT_SAVED, "Saved section " + sectionId + " of \""
                + assessment.title + "\" (" + entries.size() + " answers)");
        return assessment;
    }

    /** Holds every cited document for this transaction, or names the questions citing one already removed. */
    private void holdCitedDocuments(long caseId, Map<String, Entry> entries) {
        java.util.Set<Long> cited = new java.util.HashSet<>();
        entries.values().forEach(e -> e.citations().forEach(c -> cited.add(c.documentId)));
        java.util.Set<Long> held = documents.holdForCitation(caseId, cited);
        List<String> citingRemoved = entries.entrySet().stream()
                .filter(e -> e.getValue().citations().stream().anyMatch(c -> !held.contains(c.documentId)))
                .map(Map.Entry::getKey).toList();
        if (!citingRemoved.isEmpty()) {
            throw new CitedDocumentRemoved(citingRemoved);
        }
    }

    /** Marks the assessment complete; a DMA assessment writes its deadlines to the case's key dates. */
    @Transactional
    public void complete(long assessmentId, long expectedVersion) {
        Assessment assessment = FormVersions.lockedAt(Assessment.class, assessmentId, expectedVersion, a -> a.version,
                a -> new StaleAssessmentException());
        AssessmentView view = new AssessmentView(assessment, questionnaires.of(assessment));
        if (!view.readyToComplete()) {
            throw new IllegalStateException("sections incomplete");
        }
        assessment.status = AssessmentStatus.COMPLETED;
        assessment.completedAt = OffsetDateTime.now();
        if (AssessmentRules.DMA.equals(assessment.questionnaireId)) {
            DmaDesignation.Result result = AssessmentRules.dma(view.sheet(), calendar.periods());
            keyDate(assessment, "DMA notification deadline", result.notificationDeadline(), "DMA Art. 3(3)");
            keyDate(assessment, "DMA designation deadline", result.designationDeadline(), "DMA Art. 3(4)");
        }
        audit.record(assessment.caseFile.id, AuditAction.ASSESSMENT_COMPLETED, "Completed \"" + assessment.title + "\"");
    }

    @Transactional
    public void reopen(long assessmentId) {
        Assessment assessment = Assessment.findById(assessmentId);
        assessment.status = AssessmentStatus.IN_PROGRESS;
        assessment.completedAt = null;
        audit.record(assessment.caseFile.id, AuditAction.ASSESSMENT_REOPENED, "Reopened \"" + assessment.title + "\"");
    }

    /**
     * Adds or moves the case's key date for a deadline, labelled with the assessment it comes from; removes it where
     * the findings no longer give the deadline (no presumption is met any more, say).
     */
    private void keyDate(Assessment assessment, String what, Deadline deadline, String basis) {
        CaseFile caseFile = assessment.caseFile;
        String label = what + " (" + assessment.title + ")";
        if (deadline == null) {
            caseFile.keyDates.removeIf(k -> k.label.equals(label));
            return;
        }
        KeyDate date = caseFile.keyDates.stream().filter(k -> k.label.equals(label)).findFirst().orElseGet(() -> {
            KeyDate created = new KeyDate();
            created.caseFile = caseFile;
            created.label = label;
            created.kind = KeyDateKind.STATUTORY_DEADLINE;
            caseFile.keyDates.add(created);
            return created;
        });
        date.dueOn = deadline.due();
        date.legalBasis = basis + (deadline.holidaysComplete() ? "" : "; holidays of " + deadline
                .yearsWithoutHolidays() + " not loaded");
        caseFile.updatedAt = OffsetDateTime.now();
    }

    /** Answers live in child rows; touching the parent makes the version reflect every save. */
    private static void forceVersionBump(Assessment assessment) {
        Assessment.getEntityManager().lock(assessment, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
