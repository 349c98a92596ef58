package eu.competitiondesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Walks the OpenAPI document and sends every JSON endpoint that takes a body bodies made wrong from its own schema:
 * each field missing, null, of the wrong type, far too long, huge, negative, tiny, with control characters, an
 * implausible date, a list of 5,000 entries or with a null entry; and whole bodies that are not JSON, NaN, empty or
 * nested 5,000 deep. No answer may be a 5xx; a refusal comes within two seconds and an accepted body never hangs
 * ({@link eu.competitiondesk.support.Answers}: an answer, not a hang); every 4xx is a problem document; a field of the wrong type is a 400 naming that field by its
 * path.
 */
@Tag("application")
@QuarkusTest
class ApiBadBodyTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int DEPTH = 3;

    private final ObjectMapper json = new ObjectMapper();

    /** One bad body: what was changed, and whether the answer must be a 400 naming {@code field}. */
    record Probe(String what, String body, String field) {}

    @Test
    void everyJsonEndpointAnswersEveryBadBodyWithAProblemFastAndNeverA5xx() throws Exception {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        String caseId = Cases.demoCaseId(officer);
        JsonNode api =
                json.readTree(officer.request().get("/q/openapi?format=json").asString());
        JsonNode schemas = api.path("components").path("schemas");
        List<String> failures = new ArrayList<>();
        int endpoints = 0;
        int probes = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        api.path("paths").properties().iterator();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String address = path.getKey().replace("{caseId}", caseId);
            if (address.contains("{")) {
                continue;
            }
            for (String method : List.of("post", "put")) {
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
                for (Probe probe : probes(schema, schemas)) {
                    probes++;
                    Session caller = eu.competitiondesk.support.ApiCallers.of(address, officer, admin);
                    Response answer = caller.request()
                            .contentType("application/json")
                            .body(probe.body())
                            .request(method, address);
                    String where = method.toUpperCase() + " " + path.getKey() + " " + probe.what() + ": "
                            + answer.statusCode();
                    if (answer.statusCode() >= 500) {
                        failures.add(where);
                    } else if (answer.statusCode() >= 400
                            && !String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
                        failures.add(where + " as " + answer.contentType());
                    } else if (probe.field() != null
                            && (answer.statusCode() != 400
                                    || !answer.jsonPath()
                                            .getList("errors.field", String.class)
                                            .contains(probe.field()))) {
                        failures.add(where + " does not name " + probe.field() + ": " + answer.asString());
                    }
                }
            }
        }
        assertTrue(endpoints >= 5, "the JSON endpoints with a body were found: " + endpoints);
        assertTrue(probes > 200, "probes sent: " + probes);
        assertEquals(List.of(), failures);
    }

    private List<Probe> probes(JsonNode schema, JsonNode schemas) {
        JsonNode valid = example(schema, schemas, 0);
        List<Probe> probes = new ArrayList<>(List.of(
                new Probe("not JSON", "{\"unclosed\": ", null),
                new Probe("NaN", "NaN", null),
                new Probe("empty", "", null),
                new Probe("null", "null", null),
                new Probe("a list instead of an object", "[]", null),
                new Probe("nested 5000 deep", "[".repeat(5000) + "]".repeat(5000), null),
                new Probe("objects nested 5000 deep", "{\"a\":".repeat(5000) + "1" + "}".repeat(5000), null)));
        mutate(valid, schema, schemas, "", 0, valid, probes);
        return probes;
    }

    /** Walks the example body and adds, for each field, bodies with that field made wrong. */
    private void mutate(
            JsonNode node, JsonNode schema, JsonNode schemas, String at, int depth, JsonNode root, List<Probe> probes) {
        JsonNode resolved = resolve(schema, schemas);
        if (!node.isObject() || depth > DEPTH) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields =
                        resolved.path("properties").properties().iterator();
                fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            String path = at.isEmpty() ? name : at + "." + name;
            JsonNode fieldSchema = resolve(field.getValue(), schemas);
            String type = type(fieldSchema);
            probes.add(probe(root, path, "missing", null, null, true));
            probes.add(probe(root, path, "null", x -> NODES.nullNode(), null, false));
            JsonNode wrong = switch (type) {
                case "string" -> NODES.objectNode().put("not", "text");
                case "integer", "number" -> NODES.textNode("abc");
                case "boolean" -> NODES.textNode("maybe");
                case "array" -> NODES.textNode("not a list");
                default -> NODES.arrayNode().add(1);
            };
            probes.add(probe(root, path, "wrong type", x -> wrong, path, false));
            switch (type) {
                case "string" -> {
                    probes.add(probe(
                            root, path, "100,000 characters", x -> NODES.textNode("x".repeat(100_000)), null, false));
                    probes.add(probe(
                            root,
                            path,
                            "control characters",
                            x -> NODES.textNode("a\u0000b\u0001c\uFFFF"),
                            null,
                            false));
                    probes.add(probe(root, path, "implausible date", x -> NODES.textNode("+10000-02-29"), null, false));
                    probes.add(probe(root, path, "year 1", x -> NODES.textNode("0001-01-01"), null, false));
                }
                case "integer", "number" -> {
                    probes.add(probe(
                            root, path, "huge", x -> NODES.numberNode(new java.math.BigDecimal("1e308")), null, false));
                    probes.add(probe(
                            root,
                            path,
                            "a thousand digits",
                            x -> NODES.numberNode(new java.math.BigDecimal("9".repeat(1000))),
                            null,
                            false));
                    probes.add(probe(root, path, "negative", x -> NODES.numberNode(-1), null, false));
                    probes.add(probe(
                            root,
                            path,
                            "tiny",
                            x -> NODES.numberNode(new java.math.BigDecimal("1e-300")),
                            null,
                            false));
                }
                case "array" -> {
                    probes.add(probe(
                            root,
                            path,
                            "with a null entry",
                            x -> (x.isArray() ? (ArrayNode) x.deepCopy() : NODES.arrayNode()).addNull(),
                            null,
                            false));
                    probes.add(probe(
                            root,
                            path,
                            "5,000 entries",
                            x -> {
                                ArrayNode many = NODES.arrayNode();
                                JsonNode first = x.size() > 0 ? x.get(0) : NODES.textNode("x");
                                for (int i = 0; i < 5_000; i++) {
                                    many.add(first.deepCopy());
                                }
                                return many;
                            },
                            null,
                            false));
                    probes.add(probe(root, path, "empty", x -> NODES.arrayNode(), null, false));
                    JsonNode items = resolve(fieldSchema.path("items"), schemas);
                    JsonNode element = node.path(name).path(0);
                    if (element.isObject()) {
                        mutate(element, items, schemas, path + "[0]", depth + 1, root, probes);
                    }
                }
                default -> {
                    if (node.path(name).isObject()) {
                        mutate(node.path(name), fieldSchema, schemas, path, depth + 1, root, probes);
                    }
                }
            }
        }
    }

    /** The body with the value at {@code path} replaced (or removed when {@code change} is null). */
    private Probe probe(
            JsonNode root,
            String path,
            String what,
            Function<JsonNode, JsonNode> change,
            String field,
            boolean remove) {
        JsonNode copy = root.deepCopy();
        String[] steps = path.split("\\.");
        JsonNode parent = copy;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = step(parent, steps[i]);
        }
        String last = steps[steps.length - 1];
        ObjectNode holder = (ObjectNode) parent;
        if (remove || change == null) {
            holder.remove(last);
        } else {
            holder.set(last, change.apply(holder.path(last)));
        }
        return new Probe(path + " " + what, copy.toString(), field);
    }

    private static JsonNode step(JsonNode node, String step) {
        int bracket = step.indexOf('[');
        if (bracket < 0) {
            return node.get(step);
        }
        return node.get(step.substring(0, bracket))
                .get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
    }

    /** A plausible body for the schema: every property present, one entry per list. */
    private JsonNode example(JsonNode schema, JsonNode schemas, int depth) {
        JsonNode resolved = resolve(schema, schemas);
        if (resolved.has("enum")) {
            return resolved.path("enum").get(0);
        }
        switch (type(resolved)) {
            case "string":
                return NODES.textNode(
                        switch (resolved.path("format").asText()) {
                            case "date" -> "2025-01-01";
                            case "date-time" -> "2025-01-01T10:00:00Z";
                            default -> "Alpha";
                        });
            case "integer":
                return NODES.numberNode(1);
            case "number":
                return NODES.numberNode(10);
            case "boolean":
                return NODES.booleanNode(true);
            case "array":
                return depth > DEPTH
                        ? NODES.arrayNode()
                        : NODES.arrayNode().add(example(resolved.path("items"), schemas, depth + 1));
            default:
                ObjectNode object = NODES.objectNode();
                if (depth <= DEPTH) {
                    resolved.path("properties")
                            .properties()
                            .forEach(p -> object.set(p.getKey(), example(p.getValue(), schemas, depth + 1)));
                }
                return object;
        }
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            current = schemas.path(current.path("$ref").asText().replace("#/components/schemas/", ""));
        }
        if (!current.has("type") && current.has("allOf")) {
            return resolve(current.path("allOf").get(0), schemas);
        }
        if (!current.has("type") && (current.has("anyOf") || current.has("oneOf"))) {
            JsonNode options = current.has("anyOf") ? current.path("anyOf") : current.path("oneOf");
            for (JsonNode option : options) {
                if (!"null".equals(option.path("type").asText())) {
                    return resolve(option, schemas);
                }
            }
        }
        return current;
    }

    /** The schema's type; OpenAPI 3.1 may list it with "null". */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        return type.isMissingNode() ? (schema.has("properties") ? "object" : "string") : type.asText();
    }
}
