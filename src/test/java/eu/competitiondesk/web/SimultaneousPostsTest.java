package eu.competitiondesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.competitiondesk.support.AtOnce;
import eu.competitiondesk.support.ChangeWalk;
import eu.competitiondesk.support.DuplicateRows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A double click, a resend, two officers at once: every state-changing route of the pages and of the API
 * ({@link ChangeWalk}) is sent the same request {@value #AT_ONCE} times at the same moment. No answer may be a 5xx,
 * a review decision is taken once, and no table may hold a row twice that it held once before ({@link DuplicateRows}).
 */
@Tag("application")
@QuarkusTest
class SimultaneousPostsTest {

    static final int AT_ONCE = 4;

    @Inject
    ChangeWalk walk;

    @Inject
    DuplicateRows duplicates;

    @Test
    void everyFormAndApiCallSentAtOnceIsAnsweredClearlyAndStoredOnce() throws Exception {
        Map<String, Long> before = duplicates.count();
        List<String> failures = new ArrayList<>();
        walk.walk("race", (route, session, request) -> {
            List<Callable<Response>> sends = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                sends.add(request);
            }
            List<Integer> statuses =
                    AtOnce.send(sends).stream().map(Response::statusCode).toList();
            if (statuses.stream().anyMatch(s -> s >= 500)) {
                failures.add("POST " + route + " answered " + statuses);
            }
            if (route.equals("/api/v1/reports/{reportId}/decision")
                    && statuses.stream().filter(s -> s == 200).count() != 1) {
                failures.add("the review decision was taken " + statuses);
            }
        });
        assertEquals(List.of(), failures);
        assertEquals(before, duplicates.count(), "no row stored twice");
    }
}
