package eu.competitiondesk.concentration;

import eu.competitiondesk.concentration.engine.Market;
import eu.competitiondesk.web.RequestBodies;
import eu.competitiondesk.web.UploadRule;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A share table arrives as a file or a paste ("Check the shares") and comes back as the checked rows ("Store these
 * shares"): both are uploads up to {@code desk.shares.max-size}, far above 20,000 rows of five cells.
 */
@ApplicationScoped
public class ShareImportBody extends UploadRule {

    @ConfigProperty(name = "desk.shares.max-size")
    MemorySize limit;

    public ShareImportBody() {
        super(ShareImportResource.class, "check", "store");
    }

    @Override
    public long limit() {
        return limit.asLongValue();
    }

    /** The limits the import form states: the file's size, its rows, and the firms a dataset holds. */
    public record Limits(String size, int rows, int firms) {}

    public Limits limits() {
        return new Limits(RequestBodies.megabytes(limit()), ShareGrid.MAX_ROWS, Market.MAX_FIRMS);
    }
}
