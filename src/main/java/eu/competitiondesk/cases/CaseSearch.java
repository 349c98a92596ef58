package eu.competitiondesk.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the cases the current user may see, one page at a time. Text search runs against one trigram-indexed
 * column holding reference, title and party names; filters and sort columns have B-tree indexes (see migrations
 * and the plans in docs/performance.md).
 */
@ApplicationScoped
public class CaseSearch {

    /** The columns a list row shows, in the order {@link #page} reads them. */
    private static final String ROW_COLUMNS =
            "select c.id, c.reference, c.title, c.type, c.status, c.openedOn, c.updatedAt from CaseFile c";

    /** Matches counted exactly up to here; beyond, the list says "more than". */
    @ConfigProperty(name = "desk.case-list.count-limit", defaultValue = "1000")
    int countLimit;

    @Inject
    CaseAccess access;

    public CasePage find(CaseCriteria criteria) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> values = new HashMap<>();
        conditions.add(access.visibilityCondition());
        Long viewerId = access.visibilityViewerId();
        if (viewerId != null) {
            values.put("viewerId", viewerId);
        }
        if (criteria.text() != null) {
            // search_text holds reference, title and party names in lower case, kept by triggers (migration V9).
            conditions.add("c.searchText like :text");
            values.put("text", "%" + escapeLike(criteria.text().toLowerCase()) + "%");
        }
        if (criteria.status() != null) {
            conditions.add("c.status = :status");
            values.put("status", criteria.status());
        }
        if (criteria.type() != null) {
            conditions.add("c.type = :type");
            values.put("type", criteria.type());
        }
        if (criteria.officerId() != null) {
            conditions.add("exists (select 1 from TeamMember o where o.caseFile = c and o.user.id = :officerId)");
            values.put("officerId", criteria.officerId());
        }
        String where = " where " + String.join(" and ", conditions);
        String direction = criteria.descending() ? " desc" : " asc";
        String order = " order by " + criteria.sort().expression + direction + ", c.id" + direction;
        int first = (criteria.page() - 1) * criteria.size();

        // Counting every match of a broad search over 100,000 cases costs more than the page itself, and nobody
        // pages through thousands: the count stops a little past what the pages so far could show.
        long countLimit = Math.max(this.countLimit, (long) criteria.page() * criteria.size()) + 1;
        TypedQuery<Long> matching = CaseFile.getEntityManager()
                .createQuery("select c.id from CaseFile c" + where, Long.class);
        values.forEach(matching::setParameter);
        List<Long> matchingIds = matching.setMaxResults((int) countLimit).getResultList();
        boolean exact = matchingIds.size() < countLimit;
        long total = exact ? matchingIds.size() : countLimit - 1;
        List<Object[]> rows;
        if (matchingIds.isEmpty()) {
            rows = List.of();
        } else if (exact) {
            // Every match is known: reading the page from those ids, sorted among themselves, beats letting the
            // planner guess whether to walk a sort index past thousands of non-matching rows or to sort all matches.
            rows = session().createSelectionQuery(ROW_COLUMNS + " where c.id in :ids" + order, Object[].class)
                    .setParameterList("ids", matchingIds)
                    .setFirstResult(first).setMaxResults(criteria.size())
                    .getResultList();
        } else {
            // A broad search: matches are common enough that walking the sort index finds a page quickly.
            TypedQuery<Object[]> page = CaseFile.getEntityManager()
                    .createQuery(ROW_COLUMNS + where + order, Object[].class);
            values.forEach(page::setParameter);
            rows = page.setFirstResult(first).setMaxResults(criteria.size()).getResultList();
        }
        return page(criteria, rows, total, exact);
    }

    /** The page's rows with their parties, read in one further query for the whole page. */
    private static CasePage page(CaseCriteria criteria, List<Object[]> rows, long total, boolean exact) {
        Map<Long, List<CaseListItem.PartyName>> parties = new HashMap<>();
        if (!rows.isEmpty()) {
            // setParameterList binds the ids as a list at once; a plain setParameter first tries (and fails, with an
            // exception) to read the whole collection as one id.
            List<Object[]> partyRows = session().createSelectionQuery("select p.caseFile.id, p.name, p.role"
                    + " from Party p where p.caseFile.id in :ids order by p.position, p.id", Object[].class)
                    .setParameterList("ids", rows.stream().map(row -> (Long) row[0]).toList())
                    .getResultList();
            for (Object[] party : partyRows) {
                parties.computeIfAbsent((Long) party[0], id -> new ArrayList<>())
                        .add(new CaseListItem.PartyName((String) party[1], (PartyRole) party[2]));
            }
        }
        List<CaseListItem> items = rows.stream().map(row -> new CaseListItem((Long) row[0], (String) row[1],
                (String) row[2], (CaseType) row[3], (CaseStatus) row[4], (LocalDate) row[5], (OffsetDateTime) row[6],
                List.copyOf(parties.getOrDefault((Long) row[0], List.of())))).toList();
        return new CasePage(items, total, exact, criteria.page(), criteria.size());
    }

    private static Session session() {
        return CaseFile.getEntityManager().unwrap(Session.class);
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
