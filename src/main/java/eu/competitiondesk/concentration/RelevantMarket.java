package eu.competitiondesk.concentration;

import eu.competitiondesk.cases.CaseChild;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A relevant market of a case, with its share datasets (one per period and source). */
@Entity
@Table(name = "market")
public class RelevantMarket extends CaseChild {

    public String name;

    @Column(name = "product_scope")
    public String productScope;

    @Column(name = "geographic_scope")
    public String geographicScope;

    /** The period the market is assessed for, e.g. "2022-2025". */
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(name = "share_basis")
    public ShareBasis shareBasis;

    /** No firm hidden in "Others" is larger than this share, in percent; null when unknown. */
    @Column(name = "others_max_share")
    public BigDecimal othersMaxShare;

    /** The dataset the case team relies on; null means the newest. */
    @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @jakarta.persistence.JoinColumn(name = "reference_dataset_id")
    public ShareDataset referenceDataset;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "market", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("period, source, id")
    public List<ShareDataset> datasets = new ArrayList<>();

    public static List<RelevantMarket> ofCase(long caseId) {
        return list("caseFile.id = ?1 order by name, id", caseId);
    }

    public static Optional<RelevantMarket> inCase(long caseId, long marketId) {
        return find("id = ?1 and caseFile.id = ?2", marketId, caseId).firstResultOptional();
    }

    public Optional<ShareDataset> dataset(long datasetId) {
        return datasets.stream().filter(d -> d.id == datasetId).findFirst();
    }

    /** The dataset a market page opens on: the reference dataset, or else the newest period's. */
    public Optional<ShareDataset> defaultDataset() {
        if (referenceDataset != null) {
            return Optional.of(referenceDataset);
        }
        return datasets.isEmpty() ? Optional.empty() : Optional.of(datasets.get(datasets.size() - 1));
    }

    public boolean isReference(ShareDataset dataset) {
        return referenceDataset != null && referenceDataset.id.equals(dataset.id);
    }
}
