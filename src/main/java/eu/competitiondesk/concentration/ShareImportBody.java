package eu.competitiondesk.concentration;

import eu.competitiondesk.web.BodyRule;
import eu.competitiondesk.web.Routes;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A share file is a file upload with the size of an ordinary body: a few thousand rows fit many times over. */
@ApplicationScoped
public class ShareImportBody implements BodyRule {

    private static final Pattern ROUTE = Routes.pattern(MarketResource.class, "importCsv");

    @ConfigProperty(name = "desk.http.max-body-size")
    MemorySize importLimit;

    @Override
    public boolean covers(String path) {
        return ROUTE.matcher(path).matches();
    }

    @Override
    public long limit() {
        return importLimit.asLongValue();
    }

    @Override
    public boolean upload() {
        return true;
    }
}
