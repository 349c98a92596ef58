package eu.competitiondesk.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One case as the case list and the case API's list show it, with its parties in their order. Read as plain
 * columns, not as a managed CaseFile: a list page only shows these values, and loading entities (with their
 * snapshots for dirty checking) cost more than the query itself.
 */
@Schema(name = "CaseSummary")
public record CaseListItem(
        long id,
        String reference,
        String title,
        CaseType type,
        CaseStatus status,
        LocalDate openedOn,
        OffsetDateTime updatedAt,
        List<PartyName> parties) {

    @Schema(name = "PartyJson")
    public record PartyName(String name, PartyRole role) {}

    /** The parties' names, comma-separated, as the list's column shows them. */
    public String partyNames() {
        return String.join(", ", parties.stream().map(PartyName::name).toList());
    }
}
