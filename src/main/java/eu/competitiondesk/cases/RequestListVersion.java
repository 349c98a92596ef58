package eu.competitiondesk.cases;

import jakarta.enterprise.context.RequestScoped;
import java.util.function.LongSupplier;

/**
 * The case list version as this request first read it. The list page asks for it twice (its page of cases and its
 * officer filter); both may use the first answer, since a version read earlier is never newer than the data.
 */
@RequestScoped
public class RequestListVersion {

    private boolean read;
    private long version;

    long of(LongSupplier reader) {
        if (!read) {
            version = reader.getAsLong();
            read = true;
        }
        return version;
    }
}
