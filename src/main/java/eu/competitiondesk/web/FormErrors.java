package eu.competitiondesk.web;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validation errors of one submitted form, in the order the fields appear on the page: shown once in the
 * error summary at the top (each linking to its field) and again beside each field.
 */
public final class FormErrors {

    /** One error: the field's HTML id and the message. */
    public record FieldError(String field, String message) {}

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /** Collects the violations, first one per field, ordered as {@code fieldOrder}; unknown fields go last. */
    public static <T> FormErrors of(Set<ConstraintViolation<T>> violations, List<String> fieldOrder) {
        return of(violations, fieldOrder, Map.of());
    }

    /**
     * As {@link #of(Set, List)}, each violation named by the page's name for its property ({@code pageNames}), or by
     * the property's own name where the page uses it unchanged.
     */
    public static <T> FormErrors of(
            Set<ConstraintViolation<T>> violations, List<String> fieldOrder, Map<String, String> pageNames) {
        FormErrors errors = new FormErrors();
        List<ConstraintViolation<T>> sorted = new ArrayList<>(violations);
        sorted.sort((a, b) ->
                Integer.compare(rank(fieldOrder, field(a, pageNames)), rank(fieldOrder, field(b, pageNames))));
        for (ConstraintViolation<T> violation : sorted) {
            errors.byField.putIfAbsent(field(violation, pageNames), violation.getMessage());
        }
        return errors;
    }

    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean isPresent() {
        return !byField.isEmpty();
    }

    public List<FieldError> getList() {
        return byField.entrySet().stream()
                .map(e -> new FieldError(e.getKey(), e.getValue()))
                .toList();
    }

    /** The page's name for the violation's property path ({@code name}, {@code a.sharePercent}), else the path. */
    private static String field(ConstraintViolation<?> violation, Map<String, String> pageNames) {
        String path = violation.getPropertyPath().toString();
        return pageNames.getOrDefault(path, path);
    }

    private static int rank(List<String> order, String field) {
        int index = order.indexOf(field);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
