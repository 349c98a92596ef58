package eu.competitiondesk.cases;

import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.util.Optional;

/**
 * The one place that decides who may see and change a case. Every route with a {@code caseId} in its path passes
 * through here before the resource runs ({@link CaseScopeFilter}), and resources load their case through here too.
 * A case outside the user's reach answers 404, so an outsider learns nothing, not even that it exists. Every
 * refusal is audited.
 *
 * <p>Rule: admins see and change every case; everyone else sees the cases whose team they are on (a reader is
 * granted a case by joining its team with the team role READER), and changes them when both their application role
 * and their team role allow it.
 */
@ApplicationScoped
public class CaseAccess {

    static final String TEAM_ROLE = "select m.teamRole from TeamMember m where m.caseFile.id = ?1 and m.user.id = ?2";

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    CaseContext context;

    /** The case for another feature's page: 404 unless the user may see it. */
    public CaseHeading viewable(long caseId) {
        return CaseHeading.of(viewableCase(caseId));
    }

    /** The case for another feature's change: 404 unless the user may see it, 403 unless they may change it. */
    public CaseHeading editable(long caseId) {
        return CaseHeading.of(editableCase(caseId));
    }

    CaseFile viewableCase(long caseId) {
        Optional<CaseFile> checked = context.caseFile(caseId);
        if (checked.isPresent()) {
            return checked.get();
        }
        CaseFile caseFile = CaseFile.findById(caseId);
        if (caseFile == null || !canView(caseFile)) {
            audit.recordDenied(
                    caseFile == null ? null : caseFile.id,
                    "Refused to show case " + caseId + (caseFile == null ? " (no such case)" : " to a non-member"));
            throw new NotFoundException();
        }
        return caseFile;
    }

    /** Checks the case of a case-scoped route once, for the whole request ({@link CaseScopeFilter}). */
    void checkForRequest(long caseId) {
        context.checked(viewableCase(caseId));
    }

    CaseFile editableCase(long caseId) {
        CaseFile caseFile = viewableCase(caseId);
        if (!canEdit(caseFile)) {
            audit.recordDenied(caseFile.id, "Refused a change to case " + caseId + ": read-only access");
            throw new ForbiddenException();
        }
        return caseFile;
    }

    boolean canView(CaseFile caseFile) {
        return currentUser.isAdmin() || teamRole(caseFile.id) != null;
    }

    boolean canEdit(CaseFile caseFile) {
        return canEdit(caseFile.id);
    }

    /** Whether the user may change the case (another feature's pages ask, to show their forms or not). */
    public boolean canEdit(long caseId) {
        if (currentUser.isAdmin()) {
            return true;
        }
        TeamRole role = teamRole(caseId);
        return role != null && role.canEdit() && currentUser.isCaseOfficer();
    }

    /**
     * A lead or reviewer on the case's team (an administrator not on the team is neither) whose account is not
     * read-only: both roles are read at the moment of the decision.
     */
    public boolean canReview(long caseId) {
        TeamRole role = teamRole(caseId);
        return role != null && role.canReview() && (currentUser.isAdmin() || currentUser.isCaseOfficer());
    }

    /**
     * An SQL condition on the case_file alias {@code c} that keeps only the cases the current user may see, for list
     * queries. Bind {@link #visibilityViewerId()}
     * as {@code viewerId} when it is not null.
     */
    String visibilityCondition() {
        return currentUser.isAdmin() ? "true" : onTeamOf("viewerId");
    }

    /**
     * An SQL condition on the alias {@code c}: the case's team includes the user bound as {@code parameter}. Written
     * on the case's copy of its team's user ids (migration V18), a key of the full-text index, so a word search
     * intersects the words and the team inside that index and reads only the cases that pass both.
     */
    static String onTeamOf(String parameter) {
        return "c.team_user_ids @> array[cast(:" + parameter + " as bigint)]";
    }

    /** The user the visibility condition depends on, or null for an admin, who sees every case. */
    Long visibilityViewerId() {
        return currentUser.isAdmin() ? null : currentUser.id();
    }

    boolean isAdmin() {
        return currentUser.isAdmin();
    }

    private TeamRole teamRole(long caseId) {
        Long userId = currentUser.id();
        if (userId == null) {
            return null;
        }
        // Only the role is needed: loading the member would load its user too (an eager association). A list, not
        // a stream: an unclosed result stream holds the connection, and a transaction later in the request cannot
        // take it over.
        return context.teamRole(
                caseId,
                id -> TeamMember.getEntityManager()
                        .createQuery(TEAM_ROLE, TeamRole.class)
                        .setParameter(1, id)
                        .setParameter(2, userId)
                        .getResultList()
                        .stream()
                        .findFirst()
                        .orElse(null));
    }
}
