package eu.competitiondesk.assessments;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The answer to one question: its values, the officer's evidence note and whether it is a business secret. */
@Entity
public class AssessmentAnswer extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Assessment assessment;

    public String questionId;

    /** One value, one per financial year, or the options chosen; see AnswerCheck. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "answer_values")
    public List<String> values = new ArrayList<>();

    public String evidence;

    public boolean confidential;

    /** The case documents the evidence cites, in the order given; a cited document cannot be removed (V22). */
    @ElementCollection
    @CollectionTable(name = "assessment_answer_citation", joinColumns = @JoinColumn(name = "answer_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<Citation> citations = new ArrayList<>();

    public OffsetDateTime updatedAt;

    public String updatedBy;

    /** A new answer of the assessment; added to the assessment by the caller. */
    public static AssessmentAnswer of(
            Assessment assessment,
            String questionId,
            List<String> values,
            String evidence,
            boolean confidential,
            OffsetDateTime updatedAt,
            String updatedBy) {
        AssessmentAnswer answer = new AssessmentAnswer();
        answer.assessment = assessment;
        answer.questionId = questionId;
        answer.values = new ArrayList<>(values);
        answer.evidence = evidence;
        answer.confidential = confidential;
        answer.updatedAt = updatedAt;
        answer.updatedBy = updatedBy;
        return answer;
    }
}
