package eu.competitiondesk.economics;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * What every analysis kept with a market has: the market (by id, reached only through the market's access check),
 * a name, the source of its inputs, whether they are illustrative, and a version that refuses stale saves.
 */
@MappedSuperclass
public abstract class MarketAnalysis extends IdentifiedEntity {

    public long marketId;

    public String name;

    public String source;

    /** Inputs chosen to illustrate the method, not figures of the case. */
    public boolean illustrative;

    @Version
    public long version;

    @CreationTimestamp
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    public OffsetDateTime updatedAt;

    /** A new, empty analysis of the kind. */
    static <T extends MarketAnalysis> T create(Class<T> kind) {
        try {
            return kind.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The kind of analysis as the audit trail names it. */
    abstract String kindInAudit();
}
