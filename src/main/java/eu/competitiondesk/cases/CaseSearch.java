package eu.competitiondesk.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * Finds the cases the current user may see, one page at a time, in SQL written for the plans PostgreSQL gives each
 * kind of question (docs/performance.md, "Case list"): words through the full-text index, which also holds the
 * status, the type and the team's user ids (migrations V14, V17, V18), a reference prefix through a pattern B-tree,
 * filters alone through one index per sort column that includes them (V14), and an officer's questions without
 * words through their team rows' index (V15).
 *
 * <p>Filters alone, with every case visible, take two index-only statements: the count, then the page. Text or a
 * team take one when there are at most {@code desk.case-list.count-limit} matches: the matches are read once (the
 * count), sorted among themselves for the page, and the page's parties come in the same statement; words first look
 * up their last word's completions. A broad question, with more matches than that, needs a second statement for its
 * page.
 */
@ApplicationScoped
public class CaseSearch {

    /** One page of the list, in the order of the statement it ends. */
    private static final String PAGE = " limit :size offset :first";

    /** A list row's columns, and the title's sort key (every sort column must be among them). */
    private static final String COLUMNS = "id, reference, title, case_type, status, opened_on, updated_at, title_key";

    /** Position of the match count in a row of the counted statement, after the row's columns and its parties. */
    private static final int MATCHED = 9;

    /**
     * An incomplete last word is searched as the whole words it begins when there are at most this many: each is a
     * lookup in the full-text index, where a prefix scans the index's keys and builds a bitmap first (for "cloud" on
     * the seeded volume, 2.6 ms instead of 5 ms); for a short beginning with many words the prefix costs less.
     */
    private static final int COMPLETION_LIMIT = 16;

    /**
     * With a status or type filter, matches read and sorted in the counted statement up to this many. Beyond the
     * count limit each match is still read once: a second statement would read them all again to sort them (for
     * "cloud" and one status, 1,665 matches: 2.2 ms in one statement, 3.3 ms in two).
     */
    private static final int SORTED_IN_ONE_READ = 5000;

    /** Matches counted exactly up to here; beyond, the list says "more than". */
    @ConfigProperty(name = "desk.case-list.count-limit", defaultValue = "1000")
    int countLimit;

    @Inject
    CaseAccess access;

    public CasePage find(CaseCriteria criteria) {
        SearchText text = criteria.text() == null ? null : SearchText.of(criteria.text());
        Long viewerId = access.visibilityViewerId();
        // An officer sees their team's cases, and a list filtered by a member shows that member's: both start from one
        // user's team rows, which carry every list column but the words (migration V15).
        Long teamOf = viewerId != null ? viewerId : criteria.officerId();
        boolean fromTeamRows = teamOf != null && (text == null || text.kind() != SearchText.Kind.WORDS);
        String alias = fromTeamRows ? "m" : "c";
        List<String> conditions = new ArrayList<>();
        Map<String, Object> values = new HashMap<>();
        if (fromTeamRows) {
            conditions.add("m.user_id = :teamOf");
            values.put("teamOf", teamOf);
            if (viewerId != null
                    && criteria.officerId() != null
                    && !criteria.officerId().equals(viewerId)) {
                conditions.add("exists (select 1 from case_team_member o where o.case_id = m.case_id"
                        + " and o.user_id = :officerId)");
                values.put("officerId", criteria.officerId());
            }
        } else {
            conditions.add(access.visibilityCondition());
            if (viewerId != null) {
                values.put("viewerId", viewerId);
            }
            if (criteria.officerId() != null) {
                conditions.add(CaseAccess.onTeamOf("officerId"));
                values.put("officerId", criteria.officerId());
            }
        }
        if (text != null) {
            switch (text.kind()) {
                case REFERENCE_PREFIX -> {
                    // Only letters, a dot and digits: nothing LIKE would read as a wildcard.
                    conditions.add(alias + ".reference like :prefix");
                    values.put("prefix", text.prefix() + "%");
                }
                case WORDS -> {
                    conditions.add("c.search_words @@ to_tsquery('simple', :words)");
                    values.put("words", text.tsquery(completions(text.lastWord())));
                }
                case NOTHING -> conditions.add("false");
            }
        }
        if (criteria.status() != null) {
            conditions.add(alias + ".status = :status");
            values.put("status", criteria.status().name());
        }
        if (criteria.type() != null) {
            conditions.add(alias + ".case_type = :type");
            values.put("type", criteria.type().name());
        }
        String direction = criteria.descending() ? " desc" : " asc";
        String order = " order by " + criteria.sort().expression + direction + ", id" + direction;
        // The count stops a little past what the pages so far could show: counting every match of a broad search over
        // 100,000 cases costs more than the page itself, and nobody pages through thousands.
        int limit = Math.max(countLimit, criteria.page() * criteria.size()) + 1;

        // Words with a filter read (and sort) every match in one statement when there are not too many of them.
        boolean filtered = criteria.status() != null || criteria.type() != null;
        int read = text != null && text.kind() == SearchText.Kind.WORDS && filtered
                ? Math.max(limit, SORTED_IN_ONE_READ + 1)
                : limit;
        Question question =
                new Question(criteria, " where " + String.join(" and ", conditions), values, order, limit, read);
        if (fromTeamRows) {
            return fromTeamRows(question);
        }
        if (text != null && text.kind() == SearchText.Kind.WORDS) {
            return QuarkusTransaction.requiringNew().call(() -> {
                // Words are found through the full-text index. Without this the planner may read the table in order
                // and match each case's words until it has enough: it costs a match like any comparison, where in
                // truth each one unpacks the case's words, so for a word in one case in ten it chose a 7 ms scan
                // over a 1.5 ms index lookup.
                CaseFile.getEntityManager()
                        .createNativeQuery("set local enable_seqscan = off")
                        .executeUpdate();
                return byMatches(question);
            });
        }
        return viewerId == null && text == null ? byFiltersAlone(question) : byMatches(question);
    }

