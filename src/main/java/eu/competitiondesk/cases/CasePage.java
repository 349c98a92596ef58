package eu.competitiondesk.cases;

import java.util.List;
import java.util.Map;

/** One page of the case list with the total across all pages and the parties of the cases shown. */
public record CasePage(List<CaseFile> items, long total, int page, int size, Map<Long, List<Party>> parties) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    public List<Party> partiesOf(CaseFile caseFile) {
        return parties.getOrDefault(caseFile.id, List.of());
    }
}
