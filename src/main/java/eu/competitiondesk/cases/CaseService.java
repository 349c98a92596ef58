package eu.competitiondesk.cases;

import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.platform.AdvisoryLocks;
import eu.competitiondesk.platform.FormVersions;
import eu.competitiondesk.platform.InvalidCommand;
import eu.competitiondesk.platform.StaleVersionException;
import eu.competitiondesk.security.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every change to a case file, each in one transaction with its audit event: the one write path behind the pages,
 * the JSON API, the case import and the demo data. Each method takes a validated command, calls the case's own
 * method for the change and records what happened. Callers pass cases obtained through {@link CaseAccess}, so the
 * access check has already happened.
 */
@ApplicationScoped
public class CaseService {

    @Inject
    Event<TeamJoined> teamJoined;

    @Inject
    AuditTrail audit;

    @Inject
    CaseContext context;

    @Inject
    CaseMessages caseMsg;

    @Inject
    Clock clock;

    /**
     * Opens a case with {@code lead} as its lead, at the stage and with the parts the command brings; persists it, so
     * other features can add their parts in the same transaction.
     */
    @Transactional
    public CaseHeading open(CaseOpening opening, AppUser lead) {
        requireFreeReference(opening.details().reference());
        CaseFile caseFile = CaseFile.open(opening, lead, OffsetDateTime.now(clock), LocalDate.now(clock));
        caseFile.persist();
        audit.record(
                caseFile.id,
                AuditAction.CASE_CREATED,
                "Opened case " + caseFile.reference + " (" + caseMsg.caseType(caseFile.type) + "), lead "
                        + lead.username);
        return CaseHeading.of(caseFile);
    }

    /**
     * Saves new details when {@code expectedVersion} is still current; otherwise throws {@link StaleVersionException}
     * ({@link FormVersions}).
     */
    @Transactional
    public CaseFile update(long caseId, long expectedVersion, CaseDetails details) {
        CaseFile caseFile = current(caseId, expectedVersion);
        if (!caseFile.reference.equals(details.reference())) {
            requireFreeReference(details.reference());
        }
        List<String> changes = caseFile.change(details, LocalDate.now(clock));
        audit.record(
                caseFile.id,
                AuditAction.CASE_UPDATED,
                changes.isEmpty() ? "Saved without changes" : "Changed " + String.join("; ", changes));
        return caseFile;
    }

    /**
     * Moves the case to the command's stage when the page's version is still current (else {@link
     * StaleVersionException}); a move the workflow does not allow is refused as an invalid command.
     */
    @Transactional
    public CaseFile moveTo(long caseId, StatusChange change) {
        CaseFile caseFile = current(caseId, FormVersions.parse(change.version()));
        CaseStatus before = caseFile.status;
        CaseStatus target = change.target();
        if (!before.canMoveTo(target)) {
            throw new InvalidCommand(Map.of("status", caseMsg.case_status_not_allowed()));
        }
        caseFile.moveTo(target);
        audit.record(
                caseFile.id,
                AuditAction.STATUS_CHANGED,
                "Status " + caseMsg.caseStatus(before) + " -> " + caseMsg.caseStatus(target));
        return caseFile;
    }

    @Transactional
    public Party addParty(long caseId, PartyDetails details) {
        Party party = load(caseId).addParty(details);
        audit.record(
                caseId,
                AuditAction.PARTY_ADDED,
                "Added party " + party.name + " as "
                        + caseMsg.partyRole(party.role).toLowerCase(Locale.ROOT));
        return party;
    }

    @Transactional
    public String removeParty(long caseId, long partyId) {
        Party party = load(caseId).removeParty(partyId).orElseThrow(NotFoundException::new);
        audit.record(caseId, AuditAction.PARTY_REMOVED, "Removed party " + party.name);
        return party.name;
    }

    /**
     * Adds an active user to the team; a user who is not one, or is on the team already, is refused as an invalid
     * command.
     */
    @Transactional
    public TeamMember addMember(long caseId, MemberDetails details) {
        AppUser user = AppUser.findById(details.userId());
        if (user == null || !user.active) {
            throw new InvalidCommand(Map.of("user", caseMsg.team_choose_user()));
        }
        TeamMember member = load(caseId)
                .addMember(user, details.teamRole())
                .orElseThrow(() -> new InvalidCommand(Map.of("user", caseMsg.team_already_member())));
        context.forgetTeamRole();
        audit.record(
                caseId,
                AuditAction.TEAM_ADDED,
                "Added " + user.username + " to the team as "
                        + caseMsg.teamRole(member.teamRole).toLowerCase(Locale.ROOT));
        // The membership's id tells this joining from a later one of the same user: it is given on insert.
        member.persist();
        teamJoined.fire(new TeamJoined(caseId, member.caseFile.reference, member.id, user.username, member.teamRole));
        return member;
    }

