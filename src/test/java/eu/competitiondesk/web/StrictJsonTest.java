package eu.competitiondesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.competitiondesk.support.CaseFixtures;
import eu.competitiondesk.support.Reports;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every JSON endpoint of the OpenAPI document reads its body strictly: a field it does not know, a key given twice
 * and content after the JSON value are each refused with 400 naming the problem, never ignored. (A misspelt fact
 * silently dropped would change a legal answer; a stake the endpoint ignored would give full-merger figures.)
 */
@Tag("application")
@QuarkusTest
class StrictJsonTest {

    @Inject
    CaseFixtures fixtures;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyJsonEndpointRefusesUnknownFieldsRepeatedKeysAndTrailingContent() throws Exception {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        long caseId = fixtures.demoCaseId();
        String reportId = Reports.create(officer, caseId, "{\"edition\":\"public\"}");
        JsonNode api =
                json.readTree(officer.request().get("/q/openapi?format=json").asString());
        JsonNode schemas = api.path("components").path("schemas");
        List<String> failures = new ArrayList<>();
        int endpoints = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        api.path("paths").properties().iterator();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String address =
                    path.getKey().replace("{caseId}", String.valueOf(caseId)).replace("{reportId}", reportId);
            for (String method : List.of("post", "put", "patch", "delete")) {
                JsonNode schema = path.getValue()
                        .path(method)
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema");
                if (schema.isMissingNode()) {
                    continue;
                }
                endpoints++;
                String where = method.toUpperCase() + " " + path.getKey();
                Session caller = eu.competitiondesk.support.ApiCallers.of(address, officer, admin);
                Response unknown = send(caller, method, address, "{\"notAFieldOfThisEndpoint\": 1}");
                if (unknown.statusCode() != 400
                        || !unknown.jsonPath().getList("errors.field").contains("notAFieldOfThisEndpoint")) {
                    failures.add(where + " with an unknown field: " + unknown.statusCode() + " " + unknown.asString());
                }
                String known = firstProperty(schema, schemas);
                if (known != null) {
                    Response twice =
                            send(caller, method, address, "{\"" + known + "\": null, \"" + known + "\": null}");
                    if (twice.statusCode() != 400
                            || !twice.jsonPath().getList("errors.field").contains(known)
                            || !twice.asString().contains("key given twice")) {
                        failures.add(
                                where + " with " + known + " twice: " + twice.statusCode() + " " + twice.asString());
                    }
                }
                Response trailing = send(caller, method, address, "{} {}");
                if (trailing.statusCode() != 400 || !trailing.asString().contains("content after its JSON value")) {
                    failures.add(
                            where + " with trailing content: " + trailing.statusCode() + " " + trailing.asString());
                }
            }
        }
        assertTrue(endpoints >= 10, "JSON endpoints with a body found: " + endpoints);
        assertEquals(List.of(), failures);
    }

    private static Response send(Session session, String method, String address, String body) {
        return session.request().contentType("application/json").body(body).request(method, address);
    }

    /** The first property the endpoint's body schema declares, following a reference. */
    private static String firstProperty(JsonNode schema, JsonNode schemas) {
        JsonNode resolved = schema;
        if (schema.has("$ref")) {
            resolved = schemas.path(schema.get("$ref").asText().replace("#/components/schemas/", ""));
        }
        Iterator<String> names = resolved.path("properties").fieldNames();
        return names.hasNext() ? names.next() : null;
    }
}
