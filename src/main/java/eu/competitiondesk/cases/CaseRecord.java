package eu.competitiondesk.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A whole case as other features read it (the report, the case export): its heading and details, its parties, its
 * key dates and its notes, as values. Built by {@link CaseDirectory}.
 */
public record CaseRecord(
        CaseHeading heading,
        LocalDate openedOn,
        String summary,
        List<PartyLine> parties,
        List<KeyDateLine> keyDates,
        List<NoteLine> notes) {

    public record PartyLine(String name, PartyRole role) {}

    public record KeyDateLine(String label, KeyDateKind kind, LocalDate dueOn, String legalBasis) {}

    public record NoteLine(String author, OffsetDateTime createdAt, String body) {}
}
