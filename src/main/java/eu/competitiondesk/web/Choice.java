package eu.competitiondesk.web;

import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.Objects;

/**
 * An option of a select that already knows whether it is the chosen one. A template that compares each option with
 * a value of the page looks that value up once per option, outside the loop's own scope, which on a select of all
 * users costs more than the rest of the select; deciding here leaves the template a field to print.
 */
public record Choice(String value, String label, boolean selected) {

    /**
     * In a template, {@code options.chosen(value)}: the options as choices, the one whose value equals the given
     * one selected. The value is looked up once, as the loop's argument, rather than once per option in its body.
     */
    @TemplateExtension
    static List<Choice> chosen(List<Option> options, Object chosenValue) {
        String chosen = chosenValue == null ? "" : chosenValue.toString();
        return options.stream()
                .map(o -> new Choice(o.value(), o.label(), Objects.equals(o.value(), chosen)))
                .toList();
    }
}