    /**
     * The known words that {@code word} begins (migration V17), lower-cased as the 'simple' configuration does; none
     * when there are more than {@link #COMPLETION_LIMIT}, or none at all, and the search then asks for the prefix.
     */
    private static List<String> completions(String word) {
        // Words hold only letters, marks and digits: nothing LIKE would read as a wildcard.
        // No result class: Hibernate keeps the interpretation of a native query with one only until the next call
        // (its cache key never equals the next one's), so each call would add an entry to its plan cache.
        List<?> found = CaseFile.getEntityManager()
                .createNativeQuery(
                        "select word from search_word where word like lower(:word) || '%' collate \"C\" limit :cap")
                .setParameter("word", word)
                .setParameter("cap", COMPLETION_LIMIT + 1)
                .getResultList();
        return found.size() > COMPLETION_LIMIT
                ? List.of()
                : found.stream().map(String.class::cast).toList();
    }

    /**
     * One list question in SQL: its conditions (a where clause), their values, its order, the count's limit and how
     * many matches the counted statement reads (at least that limit).
     */
    private record Question(
            CaseCriteria criteria, String where, Map<String, Object> values, String order, int limit, int read) {}

    /** One user's team rows, filtered, counted and sorted within their index; only the page's cases are read. */
    private static CasePage fromTeamRows(Question q) {
        String team = "select m.case_id as id, m.reference, m.title_key, m.case_type, m.status, m.opened_on,"
                + " m.updated_at from case_team_member m" + q.where();
        List<Object[]> rows = rows(
                "with matches as materialized (" + team + " limit :cap) "
                        + withParties(
                                pageOf("select id from matches" + q.order() + PAGE),
                                "(select count(*) as matched from matches) total",
                                q.order()),
                q,
                q.limit());
        long matched = ((Number) rows.get(0)[MATCHED]).longValue();
        if (matched == q.limit()) {
            // On more teams than the limit: the page is sorted from all of them.
            rows = rows(
                    withParties(pageOf("select id from (" + team + ") team" + q.order() + PAGE), "", q.order()),
                    q,
                    null);
        }
        return page(q, rows, matched);
    }

    /**
     * Filters alone, every case visible: the count reads only an index, and the page comes in order from the index of
     * its filters and sort column (migration V14), whatever the number of matches.
     */
    private static CasePage byFiltersAlone(Question q) {
        Query count = CaseFile.getEntityManager()
                .createNativeQuery(
                        "select count(*) from (select 1 from case_file c" + q.where() + " limit :cap) capped");
        q.values().forEach(count::setParameter);
        long matched = ((Number) count.setParameter("cap", q.limit()).getSingleResult()).longValue();
        List<Object[]> rows = rows(
                withParties(pageOf("select id from case_file c" + q.where() + q.order() + PAGE), "", q.order()),
                q,
                null);
        return page(q, rows, matched);
    }

    /**
     * Words, or an administrator's reference prefix: the matches are read once, up to the limit (words with a filter:
     * up to {@link #SORTED_IN_ONE_READ}), counted and (when they are all of them) sorted among themselves for the page,
     * in one statement.
     */
    private static CasePage byMatches(Question q) {
        String matches = "select " + COLUMNS + " from case_file c" + q.where();
        List<Object[]> rows = rows(
                "with matches as materialized (" + matches + " limit :cap) "
                        + withParties(
                                "select * from matches" + q.order() + PAGE,
                                "(select count(*) as matched from matches) total",
                                q.order()),
                q,
                q.read());
        long matched = ((Number) rows.get(0)[MATCHED]).longValue();
        if (matched == q.read()) {
            // More matches than were read. All of them are sorted for the page ("offset 0" keeps PostgreSQL from
            // walking the sort column's index instead) by title, and whenever a filter applies. Walking the index
            // reads each row in sort order to test the words and filters: by title it passes every earlier title when
            // the matches sit together along the index, as they do when titles begin with the word searched for, and
            // with a filter it reads about 60 rows per match kept, where the full-text index hands over only the
            // matches (for "cloud" and a status, page 8: 15 ms walking, 4 ms sorting). With the words alone, by any
            // other column, the planner chooses, and walking is usually cheaper (3 ms, against 13 ms to sort 8,500).
            CaseCriteria criteria = q.criteria();
            boolean sortAll = criteria.sort() == CaseSort.TITLE || criteria.status() != null || criteria.type() != null;
            String fenced = sortAll ? "select * from (" + matches + " offset 0) unsorted" : matches;
            rows = rows(withParties(fenced + q.order() + PAGE, "", q.order()), q, null);
        }
        return page(q, rows, matched);
    }

