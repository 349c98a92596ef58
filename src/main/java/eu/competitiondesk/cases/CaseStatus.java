package eu.competitiondesk.cases;

import java.util.List;
import java.util.Optional;

/**
 * Where a case stands. A case moves forward one stage at a time: open, investigation, assessment, decision,
 * closed. A closed case does not move again.
 */
public enum CaseStatus {
    OPEN,
    INVESTIGATION,
    ASSESSMENT,
    DECISION,
    CLOSED;

    /** The one stage this status may move to, if any. */
    public Optional<CaseStatus> next() {
        return this == CLOSED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    public boolean canMoveTo(CaseStatus target) {
        return next().map(target::equals).orElse(false);
    }

    public List<CaseStatus> allowedTargets() {
        return next().map(List::of).orElse(List.of());
    }
}
