package eu.competitiondesk.cases;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The current user's team role on each case, read once per request. A case route asks several times (the scope
 * filter, the resource loading its case, the page deciding whether to show its forms), and each answer would be
 * the same query. A team change in the request forgets the case's role, so a check after it reads again.
 */
@RequestScoped
public class RequestTeamRoles {

    private final Map<Long, Optional<TeamRole>> roles = new HashMap<>();

    TeamRole of(long caseId, LongFunction<TeamRole> read) {
        return roles.computeIfAbsent(caseId, id -> Optional.ofNullable(read.apply(id))).orElse(null);
    }

    void forget(long caseId) {
        roles.remove(caseId);
    }
}
