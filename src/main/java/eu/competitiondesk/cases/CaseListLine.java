package eu.competitiondesk.cases;

import eu.competitiondesk.web.AppMessages;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A row of the case list page with its labels already chosen, so the table's loop prints fields and never reaches
 * back into the page's scope or into the message bundle (each such lookup inside a loop costs a search through all
 * of Qute's value resolvers).
 */
public record CaseListLine(long id, String reference, String title, String parties, String type, String status,
        LocalDate openedOn) {

    static List<CaseListLine> of(List<CaseListItem> items, AppMessages msg) {
        // A bundle message chosen by an enum constant is rendered like a small template at each call; a page has
        // only a handful of distinct types and statuses, so each label is asked for once.
        Map<CaseType, String> types = new EnumMap<>(CaseType.class);
        Map<CaseStatus, String> statuses = new EnumMap<>(CaseStatus.class);
        return items.stream().map(c -> new CaseListLine(c.id(), c.reference(), c.title(), c.partyNames(),
                types.computeIfAbsent(c.type(), msg::caseType), statuses.computeIfAbsent(c.status(), msg::caseStatus),
                c.openedOn())).toList();
    }
}
