package eu.competitiondesk.concentration;

import eu.competitiondesk.web.UploadRule;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A share file is a file upload with the size of an ordinary body: a few thousand rows fit many times over. */
@ApplicationScoped
public class ShareImportBody extends UploadRule {

    @ConfigProperty(name = "desk.http.max-body-size")
    MemorySize importLimit;

    public ShareImportBody() {
        super(MarketResource.class, "importCsv");
    }

    @Override
    public long limit() {
        return importLimit.asLongValue();
    }
}
