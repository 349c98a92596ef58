package eu.competitiondesk.cases;

import eu.competitiondesk.security.AppUser;
import eu.competitiondesk.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every change to a case file, each in one transaction with its audit event. Callers pass cases obtained through
 * {@link CaseAccess}, so the access check has already happened.
 */
@ApplicationScoped
public class CaseService {

    @Inject
    AuditTrail audit;

    @Inject
    RequestTeamRoles teamRoles;

    @Inject
    eu.competitiondesk.web.AppMessages msg;

    @Inject
    CaseMessages caseMsg;

    @Transactional
    public CaseFile open(CaseDetails details, AppUser lead) {
        if (CaseFile.findByReference(details.reference()).isPresent()) {
            throw new DuplicateReferenceException(details.reference());
        }
        CaseFile caseFile = new CaseFile();
        apply(caseFile, details);
        caseFile.status = CaseStatus.OPEN;
        caseFile.createdAt = OffsetDateTime.now();
        caseFile.updatedAt = caseFile.createdAt;
        TeamMember member = new TeamMember();
        member.caseFile = caseFile;
        member.user = lead;
        member.teamRole = TeamRole.LEAD;
        caseFile.team.add(member);
        caseFile.persist();
        audit.record(caseFile.id, "CASE_CREATED", "Opened case " + caseFile.reference + " ("
                + caseMsg.caseType(caseFile.type) + "), lead " + lead.username);
        return caseFile;
    }

    /**
     * Saves new details when {@code expectedVersion} is still current; otherwise throws {@link StaleCaseException}.
     * The row is locked while checking, so of two saves made at the same moment (on any node) the second waits,
     * then sees the first one's version and becomes a conflict instead of an overwrite.
     */
    @Transactional
    public CaseFile update(long caseId, long expectedVersion, CaseDetails details) {
        CaseFile caseFile = CaseFile.findById(caseId, LockModeType.PESSIMISTIC_WRITE);
        if (caseFile.version != expectedVersion) {
            throw new StaleCaseException(caseFile);
        }
        if (!caseFile.reference.equals(details.reference())
                && CaseFile.findByReference(details.reference()).isPresent()) {
            throw new DuplicateReferenceException(details.reference());
        }
        List<String> changes = describeChanges(caseFile, details);
        apply(caseFile, details);
        touch(caseFile);
        audit.record(caseFile.id, "CASE_UPDATED", changes.isEmpty() ? "Saved without changes"
                : "Changed " + String.join("; ", changes));
        return caseFile;
    }

    @Transactional
    public CaseFile moveTo(long caseId, long expectedVersion, CaseStatus target) {
        CaseFile caseFile = CaseFile.findById(caseId, LockModeType.PESSIMISTIC_WRITE);
        if (caseFile.version != expectedVersion) {
            throw new StaleCaseException(caseFile);
        }
        if (!caseFile.status.canMoveTo(target)) {
            throw new IllegalStateException("A case in " + caseFile.status + " cannot move to " + target);
        }
        CaseStatus before = caseFile.status;
        caseFile.status = target;
        touch(caseFile);
        audit.record(caseFile.id, "STATUS_CHANGED", "Status " + caseMsg.caseStatus(before) + " -> "
                + caseMsg.caseStatus(target));
        return caseFile;
    }

    @Transactional
    public Party addParty(long caseId, String name, PartyRole role) {
        CaseFile caseFile = CaseFile.findById(caseId);
        Party party = new Party();
        party.caseFile = caseFile;
        party.name = name.trim();
        party.role = role;
        party.position = caseFile.parties.size();
        caseFile.parties.add(party);
        touch(caseFile);
        audit.record(caseId, "PARTY_ADDED", "Added party " + party.name + " as "
                + caseMsg.partyRole(role).toLowerCase(java.util.Locale.ROOT));
        return party;
    }

    @Transactional
    public String removeParty(long caseId, long partyId) {
        CaseFile caseFile = CaseFile.findById(caseId);
        Party party = caseFile.parties.stream().filter(p -> p.id == partyId).findFirst()
                .orElseThrow(jakarta.ws.rs.NotFoundException::new);
        caseFile.parties.remove(party);
        touch(caseFile);
        audit.record(caseId, "PARTY_REMOVED", "Removed party " + party.name);
        return party.name;
    }

