package eu.competitiondesk.assessments;

import eu.competitiondesk.assessments.questionnaire.Questionnaire;
import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One guided assessment of a case, following one version of a questionnaire. */
@Entity
public class Assessment extends IdentifiedEntity {

    /** The case it belongs to (the cases feature owns the case; this feature keeps its id). */
    public long caseId;

    public String questionnaireId;

    public int questionnaireVersion;

    public String title;

    @Enumerated(EnumType.STRING)
    public AssessmentStatus status = AssessmentStatus.IN_PROGRESS;

    /** Sections the officer has saved at least once: a section without required questions is then complete. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> savedSections = new ArrayList<>();

    public OffsetDateTime createdAt;

    public OffsetDateTime completedAt;

    /** The agreement whose clauses give some answers, as it stood on {@link #asOf}; null: the answers alone. */
    public Long agreementId;

    /** The day the assessment speaks for when it reads an agreement. */
    public java.time.LocalDate asOf;

    @Version
    public long version;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<AssessmentAnswer> answers = new ArrayList<>();

    /**
     * A new assessment of the case following this questionnaire version, titled as given or else after the
     * questionnaire; persist it after. The pages, the case import and the demo data all start one here.
     */
    public static Assessment start(long caseId, Questionnaire questionnaire, String title) {
        Assessment assessment = new Assessment();
        assessment.caseId = caseId;
        assessment.questionnaireId = questionnaire.id();
        assessment.questionnaireVersion = questionnaire.version();
        assessment.title = title == null || title.isBlank() ? questionnaire.title() : title.strip();
        assessment.createdAt = OffsetDateTime.now();
        return assessment;
    }

    public static List<Assessment> ofCase(long caseId) {
        return list("caseId = ?1 order by createdAt, id", caseId);
    }

    public static Optional<Assessment> inCase(long caseId, long assessmentId) {
        return find("id = ?1 and caseId = ?2", assessmentId, caseId).firstResultOptional();
    }

    public Map<String, List<String>> answerValues() {
        Map<String, List<String>> values = new HashMap<>();
        for (AssessmentAnswer answer : answers) {
            values.put(answer.questionId, answer.values);
        }
        return values;
    }

    public Optional<AssessmentAnswer> answer(String questionId) {
        return answers.stream().filter(a -> a.questionId.equals(questionId)).findFirst();
    }

    public boolean isCompleted() {
        return status == AssessmentStatus.COMPLETED;
    }
}