    /** Removes a team member; refuses to remove the last lead. Returns the removed user's name. */
    @Transactional
    public String removeMember(long caseId, long memberId) {
        TeamMember member = load(caseId).removeMember(memberId).orElseThrow(NotFoundException::new);
        context.forgetTeamRole();
        audit.record(caseId, AuditAction.TEAM_REMOVED, "Removed " + member.user.username + " from the team");
        return member.user.fullName;
    }

    @Transactional
    public KeyDate addKeyDate(long caseId, KeyDateDetails details) {
        KeyDate date = load(caseId).addKeyDate(details);
        audit.record(
                caseId,
                AuditAction.KEY_DATE_ADDED,
                "Added " + caseMsg.keyDateKind(date.kind).toLowerCase(Locale.ROOT) + " \"" + date.label + "\" on "
                        + date.dueOn);
        return date;
    }

    @Transactional
    public String removeKeyDate(long caseId, long keyDateId) {
        KeyDate date = load(caseId).removeKeyDate(keyDateId).orElseThrow(NotFoundException::new);
        audit.record(caseId, AuditAction.KEY_DATE_REMOVED, "Removed key date \"" + date.label + "\" on " + date.dueOn);
        return date.label;
    }

    @Transactional
    public CaseNote addNote(long caseId, long authorId, NoteDetails details) {
        // The author is the signed-in user, known to exist: a reference is enough for the note's key, with no read.
        AppUser author = CaseFile.getEntityManager().getReference(AppUser.class, authorId);
        CaseNote note = load(caseId).addNote(author, details, OffsetDateTime.now(clock));
        // The note's text may be confidential: the trail records that a note was added, not what it says.
        audit.record(caseId, AuditAction.NOTE_ADDED, "Added a note");
        return note;
    }

    /**
     * A statutory deadline another feature derives (an assessment's notification and designation deadlines): added
     * under its label, moved when the label is there, removed when {@code dueOn} is null. Part of the deriving
     * change's transaction and of its audit event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deriveStatutoryDate(long caseId, String label, boolean binding, LocalDate dueOn, String legalBasis) {
        load(caseId)
                .deriveKeyDate(
                        label,
                        binding ? KeyDateKind.STATUTORY_DEADLINE : KeyDateKind.STATUTORY_TARGET,
                        dueOn,
                        legalBasis);
    }

    /**
     * A user made a reader reads on every team they are on, from the moment the change commits: a reviewer or
     * officer role kept on a team would otherwise still let them decide on reports or change the case.
     */
    void demoteToReader(@Observes eu.competitiondesk.security.UserRoleChanged change) {
        if (change.after() != eu.competitiondesk.security.Role.READER) {
            return;
        }
        List<TeamMember> memberships =
                TeamMember.list("user.id = ?1 and teamRole <> ?2", change.userId(), TeamRole.READER);
        for (TeamMember member : memberships) {
            TeamRole before = member.teamRole;
            member.caseFile.changeTeamRole(member, TeamRole.READER);
            audit.record(
                    member.caseFile.id,
                    AuditAction.TEAM_ROLE_CHANGED,
                    "Team role of " + change.username() + " changed"
                            + " from " + caseMsg.teamRole(before).toLowerCase(Locale.ROOT) + " to "
                            + caseMsg.teamRole(TeamRole.READER).toLowerCase(Locale.ROOT)
                            + ": their account became read-only");
        }
        context.forgetTeamRole();
    }

    /**
     * Throws {@link DuplicateReferenceException} when another case has the reference. Two requests taking one
     * reference at once are serialised here until the first commits, so the second sees its case and gets the same
     * clear answer rather than a broken unique constraint.
     */
    public static void requireFreeReference(String reference) {
        AdvisoryLocks.lock(AdvisoryLocks.Space.CASE_REFERENCES, reference);
        if (CaseFile.findByReference(reference).isPresent()) {
            throw new DuplicateReferenceException(reference);
        }
    }

    /**
     * The case, locked for the rest of the transaction: changes to its parts made at the same moment (a form posted
     * twice, two officers adding parties) take turns instead of failing on the case's version.
     */
    private static CaseFile load(long caseId) {
        CaseFile caseFile = CaseFile.getEntityManager().find(CaseFile.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (caseFile == null) {
            throw new NotFoundException();
        }
        return caseFile;
    }

    /** The case, locked, when {@code expectedVersion} is still its version; otherwise a conflict. */
    private static CaseFile current(long caseId, long expectedVersion) {
        return FormVersions.lockedAt(
                CaseFile.class, caseId, expectedVersion, c -> c.version, StaleVersionException::new);
    }
}
