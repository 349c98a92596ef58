package eu.competitiondesk.cases;

import java.util.List;
import java.util.Map;

/**
 * One page of the case list with the number of matches and the parties of the cases shown. When {@code exact} is
 * false there are more matches than {@code total} (the count stops early, see CaseSearch).
 */
public record CasePage(List<CaseFile> items, long total, boolean exact, int page, int size,
        Map<Long, List<Party>> parties) {

    /** Pages known to exist; with an inexact total there are more after them. */
    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount() || !exact;
    }

    public List<Party> partiesOf(CaseFile caseFile) {
        return parties.getOrDefault(caseFile.id, List.of());
    }
}
