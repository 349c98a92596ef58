package eu.competitiondesk.security;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A person who signs in: case officer, reader or administrator. */
@Entity
public class AppUser extends IdentifiedEntity {

    /** What a user name may hold; a sign-in with anything else cannot name an account. */
    public static final String USERNAME_PATTERN = "[A-Za-z0-9._-]{3,64}";

    public String username;

    public String fullName;

    /** bcrypt in modular crypt format ($2a$...). */
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    public Role role;

    public boolean active = true;

    @Column(insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public static Optional<AppUser> findByUsername(String username) {
        return find("lower(username) = lower(?1)", username).firstResultOptional();
    }

    public static List<AppUser> listByName() {
        return list("order by lower(fullName), lower(username)");
    }

    /** Who can be chosen in a select (team member, officer filter): active users' names, sorted by name. */
    public record Choosable(long id, String fullName, String username) {}

    /** Read as plain columns: a select of every user needs only these, not a managed entity per user. */
    public static List<Choosable> listActiveByName() {
        return getEntityManager()
                .createQuery(
                        "select u.id, u.fullName, u.username from AppUser u"
                                + " where u.active = true order by lower(u.fullName), lower(u.username)",
                        Object[].class)
                .getResultList()
                .stream()
                .map(row -> new Choosable((Long) row[0], (String) row[1], (String) row[2]))
                .toList();
    }
}
