package eu.competitiondesk.reports;

import java.util.Locale;
import java.util.Optional;

/** Which edition of a report: the full one for the file, or the one fit for publication. */
public enum ReportEdition {
    /** Everything, marked confidential. */
    CONFIDENTIAL,
    /** Business secrets replaced by [...] and confidential figures by ranges, as authorities publish. */
    PUBLIC;

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportEdition> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (ReportEdition edition : values()) {
            if (edition.param().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(edition);
            }
        }
        return Optional.empty();
    }
}
