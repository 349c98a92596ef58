package eu.competitiondesk.assessments.engine;

import java.util.List;

/**
 * One finding of an assessment: what it concludes, the rule that produced it, the answers it rests on and the
 * legal source. A screening indicator for the officer, never a decision. A finding always has a source.
 */
public record Finding(String id, Outcome outcome, String title, String rule, List<String> basis, String source) {

    public Finding {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a finding needs its legal source: " + id);
        }
        basis = List.copyOf(basis);
    }
}
