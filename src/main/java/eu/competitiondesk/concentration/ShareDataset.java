package eu.competitiondesk.concentration;

import eu.competitiondesk.concentration.engine.FirmShare;
import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Market shares for one period from one source, e.g. Synergy Research Group, 2025-Q2. */
@Entity
public class ShareDataset extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public RelevantMarket market;

    /** "2025-Q2" for a quarter, "2023" for a year: sorts in time order. */
    public String period;

    public String source;

    /** What the source counts, e.g. "IaaS+PaaS+hosted private cloud". */
    public String scope;

    public BigDecimal marketSizeUsdBn;

    /** A caveat shown with the figures and as a footnote in the time series (e.g. a change of method). */
    public String note;

    /** Business secrets of a party or source: left out of non-confidential editions. */
    public boolean confidential;

    public OffsetDateTime createdAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "dataset", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position, id")
    public List<ShareRow> rows = new ArrayList<>();

    public List<FirmShare> firmShares() {
        return rows.stream().map(r -> new FirmShare(r.firm, r.share)).toList();
    }

    public String label() {
        return source + ", " + period;
    }
}
