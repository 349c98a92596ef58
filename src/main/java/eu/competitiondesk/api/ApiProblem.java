package eu.competitiondesk.api;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An error answer of the JSON API in the RFC 9457 shape ({@code application/problem+json}); {@code errors} names
 * each bad field of the request.
 */
public record ApiProblem(String type, String title, int status, String detail, List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldProblem(String field, String message) {}

    public static ApiProblem of(int status, String title, String detail) {
        return new ApiProblem("about:blank", title, status, detail, List.of());
    }

    /** The most field problems one answer lists: a huge bad body gets a bounded answer, fast. */
    public static final int MAX_ERRORS = 100;

    /** Each bad field, in {@code order} (fields it does not name last), at most {@link #MAX_ERRORS} of them. */
    public static ApiProblem invalid(Map<String, String> fieldErrors, List<String> order) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            rank.putIfAbsent(order.get(i), i);
        }
        List<FieldProblem> problems = fieldErrors.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> rank.getOrDefault(e.getKey(), Integer.MAX_VALUE)))
                .limit(MAX_ERRORS)
                .map(e -> new FieldProblem(e.getKey(), e.getValue()))
                .toList();
        String detail = fieldErrors.size() > MAX_ERRORS
                ? "One or more fields are invalid; the first " + MAX_ERRORS + " of " + fieldErrors.size()
                        + " are listed."
                : "One or more fields are invalid.";
        return new ApiProblem("about:blank", "Invalid request", 400, detail, problems);
    }
}
