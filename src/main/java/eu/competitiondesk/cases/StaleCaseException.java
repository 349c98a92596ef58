package eu.competitiondesk.cases;

/** Someone saved the case after the form being submitted was loaded. */
public class StaleCaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final CaseFile current;

    public StaleCaseException(CaseFile current) {
        super("The case was changed by someone else");
        this.current = current;
    }
}
