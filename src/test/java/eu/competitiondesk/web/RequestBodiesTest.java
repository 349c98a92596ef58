package eu.competitiondesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.competitiondesk.cases.CaseResource;
import eu.competitiondesk.support.Routes;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The routes that take files are the ones a feature's {@link BodyRule} lets send large and chunked bodies: a new
 * upload route without its rule would get the 1 MB limit of forms, and an upload rule over a route that takes no file
 * would let anyone stream 50 MB at it.
 */
class RequestBodiesTest {

    @Test
    void everyMultipartRouteHasAnUploadRuleAndEveryUploadRuleCoversOne() throws ReflectiveOperationException {
        List<String> multipart = Routes.all(CaseResource.class).stream()
                .filter(r -> r.consumes().contains("multipart"))
                .map(r -> r.path().replaceAll("\\{[^}]+}", "1"))
                .toList();
        List<BodyRule> uploads = new ArrayList<>();
        for (Class<?> type : Routes.applicationClasses(CaseResource.class)) {
            if (BodyRule.class.isAssignableFrom(type)
                    && !type.isInterface()
                    && !Modifier.isAbstract(type.getModifiers())) {
                BodyRule rule = (BodyRule) type.getDeclaredConstructor().newInstance();
                if (rule.upload()) {
                    uploads.add(rule);
                }
            }
        }
        List<String> uncovered = multipart.stream()
                .filter(path -> uploads.stream().noneMatch(rule -> rule.covers(path)))
                .toList();
        assertEquals(List.of(), uncovered, "multipart routes that no upload rule covers");
        List<String> idle = uploads.stream()
                .filter(rule -> multipart.stream().noneMatch(rule::covers))
                .map(rule -> rule.getClass().getSimpleName())
                .toList();
        assertEquals(List.of(), idle, "upload rules that cover no multipart route");
    }
}
