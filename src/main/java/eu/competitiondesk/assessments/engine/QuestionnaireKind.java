package eu.competitiondesk.assessments.engine;

import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.referencedata.engine.Deadline;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One kind of questionnaire: the rules that turn its answers into findings, the conclusions drawn from them, and the
 * statutory deadlines a completed assessment of its kind sets on the case. Found by the questionnaire's id through
 * {@link QuestionnaireKinds}.
 */
public interface QuestionnaireKind {

    String id();

    List<Finding> findings(AnswerSheet answers, ReferenceData reference);

    List<Conclusion> conclusions(List<Finding> findings);

    /**
     * A date the assessment sets: its name, the deadline (null when the findings no longer give one), its basis, and
     * whether it binds the authority or is a target it endeavours to meet.
     */
    record SetDeadline(String what, Deadline deadline, String basis, boolean binding) {

        public SetDeadline(String what, Deadline deadline, String basis) {
            this(what, deadline, basis, true);
        }
    }

    default List<SetDeadline> deadlines(AnswerSheet answers, ReferenceData reference) {
        return List.of();
    }

    /** An answer read from the agreement's clauses in force on a day, with the id of the clause that gives it. */
    record ClauseAnswer(List<String> values, String clauseId) {}

    /** Whether some of the questionnaire's answers can come from an agreement's clauses (assessed as at a day). */
    default boolean readsAgreements() {
        return false;
    }

    /**
     * The answers the agreement gives on {@code asOf}, by question: from the clauses in force that day, or, for a
     * kind of clause the history records but not in force that day, its absence. What the history does not speak
     * to is left to the officer's own answers.
     */
    default Map<String, ClauseAnswer> agreementAnswers(List<ClauseHistory.Clause> history, LocalDate asOf) {
        return Map.of();
    }

    /**
     * For a designation regime, the question that names the undertaking assessed (the regimes are compared per
     * undertaking); null for other kinds.
     */
    default String undertakingQuestion() {
        return null;
    }
}
