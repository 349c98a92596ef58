package eu.competitiondesk.cases;

import java.util.Locale;
import java.util.Optional;

/** The columns the case list can be sorted by, each backed by an index; the title without regard to case. */
public enum CaseSort {
    REFERENCE("reference"),
    TITLE("title_key"),
    TYPE("case_type"),
    STATUS("status"),
    OPENED("opened_on"),
    UPDATED("updated_at");

    /** The case_file column, each the key of a list index (migration V14). */
    final String expression;

    CaseSort(String expression) {
        this.expression = expression;
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CaseSort> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        for (CaseSort sort : values()) {
            if (sort.param().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
