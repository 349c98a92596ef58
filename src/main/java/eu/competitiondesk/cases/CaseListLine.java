package eu.competitiondesk.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A row of the case list page with its labels already chosen, so the table's loop prints fields and never reaches
 * back into the page's scope or into the message bundle (each such lookup inside a loop costs a search through all
 * of Qute's value resolvers). The labels come from {@link CaseLabels}, asked of the bundle once.
 */
public record CaseListLine(
        long id, String reference, String title, String parties, String type, String status, LocalDate openedOn) {

    static List<CaseListLine> of(List<CaseListItem> items, CaseLabels labels) {
        return items.stream()
                .map(c -> new CaseListLine(
                        c.id(),
                        c.reference(),
                        c.title(),
                        c.partyNames(),
                        labels.type(c.type()),
                        labels.status(c.status()),
                        c.openedOn()))
                .toList();
    }
}
