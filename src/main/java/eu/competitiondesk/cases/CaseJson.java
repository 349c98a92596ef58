package eu.competitiondesk.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the case API. */
public final class CaseJson {

    private CaseJson() {}

    public record MemberJson(String username, String fullName, TeamRole teamRole) {}

    public record KeyDateJson(long id, String label, KeyDateKind kind, LocalDate dueOn, String legalBasis) {}

    public record CaseDetail(
            long id,
            String reference,
            String title,
            CaseType type,
            CaseStatus status,
            LocalDate openedOn,
            String summary,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            long version,
            List<CaseStatus> allowedTransitions,
            List<CaseListItem.PartyName> parties,
            List<MemberJson> team,
            List<KeyDateJson> keyDates) {}

    public record CaseList(
            List<CaseListItem> items,

            @Schema(description = "Matching cases; a lower bound when totalExact is false")
            long total,

            @Schema(description = "False when the count stopped early: there are more than total matches")
            boolean totalExact,

            int page,
            int size) {}

    static CaseDetail detail(CaseFile c) {
        return new CaseDetail(
                c.id,
                c.reference,
                c.title,
                c.type,
                c.status,
                c.openedOn,
                c.summary,
                c.createdAt,
                c.updatedAt,
                c.version,
                c.status.allowedTargets(),
                c.parties.stream()
                        .map(p -> new CaseListItem.PartyName(p.name, p.role))
                        .toList(),
                c.team.stream()
                        .map(m -> new MemberJson(m.user.username, m.user.fullName, m.teamRole))
                        .toList(),
                c.keyDates.stream()
                        .map(k -> new KeyDateJson(k.id, k.label, k.kind, k.dueOn, k.legalBasis))
                        .toList());
    }
}
