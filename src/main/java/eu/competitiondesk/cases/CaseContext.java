package eu.competitiondesk.cases;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The case a case-scoped request is about, loaded and checked once by {@link CaseScopeFilter}, and the viewer's team
 * role on it, read at most once. Resources asking {@link CaseAccess} for that case get it from here, with no second
 * lookup or check; a change to the team in the request forgets the role, so a check after it reads again.
 */
@RequestScoped
public class CaseContext {

    private CaseFile caseFile;

    /** The case whose team role was read, and the role: empty when the viewer is on no team of it. */
    private long roleCaseId;

    private Optional<TeamRole> teamRole;

    /** The checked case of this request, if it is the one asked for. */
    Optional<CaseFile> caseFile(long caseId) {
        return caseFile != null && caseFile.id == caseId ? Optional.of(caseFile) : Optional.empty();
    }

    void checked(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /** The viewer's team role on {@code caseId}, read once for the case the request is about. */
    TeamRole teamRole(long caseId, LongFunction<TeamRole> read) {
        if (teamRole == null || roleCaseId != caseId) {
            teamRole = Optional.ofNullable(read.apply(caseId));
            roleCaseId = caseId;
        }
        return teamRole.orElse(null);
    }

    void forgetTeamRole() {
        teamRole = null;
    }
}
