package eu.competitiondesk.audit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.support.Refusals;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("application")
@QuarkusTest
class AuditTrailTest {

    @Inject
    EntityManager entityManager;

    @Test
    void eventsCanBeAddedButNeverChangedOrRemoved() {
        long before = count();
        append();
        assertTrue(count() > before, "appending works");
        Refusals.assertRefusedBecause(
                assertThrows(Exception.class, () -> run("update audit_event set summary = 'rewritten'")),
                "append-only");
        Refusals.assertRefusedBecause(
                assertThrows(Exception.class, () -> run("delete from audit_event")), "append-only");
        assertTrue(count() > before, "nothing was removed");
    }

    @Transactional
    long count() {
        return ((Number) entityManager
                        .createNativeQuery("select count(*) from audit_event")
                        .getSingleResult())
                .longValue();
    }

    @Transactional
    void append() {
        entityManager
                .createNativeQuery("insert into audit_event (actor, action, summary) values ('test', 'CASE_UPDATED',"
                        + " 'appended by a test')")
                .executeUpdate();
    }

    @Transactional
    void run(String sql) {
        entityManager.createNativeQuery(sql).executeUpdate();
    }
}
