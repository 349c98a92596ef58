package eu.competitiondesk.concentration;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** One firm's share in a dataset, with the source and period it was taken from. */
@Entity
public class ShareRow extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public ShareDataset dataset;

    public int position;

    public String firm;

    /** Percent, above 0 and at most 100. */
    public BigDecimal share;

    public String source;

    public String period;

    public String note;

    /** A new row of the dataset at the given position; added to the dataset by the caller. */
    public static ShareRow of(
            ShareDataset dataset,
            int position,
            String firm,
            BigDecimal share,
            String source,
            String period,
            String note) {
        ShareRow row = new ShareRow();
        row.dataset = dataset;
        row.position = position;
        row.firm = firm;
        row.share = share;
        row.source = source;
        row.period = period;
        row.note = note;
        return row;
    }
}
