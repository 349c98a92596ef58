package eu.competitiondesk.web;

import java.util.List;
import java.util.Map;

/**
 * An error answer of the JSON API in the RFC 9457 shape ({@code application/problem+json}); {@code errors} names
 * each bad field of the request.
 */
public record ApiProblem(String type, String title, int status, String detail, List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldProblem(String field, String message) {
    }

    public static ApiProblem of(int status, String title, String detail) {
        return new ApiProblem("about:blank", title, status, detail, List.of());
    }

    public static ApiProblem invalid(Map<String, String> fieldErrors, List<String> order) {
        List<FieldProblem> problems = fieldErrors.entrySet().stream()
                .sorted((a, b) -> Integer.compare(rank(order, a.getKey()), rank(order, b.getKey())))
                .map(e -> new FieldProblem(e.getKey(), e.getValue())).toList();
        return new ApiProblem("about:blank", "Invalid request", 400, "One or more fields are invalid.", problems);
    }

    private static int rank(List<String> order, String field) {
        int index = order.indexOf(field);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
