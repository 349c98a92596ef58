package eu.competitiondesk.security;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import java.util.Optional;

/** One signed-in browser. The browser holds a random token; the table holds only its keyed hash. */
@Entity
public class UserSession extends IdentifiedEntity {

    /** Why a session stopped working; each is audited. */
    public enum EndReason {
        SIGN_OUT("signed out"),
        IDLE("idle for longer than allowed"),
        EXPIRED("reached its longest allowed life"),
        PASSWORD_CHANGED("the password was changed"),
        DEACTIVATED("the account was deactivated");

        private final String words;

        EndReason(String words) {
            this.words = words;
        }

        /** The reason as the audit trail says it. */
        public String words() {
            return words;
        }
    }

    public byte[] tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public AppUser user;

    public OffsetDateTime createdAt;

    public OffsetDateTime lastSeenAt;

    public OffsetDateTime endedAt;

    @Enumerated(EnumType.STRING)
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
