package eu.competitiondesk.cases;

import eu.competitiondesk.platform.IdentifiedEntity;
import eu.competitiondesk.security.AppUser;
import eu.competitiondesk.security.Role;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * A case file: one matter the authority investigates, with its parties, team, key dates and notes. The case is the
 * aggregate of these parts: they change only through its methods, which keep its rules (values trimmed, a legal
 * basis left blank stored as none, the last lead kept, a reader only ever reading) and mark the case as changed, so
 * that its version moves and a form loaded before the change is seen as stale. Values reach these methods from
 * commands already validated ({@link CaseDetails} and the case page's forms).
 */
@Entity
public class CaseFile extends IdentifiedEntity {

    public static final int TITLE_MAX = 300;
    public static final int SUMMARY_MAX = 4000;
    /** Party names, key-date labels and legal bases. */
    public static final int NAME_MAX = 200;

    public static final int NOTE_MAX = 8000;

    /** The authority's reference, unique, stored in upper case (e.g. AT.40987). */
    public String reference;

    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type")
    public CaseType type;

    @Enumerated(EnumType.STRING)
    public CaseStatus status = CaseStatus.OPEN;

    public LocalDate openedOn;

    public String summary;

    @CreationTimestamp
    @Column(updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
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

    /**
     * A new case from a validated opening command, with {@code lead} as its only team member and the author of the
     * notes it arrives with; opened {@code today} unless its details say otherwise. Persist it after.
     */
    public static CaseFile open(CaseOpening opening, AppUser lead, OffsetDateTime now, LocalDate today) {
        CaseFile caseFile = new CaseFile();
        caseFile.apply(opening.details(), today);
        caseFile.status = opening.stageOrOpen();
        caseFile.addMember(lead, TeamRole.LEAD);
        opening.parties().forEach(caseFile::addParty);
        opening.keyDates().forEach(caseFile::addKeyDate);
        opening.notes().forEach(n -> caseFile.addNote(lead, n.note(), n.writtenAt() == null ? now : n.writtenAt()));
        return caseFile;
    }

    /** Takes new details; returns what changed, in words for the audit trail (empty when nothing did). */
    public List<String> change(CaseDetails details, LocalDate today) {
        List<String> changes = new ArrayList<>();
        LocalDate opened = details.openedOnOr(today);
        if (!reference.equals(details.reference())) {
            changes.add("reference " + reference + " -> " + details.reference());
        }
        if (!title.equals(details.title())) {
            changes.add("title");
        }
        if (type != details.caseType()) {
            changes.add("type " + type + " -> " + details.caseType());
        }
        if (!openedOn.equals(opened)) {
            changes.add("opened on " + openedOn + " -> " + opened);
        }
        if (!Objects.equals(summary, details.summary())) {
            changes.add("summary");
        }
        apply(details, today);
        touch();
        return changes;
    }

    /** Moves to the next stage of the workflow; any other move is refused. */
    public void moveTo(CaseStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStateException("A case in " + status + " cannot move to " + target);
        }
        status = target;
        touch();
    }

    public Party addParty(PartyDetails details) {
        Party party = new Party();
        party.caseFile = this;
        party.name = details.name();
        party.role = details.partyRole();
        party.position = parties.size();
        parties.add(party);
        touch();
        return party;
    }

    public Optional<Party> removeParty(long partyId) {
        Optional<Party> party = parties.stream().filter(p -> p.id == partyId).findFirst();
        party.ifPresent(p -> {
            parties.remove(p);
            touch();
        });
        return party;
    }

    /**
     * Adds a user to the team, or returns empty when they are on it already. A user whose application role is
     * reader joins as a reader, whatever team role was asked for: they can only ever read.
     */
    public Optional<TeamMember> addMember(AppUser user, TeamRole role) {
        if (user.id != null && memberFor(user.id).isPresent()) {
            return Optional.empty();
        }
        TeamMember member = new TeamMember();
        member.caseFile = this;
        member.user = user;
        member.teamRole = user.role == Role.READER ? TeamRole.READER : role;
        team.add(member);
        touch();
        return Optional.of(member);
    }

    /**
     * Gives a member another team role. A case may so lose its last lead (when that lead's account becomes
     * read-only); it keeps its team, and an administrator names a new lead.
     */
    public void changeTeamRole(TeamMember member, TeamRole role) {
        member.teamRole = role;
        touch();
    }

    /** Removes a team member; refuses to remove the last lead. */
    public Optional<TeamMember> removeMember(long memberId) {
        Optional<TeamMember> member =
                team.stream().filter(m -> m.id == memberId).findFirst();
        if (member.isPresent()) {
            long leads = team.stream().filter(m -> m.teamRole == TeamRole.LEAD).count();
            if (member.get().teamRole == TeamRole.LEAD && leads == 1) {
                throw new LastLeadException();
            }
            team.remove(member.get());
            touch();
        }
        return member;
    }

    public KeyDate addKeyDate(KeyDateDetails details) {
        return addKeyDate(details.label(), details.dateKind(), details.due(), details.legalBasis());
    }

    private KeyDate addKeyDate(String label, KeyDateKind kind, LocalDate dueOn, String legalBasis) {
        KeyDate date = new KeyDate();
        date.caseFile = this;
        date.label = label.strip();
        date.kind = kind;
        date.dueOn = dueOn;
        date.legalBasis = legalBasis == null || legalBasis.isBlank() ? null : legalBasis.strip();
        keyDates.add(date);
        touch();
        return date;
    }

    /** The key date under {@code label}, set to {@code dueOn}, or removed when {@code dueOn} is null. */
    public void deriveKeyDate(String label, KeyDateKind kind, LocalDate dueOn, String legalBasis) {
        Optional<KeyDate> existing =
                keyDates.stream().filter(k -> k.label.equals(label)).findFirst();
        if (dueOn == null) {
            existing.ifPresent(keyDates::remove);
        } else if (existing.isPresent()) {
            existing.get().kind = kind;
            existing.get().dueOn = dueOn;
            existing.get().legalBasis = legalBasis;
        } else {
            addKeyDate(label, kind, dueOn, legalBasis);
        }
        touch();
    }

    public Optional<KeyDate> removeKeyDate(long keyDateId) {
        Optional<KeyDate> date =
                keyDates.stream().filter(d -> d.id == keyDateId).findFirst();
        date.ifPresent(d -> {
            keyDates.remove(d);
            touch();
        });
        return date;
    }

    /** A note by {@code author}; {@code writtenAt} is now, or the original time of a note imported with its case. */
    public CaseNote addNote(AppUser author, NoteDetails details, OffsetDateTime writtenAt) {
        CaseNote note = new CaseNote();
        note.caseFile = this;
        note.author = author;
        note.body = details.body();
        note.createdAt = writtenAt;
        notes.add(note);
        touch();
        return note;
    }

    private void apply(CaseDetails details, LocalDate today) {
        reference = details.reference();
        title = details.title();
        type = details.caseType();
        openedOn = details.openedOnOr(today);
        summary = details.summary();
    }

    /**
     * Marks the case as changed when only one of its parts did: the parts' tables are not the case's row, so without
     * this its version would not move.
     */
    private void touch() {
        updatedAt = OffsetDateTime.now();
    }

    /** Thrown when the last lead of a case would be removed from its team. */
    public static class LastLeadException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public LastLeadException() {
            super("A case needs at least one lead");
        }
    }
}
