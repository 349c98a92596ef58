package eu.competitiondesk.deadlines;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.Entity;
import java.time.OffsetDateTime;
import java.util.Optional;

/** An officer's calendar address: only the SHA-256 of its secret is kept, so the address cannot be read back. */
@Entity
public class CalendarFeed extends IdentifiedEntity {

    public long userId;

    public String tokenSha256;

    public OffsetDateTime createdAt;

    static Optional<CalendarFeed> ofUser(long userId) {
        return find("userId", userId).firstResultOptional();
    }

    static Optional<CalendarFeed> bySecret(String sha256) {
        return find("tokenSha256", sha256).firstResultOptional();
    }
}
