package eu.competitiondesk.security;

/** Someone saved the user account after the form being submitted was loaded. */
public class StaleUserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final AppUser current;

    public StaleUserException(AppUser current) {
        super("The user account was changed by someone else");
        this.current = current;
    }
}
