package eu.competitiondesk.platform;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock behind "today" in deadlines and default dates; one place to change the zone or fix time in tests. */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