    /** Adds a user to the team; false when they are already on it. */
    @Transactional
    public boolean addMember(long caseId, AppUser user, TeamRole role) {
        CaseFile caseFile = CaseFile.findById(caseId);
        if (caseFile.memberFor(user.id).isPresent()) {
            return false;
        }
        TeamMember member = new TeamMember();
        member.caseFile = caseFile;
        member.user = user;
        member.teamRole = role;
        caseFile.team.add(member);
        teamRoles.forget(caseId);
        touch(caseFile);
        audit.record(caseId, "TEAM_ADDED", "Added " + user.username + " to the team as "
                + caseMsg.teamRole(role).toLowerCase(java.util.Locale.ROOT));
        return true;
    }

    /** Removes a team member; refuses to remove the last lead. Returns the removed user's name. */
    @Transactional
    public String removeMember(long caseId, long memberId) {
        CaseFile caseFile = CaseFile.findById(caseId);
        TeamMember member = caseFile.team.stream().filter(m -> m.id == memberId).findFirst()
                .orElseThrow(jakarta.ws.rs.NotFoundException::new);
        long leads = caseFile.team.stream().filter(m -> m.teamRole == TeamRole.LEAD).count();
        if (member.teamRole == TeamRole.LEAD && leads == 1) {
            throw new LastLeadException();
        }
        caseFile.team.remove(member);
        teamRoles.forget(caseId);
        touch(caseFile);
        audit.record(caseId, "TEAM_REMOVED", "Removed " + member.user.username + " from the team");
        return member.user.fullName;
    }

    @Transactional
    public KeyDate addKeyDate(long caseId, String label, KeyDateKind kind, java.time.LocalDate dueOn,
            String legalBasis) {
        CaseFile caseFile = CaseFile.findById(caseId);
        KeyDate date = new KeyDate();
        date.caseFile = caseFile;
        date.label = label.trim();
        date.kind = kind;
        date.dueOn = dueOn;
        date.legalBasis = legalBasis == null || legalBasis.isBlank() ? null : legalBasis.trim();
        caseFile.keyDates.add(date);
        touch(caseFile);
        audit.record(caseId, "KEY_DATE_ADDED", "Added " + caseMsg.keyDateKind(kind).toLowerCase(java.util.Locale.ROOT)
                + " \"" + date.label + "\" on " + dueOn);
        return date;
    }

    @Transactional
    public String removeKeyDate(long caseId, long keyDateId) {
        CaseFile caseFile = CaseFile.findById(caseId);
        KeyDate date = caseFile.keyDates.stream().filter(d -> d.id == keyDateId).findFirst()
                .orElseThrow(jakarta.ws.rs.NotFoundException::new);
        caseFile.keyDates.remove(date);
        touch(caseFile);
        audit.record(caseId, "KEY_DATE_REMOVED", "Removed key date \"" + date.label + "\" on " + date.dueOn);
        return date.label;
    }

    @Transactional
    public CaseNote addNote(long caseId, AppUser author, String body) {
        CaseFile caseFile = CaseFile.findById(caseId);
        CaseNote note = new CaseNote();
        note.caseFile = caseFile;
        note.author = author;
        note.body = body.strip();
        note.createdAt = OffsetDateTime.now();
        caseFile.notes.add(note);
        touch(caseFile);
        // The note's text may be confidential: the trail records that a note was added, not what it says.
        audit.record(caseId, "NOTE_ADDED", "Added a note");
        return note;
    }

    private static void apply(CaseFile caseFile, CaseDetails details) {
        caseFile.reference = details.reference();
        caseFile.title = details.title();
        caseFile.type = details.type();
        caseFile.openedOn = details.openedOn();
        caseFile.summary = details.summary();
    }

    /** Bumps the version too, so a page loaded before any change to the case sees its form as stale. */
    private static void touch(CaseFile caseFile) {
        caseFile.updatedAt = OffsetDateTime.now();
    }

    private static List<String> describeChanges(CaseFile before, CaseDetails after) {
        List<String> changes = new ArrayList<>();
        if (!before.reference.equals(after.reference())) {
            changes.add("reference " + before.reference + " -> " + after.reference());
        }
        if (!before.title.equals(after.title())) {
            changes.add("title");
        }
        if (before.type != after.type()) {
            changes.add("type " + before.type + " -> " + after.type());
        }
        if (!before.openedOn.equals(after.openedOn())) {
            changes.add("opened on " + before.openedOn + " -> " + after.openedOn());
        }
        if (!Objects.equals(before.summary, after.summary())) {
            changes.add("summary");
        }
        return changes;
    }

    /** Thrown when the last lead of a case would be removed from its team. */
    public static class LastLeadException extends RuntimeException {
        public LastLeadException() {
            super("A case needs at least one lead");
        }
    }
}
