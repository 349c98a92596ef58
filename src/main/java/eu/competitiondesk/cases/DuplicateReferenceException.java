package eu.competitiondesk.cases;

/** Another case already carries the reference. */
public class DuplicateReferenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final String reference;

    public DuplicateReferenceException(String reference) {
        super("A case with this reference already exists");
        this.reference = reference;
    }
}
