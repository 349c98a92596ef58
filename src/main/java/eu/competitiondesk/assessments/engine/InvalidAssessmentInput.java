package eu.competitiondesk.assessments.engine;

import java.util.List;

/** The input cannot be evaluated; every bad field is named. */
public class InvalidAssessmentInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<RuleViolation> violations;

    public InvalidAssessmentInput(List<RuleViolation> violations) {
        super(violations.size() + " invalid field(s)");
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
