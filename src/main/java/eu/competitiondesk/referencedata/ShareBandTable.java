package eu.competitiondesk.referencedata;

import eu.competitiondesk.export.ShareBands;
import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.Entity;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.UpdateTimestamp;

/** A band table for secret percentages, in force from its date until the next one (V29). */
@Entity
public class ShareBandTable extends IdentifiedEntity {

    public LocalDate effectiveFrom;

    /** The bands' upper bounds in percent, as typed: "5, 10, 20, …, 100". */
    public String upperBounds;

    public String source;

    @UpdateTimestamp
    public OffsetDateTime updatedAt;

    /** The table in force on {@code day}, with its date and source; the report names it. */
    public record InForce(ShareBands bands, LocalDate from, String source) {}

    /** The table in force on {@code day}: the latest one from that day or before. */
    public static Optional<InForce> on(LocalDate day) {
        return ShareBandTable.<ShareBandTable>find("effectiveFrom <= ?1 order by effectiveFrom desc", day)
                .firstResultOptional()
                .map(t -> new InForce(ShareBands.of(t.upperBounds), t.effectiveFrom, t.source));
    }

    static List<ShareBandTable> all() {
        return list("order by effectiveFrom desc");
    }
}
