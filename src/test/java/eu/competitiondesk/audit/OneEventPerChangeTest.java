package eu.competitiondesk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.support.ChangeWalk;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every state-changing route ({@link ChangeWalk} reaches them all, from the pages' forms and the API's samples)
 * writes exactly one audit event when it succeeds, and at most one when it is refused (a refused sign-in or password
 * change is itself recorded). The routes that change nothing are named here with why, and write none.
 */
@Tag("application")
@QuarkusTest
class OneEventPerChangeTest {

    /**
     * Calculations answer from their inputs alone; checking a share table only shows what would be stored; the
     * keep-alive only moves a session's idle clock.
     */
    private static final Set<String> CHANGE_NOTHING = Set.of(
            "/cases/{id}/markets/{id}/datasets/{id}/import",
            "/api/v1/concentration",
            "/api/v1/market-definition/critical-loss",
            "/api/v1/unilateral-effects",
            "/api/v1/merger-simulation/logit",
            "/api/v1/dma/evaluate",
            "/api/v1/exclusivity/evaluate",
            "/api/v1/merger-control/thresholds",
            "/api/v1/designation/uk-sms/evaluate",
            "/api/v1/designation/gwb-19a/evaluate",
            "/api/v1/data-act/switching/evaluate",
            "/api/v1/vertical-effects",
            "/api/v1/merger-simulation",
            "/api/v1/merger-simulation/sensitivity",
            "/session/keep-alive",
            // Marking one's own notices read changes no record of the authority's, only what the reader has seen.
            "/notifications/{id}/read",
            "/notifications/read");

    @Inject
    ChangeWalk walk;

    @Test
    void eachChangeWritesOneEvent() throws Exception {
        List<String> wrong = new ArrayList<>();
        List<String> succeeded = new ArrayList<>();
        walk.walk("audited", (route, session, request) -> {
            long before = events();
            Response answer = request.call();
            long written = events() - before;
            int status = answer.statusCode();
            boolean success = status < 400;
            long expected = CHANGE_NOTHING.contains(route) ? 0 : 1;
            if (success ? written != expected : written > expected) {
                wrong.add("POST " + route + " answered " + status + " and wrote " + written + " audit events");
            }
            if (success) {
                succeeded.add(route);
            }
        });
        assertEquals(List.of(), wrong);
        assertTrue(succeeded.size() > 40, "changes that succeeded: " + succeeded);
    }

    private static long events() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) Panache.getEntityManager()
                                .createNativeQuery("select count(*) from audit_event")
                                .getSingleResult())
                        .longValue());
    }
}