    /** The list columns of the cases whose ids {@code keys} selects (one page of them, in order). */
    private static String pageOf(String keys) {
        return "select " + COLUMNS + " from case_file join (" + keys + ") keys using (id)";
    }

    /**
     * The rows of {@code page} (a select of {@link #COLUMNS}) with each row's parties in their order, as two arrays
     * of the same length, read by the case's key. With {@code counted} (a one-row subquery named total), that row
     * comes first and is kept when the page is empty (then all the row's own columns are null), so the count always
     * comes back.
     */
    private static String withParties(String page, String counted, String order) {
        String parties = " left join lateral (select array_agg(p.name order by p.position, p.id) as party_names,"
                + " array_agg(p.role order by p.position, p.id) as party_roles from case_party p"
                + " where p.case_id = page.id) parties on true";
        return counted.isEmpty()
                ? "select page.*, parties.party_names, parties.party_roles from (" + page + ") page" + parties + order
                : "select page.*, parties.party_names, parties.party_roles, total.matched from " + counted
                        + " left join lateral (" + page + ") page on true" + parties + order;
    }

    private static CasePage page(Question q, List<Object[]> rows, long matched) {
        boolean exact = matched < q.limit();
        List<CaseListItem> items = rows.stream()
                .filter(row -> row[0] != null)
                .map(CaseSearch::item)
                .toList();
        return new CasePage(
                items,
                exact ? matched : q.limit() - 1,
                exact,
                q.criteria().page(),
                q.criteria().size());
    }

    /** Runs a list statement; {@code cap} (the count's limit) only for the counted one, which returns the count. */
    private static List<Object[]> rows(String sql, Question q, Integer cap) {
        NativeQuery<Object[]> query = CaseFile.getEntityManager()
                .unwrap(Session.class)
                .createNativeQuery(sql, Object[].class)
                .addScalar("id", Long.class)
                .addScalar("reference", String.class)
                .addScalar("title", String.class)
                .addScalar("case_type", String.class)
                .addScalar("status", String.class)
                .addScalar("opened_on", LocalDate.class)
                .addScalar("updated_at", OffsetDateTime.class)
                // The arrays' type comes from the result: with a class given, Hibernate makes a new Java type for it on
                // every call, and the query's interpretation is never found again in its plan cache.
                .addScalar("party_names")
                .addScalar("party_roles");
        if (cap != null) {
            query.addScalar("matched", Long.class).setParameter("cap", cap);
        }
        q.values().forEach(query::setParameter);
        return query.setParameter("size", q.criteria().size())
                .setParameter("first", (q.criteria().page() - 1) * q.criteria().size())
                .getResultList();
    }

    private static CaseListItem item(Object[] row) {
        String[] names = row[7] == null ? new String[0] : (String[]) row[7];
        String[] roles = row[8] == null ? new String[0] : (String[]) row[8];
        List<CaseListItem.PartyName> parties = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            parties.add(new CaseListItem.PartyName(names[i], PartyRole.valueOf(roles[i])));
        }
        return new CaseListItem(
                (Long) row[0],
                (String) row[1],
                (String) row[2],
                CaseType.valueOf((String) row[3]),
                CaseStatus.valueOf((String) row[4]),
                (LocalDate) row[5],
                (OffsetDateTime) row[6],
                List.copyOf(parties));
    }

    /** The user's own cases (team member), most recently changed first. */
    public List<CaseFile> ownCases(long userId, int limit) {
        return CaseFile.<CaseFile>find(
                        "select c from CaseFile c where exists (select 1 from TeamMember m"
                                + " where m.caseFile = c and m.user.id = ?1) and c.status <> ?2 order by c.updatedAt desc, c.id desc",
                        userId,
                        CaseStatus.CLOSED)
                .page(0, limit)
                .list();
    }

    /** Key dates of the user's open cases, earliest first, overdue ones included. */
    public List<KeyDate> nearestDeadlines(long userId, int limit) {
        return KeyDate.<KeyDate>find(
                        "select k from KeyDate k join fetch k.caseFile c where k.kind <> ?3"
                                + " and c.status <> ?2 and exists (select 1 from TeamMember m where m.caseFile = c and m.user.id = ?1)"
                                + " order by k.dueOn, k.id",
                        userId,
                        CaseStatus.CLOSED,
                        KeyDateKind.MILESTONE)
                .page(0, limit)
                .list();
    }
}
