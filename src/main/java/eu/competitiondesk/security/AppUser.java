package eu.competitiondesk.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A person who signs in: case officer, reader or administrator. */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    @Column(name = "full_name")
    public String fullName;

    /** bcrypt in modular crypt format ($2a$...). */
    @Column(name = "password_hash")
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    public Role role;

    public boolean active = true;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public static Optional<AppUser> findByUsername(String username) {
        return find("lower(username) = lower(?1)", username).firstResultOptional();
    }

    public static List<AppUser> listByName() {
        return list("order by lower(fullName), lower(username)");
    }

    public static List<AppUser> listActiveByName() {
        return list("active = true order by lower(fullName), lower(username)");
    }
}
