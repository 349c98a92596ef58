package eu.competitiondesk.security;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.Entity;
import java.time.OffsetDateTime;

/** One try at the sign-in form, kept to throttle password guessing. Never holds the password. */
@Entity
public class LoginAttempt extends IdentifiedEntity {

    public OffsetDateTime attemptedAt;

    public String username;

    public String clientAddress;

    public boolean succeeded;
}
