package eu.competitiondesk.concentration;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a dataset's shares table on the market page, with everything the line shows resolved beforehand: the
 * dataset's source and period where the row names none, and the removal address where the viewer may edit. The
 * table repeats for up to hundreds of firms, and a line that reached back to the page's other values would cost a
 * template lookup through every enclosing scope on each of them.
 */
public record ShareRowLine(
        String firm, String note, BigDecimal share, String source, String period, String removeAction) {

    static List<ShareRowLine> of(long caseId, long marketId, ShareDataset dataset, boolean canEdit) {
        return dataset.rows.stream()
                .map(row -> new ShareRowLine(
                        row.firm,
                        row.note,
                        row.share,
                        row.source != null ? row.source : dataset.source,
                        row.period != null ? row.period : dataset.period,
                        canEdit ? MarketRoutes.removeRow(caseId, marketId, dataset.id, row.id) : null))
                .toList();
    }
}
