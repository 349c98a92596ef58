package eu.competitiondesk.web;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** Keeps the OpenAPI document to the JSON API: HTML pages and form posts are not part of the contract. */
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
