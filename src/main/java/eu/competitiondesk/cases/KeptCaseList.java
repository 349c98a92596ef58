package eu.competitiondesk.cases;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.competitiondesk.security.AppUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * What the case list page has read from the database before, labelled with the database's case list version
 * (table case_list_version, migrations V10 and V11) at the time it was read: the pages found, per viewer and
 * question, and the users its officer filter offers.
 *
 * <p>A broad search costs 10 to 25 ms of database work (it visits every match to count them and to sort), while
 * people ask the same questions again and again: the list after opening a case, the next page and back. Anything
 * kept is used only while the version is still the one it was read under. Every committed change to what the list
 * shows (a case, its parties, a case team, a user's name or active flag) moves the version on, on every instance,
 * so nothing kept is ever older than the data: a kept page costs one read of the version instead of four queries.
 */
@ApplicationScoped
public class KeptCaseList {

    /**
     * Whose list and which question. {@code viewerId} is null for a viewer who sees every case (an administrator),
     * so administrators share their pages; other viewers' pages are their own, because the version moves whenever
     * a case team changes and with it who may see what.
     */
    record Question(Long viewerId, CaseCriteria criteria) {
    }

    private record KeptPage(long version, CasePage page) {
    }

    private record KeptUsers(long version, List<AppUser.Choosable> users) {
    }

    /**
     * How many list rows may be kept in all. A row with its parties takes about half a kilobyte, so the default
     * 20,000 (800 full pages) holds about 10 MB; 0 keeps nothing.
     */
    @ConfigProperty(name = "desk.case-list.kept-rows", defaultValue = "20000")
    long capacityRows;

    @Inject
    RequestListVersion requestVersion;

    private Cache<Question, KeptPage> pages;

    private volatile KeptUsers users;

    @PostConstruct
    void createCache() {
        // An empty page still takes an entry, so it weighs one.
        pages = capacityRows > 0 ? Caffeine.newBuilder().maximumWeight(capacityRows)
                .<Question, KeptPage>weigher((question, kept) -> 1 + kept.page().items().size()).build() : null;
    }

    public boolean enabled() {
        return pages != null;
    }

    /**
     * The version of the case list in the database, read once per request and always before anything it labels
     * is read: a change that commits in between makes a label older than its data (kept too briefly), never newer.
     */
    long currentVersion() {
        return requestVersion.of(KeptCaseList::readVersion);
    }

    private static long readVersion() {
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
    CasePage find(Question question, long version) {
        KeptPage kept = pages == null ? null : pages.getIfPresent(question);
        return kept != null && kept.version == version ? kept.page : null;
    }

    void keep(Question question, long version, CasePage page) {
        if (pages == null) {
            return;
        }
        // Two requests may search the same question across a change; the one that saw the newer version wins.
        pages.asMap().merge(question, new KeptPage(version, page),
                (older, newer) -> older.version > newer.version ? older : newer);
    }

    /** The active users by name, as the officer filter offers them; read when none are kept under this version. */
    List<AppUser.Choosable> activeUsers(Supplier<List<AppUser.Choosable>> read) {
        if (pages == null) {
            return read.get();
        }
        long version = currentVersion();
        KeptUsers kept = users;
        if (kept != null && kept.version == version) {
            return kept.users;
        }
        List<AppUser.Choosable> found = read.get();
        if (kept == null || kept.version <= version) {
            users = new KeptUsers(version, found);
        }
        return found;
    }
}
