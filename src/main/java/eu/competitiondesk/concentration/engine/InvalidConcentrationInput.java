package eu.competitiondesk.concentration.engine;

import java.util.List;

/** The shares, merger or stakes given cannot be computed; each error names its field. */
public class InvalidConcentrationInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<InputError> errors;

    public InvalidConcentrationInput(List<InputError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public List<InputError> errors() {
        return errors;
    }
}
