package eu.competitiondesk.web;

import eu.competitiondesk.platform.InvalidCommand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Runs Bean Validation on a command a page posted, and names each error by the page's field: a command's part is
 * posted under its component's name, or under the name its {@code @RestForm} gives it where the page needs one of its
 * own (a page with several forms keeps its field ids apart: {@code partyName}, {@code dateLabel}). The errors come
 * in the order the fields are declared, which is the order they appear on the page.
 */
@ApplicationScoped
public class FormValidator {

    @Inject
    Validator validator;

    public FormErrors validate(Object form) {
        Map<String, String> names = PAGE_NAMES.get(form.getClass());
        return FormErrors.of(validator.validate(form), List.copyOf(names.values()), names);
    }

    /**
     * Runs Bean Validation on a command whose parts a page posts under names of its own ({@code pageNames}: property
     * path to field, in page order), as a page with a flat form for a command with nested parts does.
     */
    public FormErrors validate(Object command, Map<String, String> pageNames) {
        return FormErrors.of(validator.validate(command), List.copyOf(pageNames.values()), pageNames);
    }

    /** A command the service refused ({@link InvalidCommand}), its errors named by the page's fields. */
    public FormErrors refused(Object form, InvalidCommand refusal) {
        Map<String, String> names = PAGE_NAMES.get(form.getClass());
        FormErrors errors = FormErrors.none();
        refusal.order.forEach(path -> errors.add(names.getOrDefault(path, path), refusal.errors.get(path)));
        return errors;
    }

    /**
     * A command's parts in declaration order, each with the name the page posts it under: a record's components
     * (ordered by the language), otherwise its instance fields, inherited ones first, in the order the JVM reports them
     * (source order on HotSpot, which the form tests hold).
     */
    private static final ClassValue<Map<String, String>> PAGE_NAMES = new ClassValue<>() {
        @Override
        protected Map<String, String> computeValue(Class<?> type) {
            Map<String, String> names = new LinkedHashMap<>();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    // The annotation reaches the record's field and constructor parameter, as its targets allow.
                    RestForm posted = component.getAnnotation(RestForm.class);
                    if (posted == null) {
                        try {
                            posted = type.getDeclaredField(component.getName()).getAnnotation(RestForm.class);
                        } catch (NoSuchFieldException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    names.put(
                            component.getName(),
                            posted == null || posted.value().isEmpty() ? component.getName() : posted.value());
                }
                return Collections.unmodifiableMap(names);
            }
            List<Class<?>> hierarchy = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                hierarchy.add(0, c);
            }
            for (Class<?> c : hierarchy) {
                Arrays.stream(c.getDeclaredFields())
                        .filter(f -> !Modifier.isStatic(f.getModifiers()))
                        .forEach(f -> names.put(f.getName(), f.getName()));
            }
            return names;
        }
    };
}
