package eu.competitiondesk.support;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts, per table, the rows that repeat another row of the table in everything a person entered: ids, versions,
 * positions, timestamps, hashes and stored bytes are left out, so two rows stored by one form sent twice count as a
 * repeat even though the database told them apart. Logs and session tables are left out: they repeat by nature.
 */
@ApplicationScoped
public class DuplicateRows {

    private static final Set<String> SKIPPED_TABLES = Set.of(
            "audit_event",
            "user_session",
            "login_attempt",
            "form_submission",
            "kept_form",
            "flyway_schema_history",
            "search_word");

    @Transactional
    @SuppressWarnings("unchecked")
    public Map<String, Long> count() {
        List<Object[]> columns =
                Panache.getEntityManager().createNativeQuery("""
                select c.table_name, string_agg(quote_ident(c.column_name) || '::text', ', ' order by c.ordinal_position)
                  from information_schema.columns c
                  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                 where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                   and c.column_name !~ '(^id$|^version$|^position$|_at$|sha256|hash|^content$|^final_content$|^fields$|^token$|search|team_user_ids|supersedes_id)'
                   and c.data_type <> 'bytea'
                 group by c.table_name order by c.table_name""").getResultList();
        Map<String, Long> repeats = new LinkedHashMap<>();
        for (Object[] table : columns) {
            String name = (String) table[0];
            if (SKIPPED_TABLES.contains(name)) {
                continue;
            }
            Number count = (Number) Panache.getEntityManager()
                    .createNativeQuery("select count(*) - count(distinct (" + table[1]
                            + (((String) table[1]).contains(",") ? "" : ", 1") + ")) from " + name)
                    .getSingleResult();
            repeats.put(name, count.longValue());
        }
        return repeats;
    }
}
