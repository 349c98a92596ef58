package eu.competitiondesk.cases;

import java.util.List;

/**
 * One page of the case list with the number of matches. When {@code exact} is false there are more matches than
 * {@code total} (the count stops early, see CaseSearch).
 */
public record CasePage(List<CaseListItem> items, long total, boolean exact, int page, int size) {

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
}
