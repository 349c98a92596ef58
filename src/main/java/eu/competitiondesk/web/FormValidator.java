package eu.competitiondesk.web;

import eu.competitiondesk.platform.InvalidCommand;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs Bean Validation on a command: for a page, its errors in page order; for the API and the import, its errors
 * by property path ({@link InvalidCommand}).
 */
@ApplicationScoped
public class FormValidator {

    @Inject
    Validator validator;

    /** The form's errors, ordered as its fields are declared, which is the order they appear on its page. */
    public FormErrors validate(Object form) {
        return FormErrors.of(validator.validate(form), FIELD_ORDER.get(form.getClass()));
    }

    /**
     * A form class's field names in declaration order: a record's components (ordered by the language), otherwise
     * its instance fields, inherited ones first, in the order the JVM reports them (source order on HotSpot, which
     * the form tests hold).
     */
    private static final ClassValue<List<String>> FIELD_ORDER = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            if (type.isRecord()) {
                return java.util.Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
            }
            java.util.List<String> names = new java.util.ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                names.addAll(0, java.util.Arrays.stream(c.getDeclaredFields())
                        .filter(f -> !java.lang.reflect.Modifier.isStatic(f.getModifiers())).map(f -> f.getName())
                        .toList());
            }
            return List.copyOf(names);
        }
    };

    /** Throws {@link InvalidCommand} naming each bad field by its path when the command is not valid. */
    public void check(Object command) {
        Map<String, String> errors = new LinkedHashMap<>();
        collect(command, "", Map.of(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidCommand(errors);
        }
    }

    /**
     * Adds the command's errors to {@code errors}, each path under {@code prefix} and its first name renamed by
     * {@code names} (a page form's field {@code partyName} is {@code name} in a case import).
     */
    public void collect(Object command, String prefix, Map<String, String> names, Map<String, String> errors) {
        for (ConstraintViolation<Object> violation : validator.validate(command)) {
            errors.putIfAbsent(prefix + path(violation.getPropertyPath(), names), violation.getMessage());
        }
    }

    /** The path as {@code name[0].other}: container elements ({@code <list element>}) add no name of their own. */
    private static String path(Path propertyPath, Map<String, String> names) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                path.append('[').append(node.getKey()).append(']');
            }
            String name = node.getName();
            if (name == null || name.startsWith("<") || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(path.isEmpty() ? names.getOrDefault(name, name) : name);
        }
        return path.toString();
    }
}
