package eu.competitiondesk.documents;

import eu.competitiondesk.web.UploadRule;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A document upload may weigh the configured document size, sent in chunks if the browser chooses. */
@ApplicationScoped
public class DocumentUploadBody extends UploadRule {

    @ConfigProperty(name = "desk.documents.max-size")
    MemorySize documentLimit;

    public DocumentUploadBody() {
        super(DocumentResource.class, "upload");
    }

    @Override
    public long limit() {
        return documentLimit.asLongValue();
    }
}
