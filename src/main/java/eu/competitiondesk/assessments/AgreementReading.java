package eu.competitiondesk.assessments;

import eu.competitiondesk.assessments.AgreementHistory.DatedClause;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An assessment's answers as an agreement gave them on a day: the agreement, the clauses in force, and each answer
 * read from a clause (overriding the officer's own answer to that question while the assessment is so dated).
 */
public record AgreementReading(
        LocalDate asOf, String agreement, List<DatedClause> inForce, Map<String, FromClause> answers) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** An answer the agreement gives, and the clause it comes from (in words). */
    public record FromClause(List<String> values, String clauseId, String clause, boolean confidential) {}

    /** No agreement read: the officer's answers stand alone. */
    public static final AgreementReading NONE = new AgreementReading(null, null, List.of(), Map.of());

    public boolean dated() {
        return asOf != null;
    }

    /** The day in words, as findings and reports give it. */
    public String day() {
        return asOf == null ? null : DAY.format(asOf);
    }
}
