package eu.competitiondesk.concentration;

import eu.competitiondesk.concentration.engine.FirmShare;
import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Market shares for one period from one source, e.g. Synergy Research Group, 2025-Q2. */
@Entity
@Table(name = "share_dataset")
public class ShareDataset extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "market_id")
    public RelevantMarket market;

    /** "2025-Q2" for a quarter, "2023" for a year: sorts in time order. */
    public String period;

    public String source;

    /** What the source counts, e.g. "IaaS+PaaS+hosted private cloud". */
    public String scope;

    @Column(name = "market_size_usd_bn")
    public BigDecimal marketSizeUsdBn;

    /** A caveat shown with the figures and as a footnote in the time series (e.g. a change of method). */
    public String note;

    /** Business secrets of a party or source: left out of non-confidential editions. */
    public boolean confidential;

    @Column(name = "created_at")
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
