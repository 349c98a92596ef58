package eu.competitiondesk.platform;

/**
 * Someone saved the thing a form was loaded from since it was loaded: the save is refused and the page shows the
 * thing as it stands now ({@link #current}) beside what was typed.
 */
public final class StaleVersionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Object current;

    public StaleVersionException(Object current) {
        super("Changed by someone else since the form was loaded", null, false, false);
        this.current = current;
    }

    /** The thing as it stands now, as the type the page shows. */
    public <T> T current(Class<T> type) {
        return type.cast(current);
    }
}
