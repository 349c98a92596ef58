package eu.competitiondesk.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A case file: one matter the authority investigates, with its parties, team, key dates and notes. */
@Entity
@Table(name = "case_file")
public class CaseFile extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The authority's reference, unique, stored in upper case (e.g. AT.40987). */
    public String reference;

    public String title;

    /** Reference, title and party names in lower case, for the list's "contains" search; written by the database. */
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type")
    public CaseType type;

    @Enumerated(EnumType.STRING)
    public CaseStatus status = CaseStatus.OPEN;

    @Column(name = "opened_on")
    public LocalDate openedOn;

    public String summary;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position, id")
    public List<Party> parties = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<TeamMember> team = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueOn, id")
    public List<KeyDate> keyDates = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt desc, id desc")
    public List<CaseNote> notes = new ArrayList<>();

    public static Optional<CaseFile> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    public Optional<TeamMember> memberFor(long userId) {
        return team.stream().filter(m -> m.user.id == userId).findFirst();
    }
}
