package eu.competitiondesk.security;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One try at the sign-in form, kept to throttle password guessing. Never holds the password. */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt extends IdentifiedEntity {

    @Column(name = "attempted_at")
    public OffsetDateTime attemptedAt;

    public String username;

    @Column(name = "client_address")
    public String clientAddress;

    public boolean succeeded;
}
