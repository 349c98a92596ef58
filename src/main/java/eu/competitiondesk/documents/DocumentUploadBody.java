package eu.competitiondesk.documents;

import eu.competitiondesk.web.BodyRule;
import eu.competitiondesk.web.Routes;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A document upload may weigh the configured document size, sent in chunks if the browser chooses. */
@ApplicationScoped
public class DocumentUploadBody implements BodyRule {

    private static final Pattern ROUTE = Routes.pattern(DocumentResource.class, "upload");

    @ConfigProperty(name = "desk.documents.max-size")
    MemorySize documentLimit;

    @Override
    public boolean covers(String path) {
        return ROUTE.matcher(path).matches();
    }

    @Override
    public long limit() {
        return documentLimit.asLongValue();
    }

    @Override
    public boolean upload() {
        return true;
    }
}
