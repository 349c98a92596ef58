package eu.competitiondesk.assessments.engine;

import eu.competitiondesk.engine.Basis;
import eu.competitiondesk.engine.Outcome;
import java.util.List;

/**
 * The bottom line on one legal question of an assessment, in plain words: {@code statement} opens with the question
 * and says the outcome; {@code reasons} are the findings it rests on, each with its source; {@code toEstablish}
 * the inputs still unknown that would settle it (question ids once mapped), each with its label. {@code wording} is
 * the outcome in the question's own words where the general ones would mislead (an exemption that covers all but one
 * clause is neither "met" nor "not met"); null where they serve.
 */
public record Conclusion(
        String question,
        Outcome outcome,
        String statement,
        List<Reason> reasons,
        List<Basis> toEstablish,
        String wording) {

    /** A finding or rule a conclusion rests on, and the legal source it comes from (a footnote in the report). */
    public record Reason(String text, String source) {}

    public Conclusion(
            String question, Outcome outcome, String statement, List<Reason> reasons, List<Basis> toEstablish) {
        this(question, outcome, statement, reasons, toEstablish, null);
    }

    public Conclusion {
        // A finding reached by two routes is one reason, said once.
        reasons = reasons.stream().distinct().toList();
        toEstablish = List.copyOf(toEstablish);
    }
}
