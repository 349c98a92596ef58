package eu.competitiondesk.cases;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Finds the cases the current user may see, one page at a time. Text search runs against one trigram-indexed
 * column holding reference, title and party names; filters and sort columns have B-tree indexes (see migrations
 * and the plans in docs/performance.md). A page found is kept until a case or a case team changes
 * ({@link KeptCaseResults}), so asking again reads only the page's cases by id.
 */
@ApplicationScoped
public class CaseSearch {

    /** Matches counted exactly up to here; beyond, the list says "more than". */
    @ConfigProperty(name = "desk.case-list.count-limit", defaultValue = "1000")
    int countLimit;

    @Inject
    CaseAccess access;

    @Inject
    KeptCaseResults keptResults;

    public CasePage find(CaseCriteria criteria) {
        if (!keptResults.enabled()) {
            Found found = search(criteria);
            return page(criteria, found.items(), found.total(), found.exact());
        }
        long version = keptResults.currentVersion();
        KeptCaseResults.Question question = new KeptCaseResults.Question(
                access.needsViewerId() ? access.viewerId() : null, criteria);
        KeptCaseResults.Answer answer = keptResults.find(question, version);
        if (answer != null) {
            return page(criteria, casesByIds(answer.caseIds()), answer.total(), answer.exact());
        }
        Found found = search(criteria);
        keptResults.keep(question, version, new KeptCaseResults.Answer(
                found.items().stream().mapToLong(c -> c.id).toArray(), found.total(), found.exact()));
        return page(criteria, found.items(), found.total(), found.exact());
    }

    private static CasePage page(CaseCriteria criteria, List<CaseFile> items, long total, boolean exact) {
        Map<Long, List<Party>> parties = Party.ofCases(items.stream().map(c -> c.id).toList()).stream()
                .collect(Collectors.groupingBy(p -> p.caseFile.id));
        return new CasePage(items, total, exact, criteria.page(), criteria.size(), parties);
    }

    private record Found(List<CaseFile> items, long total, boolean exact) {
    }

    private Found search(CaseCriteria criteria) {
        List<String> conditions = new ArrayList<>();
        Parameters params = new Parameters();
        conditions.add(access.visibilityCondition());
        if (access.needsViewerId()) {
            params.and("viewerId", access.viewerId());
        }
        if (criteria.text() != null) {
            // search_text holds reference, title and party names in lower case, kept by triggers (migration V9).
            conditions.add("c.searchText like :text");
            params.and("text", "%" + escapeLike(criteria.text().toLowerCase()) + "%");
        }
        if (criteria.status() != null) {
            conditions.add("c.status = :status");
            params.and("status", criteria.status());
        }
        if (criteria.type() != null) {
            conditions.add("c.type = :type");
            params.and("type", criteria.type());
        }
        if (criteria.officerId() != null) {
            conditions.add("exists (select 1 from TeamMember o where o.caseFile = c and o.user.id = :officerId)");
            params.and("officerId", criteria.officerId());
        }
        String where = " where " + String.join(" and ", conditions);
        String direction = criteria.descending() ? " desc" : " asc";
        String order = " order by " + criteria.sort().expression + direction + ", c.id" + direction;

        Map<String, Object> values = params.map();
        // Counting every match of a broad search over 100,000 cases costs more than the page itself, and nobody
        // pages through thousands: the count stops a little past what the pages so far could show.
        long countLimit = Math.max(this.countLimit, (long) criteria.page() * criteria.size()) + 1;
        TypedQuery<Long> matching = CaseFile.getEntityManager()
                .createQuery("select c.id from CaseFile c" + where, Long.class);
        values.forEach(matching::setParameter);
        List<Long> matchingIds = matching.setMaxResults((int) countLimit).getResultList();
        boolean exact = matchingIds.size() < countLimit;
        long total = exact ? matchingIds.size() : countLimit - 1;
        List<CaseFile> items;
        if (matchingIds.isEmpty()) {
            items = List.of();
        } else if (exact) {
            // Every match is known: reading the page from those ids, sorted among themselves, beats letting the
            // planner guess whether to walk a sort index past thousands of non-matching rows or to sort all matches.
            items = CaseFile.getEntityManager().unwrap(Session.class)
                    .createSelectionQuery("from CaseFile c where c.id in :ids" + order, CaseFile.class)
                    .setParameterList("ids", matchingIds)
                    .setFirstResult((criteria.page() - 1) * criteria.size()).setMaxResults(criteria.size())
                    .getResultList();
        } else {
            // A broad search: matches are common enough that walking the sort index finds a page quickly.
            items = CaseFile.<CaseFile>find("from CaseFile c" + where + order, values)
                    .page(criteria.page() - 1, criteria.size()).list();
        }
        return new Found(items, total, exact);
    }

    /**
     * The cases of a kept page, in its order. The viewer's visibility is applied again: the page was kept for this
     * viewer and any team change retires it, but the rule is cheap to apply on a few ids and keeps this path from
     * ever being the one that shows a case to the wrong person.
     */
    private List<CaseFile> casesByIds(long[] caseIds) {
        if (caseIds.length == 0) {
            return List.of();
        }
        List<Long> ids = LongStream.of(caseIds).boxed().toList();
        var query = CaseFile.getEntityManager().unwrap(Session.class)
                .createSelectionQuery("from CaseFile c where c.id in :ids and " + access.visibilityCondition(),
                        CaseFile.class)
                .setParameterList("ids", ids);
        if (access.needsViewerId()) {
            query.setParameter("viewerId", access.viewerId());
        }
        Map<Long, CaseFile> byId = query.getResultStream().collect(Collectors.toMap(c -> c.id, c -> c));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The user's own cases (team member), most recently changed first. */
    public List<CaseFile> ownCases(long userId, int limit) {
        return CaseFile.<CaseFile>find("select c from CaseFile c where exists (select 1 from TeamMember m"
                + " where m.caseFile = c and m.user.id = ?1) and c.status <> ?2 order by c.updatedAt desc, c.id desc",
                userId, CaseStatus.CLOSED).page(0, limit).list();
    }

    /** Key dates of the user's open cases, earliest first, overdue ones included. */
    public List<KeyDate> nearestDeadlines(long userId, int limit) {
        return KeyDate.<KeyDate>find("select k from KeyDate k join fetch k.caseFile c where k.kind <> ?3"
                + " and c.status <> ?2 and exists (select 1 from TeamMember m where m.caseFile = c and m.user.id = ?1)"
                + " order by k.dueOn, k.id", userId, CaseStatus.CLOSED, KeyDateKind.MILESTONE)
                .page(0, limit).list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
