package eu.competitiondesk.web;

/**
 * A route whose request body is not an ordinary form: a file upload, or the sign-in form. The feature that owns the
 * route declares its rule as a bean; {@link RequestBodies} applies it before the body is read, and every other route
 * gets the limit of forms and JSON bodies.
 */
public interface BodyRule {

    /** Whether the rule covers a request to {@code path} (normalised, without the query). */
    boolean covers(String path);

    /** The most the body may weigh, in bytes; for an upload the file itself, the form around it has an allowance. */
    long limit();

    /** Whether the body carries a file: multipart, perhaps chunked, with the upload time limit. */
    boolean upload();

    /** Whether a form posted here after the session ended is kept for after sign-in. */
    default boolean keptWhenSessionEnds() {
        return false;
    }
}
