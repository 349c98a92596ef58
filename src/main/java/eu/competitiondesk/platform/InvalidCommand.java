package eu.competitiondesk.platform;

import java.util.List;
import java.util.Map;

/**
 * A command that did not pass validation. Field names are property paths in one style, a dot between names and an
 * index in brackets ({@code parties[0].name}, {@code markets[1].datasets[0].rows[3].share}), in the order found;
 * {@link ErrorPages} answers it as a 400 problem.
 */
public class InvalidCommand extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final Map<String, String> errors;

    public InvalidCommand(Map<String, String> errors) {
        super(errors.size() + " invalid field(s)", null, false, false);
        this.errors = Map.copyOf(errors);
        this.order = List.copyOf(errors.keySet());
    }

    /** The fields in the order they were found. */
    public final List<String> order;
}
