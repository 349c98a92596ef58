package eu.competitiondesk.security;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** One signed-in browser. The browser holds a random token; the table holds only its keyed hash. */
@Entity
@Table(name = "user_session")
public class UserSession extends IdentifiedEntity {

    /** Why a session stopped working; each is audited. */
    public enum EndReason {
        SIGN_OUT,
        IDLE,
        EXPIRED,
        PASSWORD_CHANGED,
        DEACTIVATED
    }

    @Column(name = "token_hash")
    public byte[] tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public AppUser user;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "last_seen_at")
    public OffsetDateTime lastSeenAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public EndReason endReason;

    static Optional<UserSession> findOpenByTokenHash(byte[] tokenHash) {
        return find("from UserSession s join fetch s.user where s.tokenHash = ?1 and s.endedAt is null", tokenHash)
                .firstResultOptional();
    }

    void end(EndReason reason, OffsetDateTime at) {
        endedAt = at;
        endReason = reason;
    }
}
