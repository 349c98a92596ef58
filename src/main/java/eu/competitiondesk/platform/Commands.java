package eu.competitiondesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks commands (the records every change is made from) for the JSON API, the case import and the demo data:
 * their errors by property path, in one style ({@code parties[0].name}, {@code markets[1].datasets[0].rows[3].share}),
 * the names the commands themselves give their parts. Pages check the same commands through the web's form
 * validator, which names each error by the field of the page.
 */
@ApplicationScoped
public class Commands {

    @Inject
    Validator validator;

    /**
     * A command's list as given, unchangeable, none for a missing one: a missing entry stays in place, so validation
     * names it by its index.
     */
    public static <T> List<T> listOf(List<T> given) {
        return given == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(given));
    }

    /** Throws {@link InvalidCommand} naming each bad field by its path when the command is not valid. */
    public void check(Object command) {
        Map<String, String> errors = new LinkedHashMap<>();
        collect(command, "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidCommand(errors);
        }
    }

    /** Adds the command's errors to {@code errors}, each path under {@code prefix}. */
    public void collect(Object command, String prefix, Map<String, String> errors) {
        for (ConstraintViolation<Object> violation : validator.validate(command)) {
            errors.putIfAbsent(prefix + path(violation.getPropertyPath()), violation.getMessage());
        }
    }

    /** Starts checking a change made of many commands, whose errors are reported together. */
    public Checked begin() {
        return new Checked();
    }

    /** The errors of many commands, each named by its path in the whole change. */
    public final class Checked {

        private final Map<String, String> errors = new LinkedHashMap<>();

        private Checked() {}

        /** A fault that spans commands (a reference to a part the change does not hold), named by its path. */
        public void reject(String path, String message) {
            errors.putIfAbsent(path, message);
        }

        /** Checks one command whose parts sit under {@code prefix} ({@code markets[0].}, or "" at the top). */
        public void add(Object command, String prefix) {
            collect(command, prefix, errors);
        }

        /** Checks each command of a list that sits under {@code name}; a missing entry has its own error. */
        public void eachOf(List<?> list, String name) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) != null) {
                    collect(list.get(i), name + "[" + i + "].", errors);
                }
            }
        }

        /** Throws {@link InvalidCommand} naming every error found, if any was. */
        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidCommand(errors);
            }
        }
    }

    /** The path as {@code name[0].other}: container elements ({@code <list element>}) add no name of their own. */
    static String path(Path propertyPath) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                path.append('[').append(node.getKey()).append(']');
            }
            String name = node.getName();
            if (name == null || name.startsWith("<") || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            path.append(path.isEmpty() ? "" : ".").append(name);
        }
        return path.toString();
    }
}
