package eu.competitiondesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.competitiondesk.cases.CaseResource;
import eu.competitiondesk.support.Routes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The routes that take files are the ones {@link RequestBodies} lets send large and chunked bodies: a new upload
 * route that is not named there would get the 1 MB limit of forms, and a route named there that takes no upload would
 * let anyone stream 50 MB at it.
 */
class RequestBodiesTest {

    @Test
    void everyMultipartRouteIsANamedUploadAndEveryNamedUploadIsOne() {
        List<String> multipart = Routes.all(CaseResource.class).stream()
                .filter(r -> r.consumes().contains("multipart")).map(r -> r.path().replaceAll("\\{[^}]+}", "1"))
                .toList();
        List<String> unnamed = multipart.stream().filter(p -> RequestBodies.Upload.at(p) == null).toList();
        assertEquals(List.of(), unnamed, "multipart routes that RequestBodies.Upload does not name");
        assertEquals(RequestBodies.Upload.values().length, multipart.size(), "each named upload is a multipart route: "
                + multipart);
    }
}
