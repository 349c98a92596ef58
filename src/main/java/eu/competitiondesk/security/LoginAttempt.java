package eu.competitiondesk.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One try at the sign-in form, kept to throttle password guessing. Never holds the password. */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "attempted_at")
    public OffsetDateTime attemptedAt;

    public String username;

    @Column(name = "client_address")
    public String clientAddress;

    public boolean succeeded;
}
