package eu.competitiondesk.database;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stops a start whose database could not be chosen or reached (DefaultDatabase), before any other start-up work, with
 * the one line that says what to set.
 */
@ApplicationScoped
public class DatabaseRefusal {

    static final String REASON = "desk.database.refusal";

    @ConfigProperty(name = REASON)
    Optional<String> reason;

    void onStart(@Observes @Priority(0) StartupEvent event) {
        if (reason.isPresent()) {
            throw new ConfigurationException(reason.get());
        }
    }
}
