package eu.competitiondesk.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps the OpenAPI document to the JSON API: HTML pages and form posts are not part of the contract. Runs when the
 * application is built, so the finished document is part of the build and start-up does not assemble it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiOnlyOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().keySet().stream()
                .filter(path -> !path.startsWith("/api/"))
                .toList()
                .forEach(openAPI.getPaths()::removePathItem);
    }
}
