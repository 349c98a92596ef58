package eu.competitiondesk.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Keeps the OpenAPI document to the JSON API: HTML pages and form posts are not part of the contract, and neither
 * are the types only they use (a page's template, a form). Runs when the application is built, so the finished
 * document is part of the build and start-up does not assemble it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiOnlyOpenApiFilter implements OASFilter {

    private static final String REF_PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().keySet().stream()
                .filter(path -> !ApiPaths.isApi(path))
                .toList()
                .forEach(openAPI.getPaths()::removePathItem);
        openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream())
                .filter(operation -> operation.getRequestBody() != null)
                .forEach(ApiOnlyOpenApiFilter::answersBadBodies);
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> used = new HashSet<>();
        Deque<Schema> toVisit = new ArrayDeque<>();
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations()
                        .values()
                        .forEach(operation -> schemasOf(operation).forEach(toVisit::push)));
        while (!toVisit.isEmpty()) {
            Schema schema = toVisit.pop();
            if (schema.getRef() != null && schema.getRef().startsWith(REF_PREFIX)) {
                String name = schema.getRef().substring(REF_PREFIX.length());
                if (used.add(name) && schemas.containsKey(name)) {
                    toVisit.push(schemas.get(name));
                }
            }
            Stream.of(
                            schema.getProperties() == null
                                    ? null
                                    : schema.getProperties().values(),
                            schema.getAllOf(),
                            schema.getAnyOf(),
                            schema.getOneOf(),
                            schema.getItems() == null ? null : List.of(schema.getItems()),
                            schema.getAdditionalPropertiesSchema() == null
                                    ? null
                                    : List.of(schema.getAdditionalPropertiesSchema()))
                    .filter(Objects::nonNull)
                    .flatMap(Collection::stream)
                    .forEach(toVisit::push);
        }
        schemas.keySet().stream()
                .filter(name -> !used.contains(name))
                .toList()
                .forEach(openAPI.getComponents()::removeSchema);
    }

    /** Every JSON body is checked field by field, so each operation taking one may answer 400 naming them. */
    private static void answersBadBodies(Operation operation) {
        if (operation.getResponses().hasAPIResponse("400")) {
            return;
        }
        operation
                .getResponses()
                .addAPIResponse(
                        "400",
                        OASFactory.createAPIResponse()
                                .description("Each bad field named")
                                .content(OASFactory.createContent()
                                        .addMediaType(
                                                ApiProblem.MEDIA_TYPE,
                                                OASFactory.createMediaType()
                                                        .schema(OASFactory.createSchema()
                                                                .ref(REF_PREFIX + ApiProblem.class.getSimpleName())))));
    }

    private static Stream<Schema> schemasOf(Operation operation) {
        Stream<Content> contents = Stream.concat(
                operation.getRequestBody() == null
                        ? Stream.empty()
                        : Stream.of(operation.getRequestBody().getContent()),
                operation.getResponses() == null || operation.getResponses().getAPIResponses() == null
                        ? Stream.empty()
                        : operation.getResponses().getAPIResponses().values().stream()
                                .map(r -> r.getContent()));
        Stream<Schema> bodies = contents.filter(Objects::nonNull)
                .flatMap(content ->
                        content.getMediaTypes() == null ? Stream.empty() : content.getMediaTypes().values().stream())
                .map(mediaType -> mediaType.getSchema())
                .filter(Objects::nonNull);
        Stream<Schema> parameters = operation.getParameters() == null
                ? Stream.empty()
                : operation.getParameters().stream().map(p -> p.getSchema()).filter(Objects::nonNull);
        return Stream.concat(bodies, parameters);
    }
}
