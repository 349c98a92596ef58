package eu.competitiondesk.assessments.engine;

import eu.competitiondesk.engine.Basis;
import eu.competitiondesk.engine.Outcome;
import java.util.List;

/**
 * The bottom line on one legal question of an assessment, in plain words: {@code statement} opens with the question
 * and says the outcome; {@code reasons} are the findings it rests on, each with its source; {@code toEstablish}
 * the inputs still unknown that would settle it (question ids once mapped), each with its label.
 */
public record Conclusion(
        String question, Outcome outcome, String statement, List<String> reasons, List<Basis> toEstablish) {

    public Conclusion {
        reasons = List.copyOf(reasons);
        toEstablish = List.copyOf(toEstablish);
    }
}
