package eu.competitiondesk.cases;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Case list pages found before: for each viewer and question, the ids of the page's cases and the number of
 * matches, labelled with the database's case list version (table case_list_version, migration V10) at the time
 * they were found.
 *
 * <p>A broad search costs 10 to 25 ms of database work (it visits every match to count them and to sort), while
 * people ask the same questions again and again: the list after opening a case, the next page and back. A kept
 * page is used only while the version is still the one it was found under; any committed change to a case or a
 * case team moves the version on, on every instance, so a kept page is never older than the data. Only ids and
 * counts are kept: the cases themselves are read from the database each time.
 */
@ApplicationScoped
public class KeptCaseResults {

    /**
     * Whose list and which question. {@code viewerId} is null for a viewer who sees every case (an administrator),
     * so administrators share their pages; other viewers' pages are their own.
     */
    record Question(Long viewerId, CaseCriteria criteria) {
    }

    /** A page found: its case ids in list order, and the match count as CasePage has it. */
    record Answer(long[] caseIds, long total, boolean exact) {
    }

    private record Kept(long version, Answer answer) {
    }

    @ConfigProperty(name = "desk.case-list.kept-pages", defaultValue = "10000")
    int capacity;

    private Cache<Question, Kept> pages;

    @PostConstruct
    void createCache() {
        pages = capacity > 0 ? Caffeine.newBuilder().maximumSize(capacity).build() : null;
    }

    public boolean enabled() {
        return pages != null;
    }

    /** The current version of the case list in the database; read it before searching, never after. */
    long currentVersion() {
        // Plain JDBC on the request's connection: a Hibernate native query parses and maps far more than one number.
        return CaseFile.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement read = connection.prepareStatement("select version from case_list_version");
                    ResultSet row = read.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("case_list_version has no row (migration V10)");
                }
                return row.getLong(1);
            }
        });
    }

    /** The page found for this question under this version, or null. */
    Answer find(Question question, long version) {
        Kept kept = pages == null ? null : pages.getIfPresent(question);
        return kept != null && kept.version == version ? kept.answer : null;
    }

    void keep(Question question, long version, Answer answer) {
        if (pages == null) {
            return;
        }
        // Two requests may search the same question across a change; the one that saw the newer version wins.
        pages.asMap().merge(question, new Kept(version, answer),
                (older, newer) -> older.version > newer.version ? older : newer);
    }
}
