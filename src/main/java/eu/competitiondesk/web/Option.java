package eu.competitiondesk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One choice of a select: the submitted value and the label shown. */
public record Option(String value, String label) {

    /** A choice per enum constant, optionally led by an empty choice with the given label. */
    public static <E extends Enum<E>> List<Option> of(Class<E> type, Function<E, String> label, String emptyLabel) {
        List<Option> options = new ArrayList<>();
        if (emptyLabel != null) {
            options.add(new Option("", emptyLabel));
        }
        for (E constant : type.getEnumConstants()) {
            options.add(new Option(constant.name(), label.apply(constant)));
        }
        return options;
    }
}
