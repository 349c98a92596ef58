package eu.competitiondesk.platform;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Sizes the worker pool that runs pages and API calls by the host's cores: two workers per core, four at least.
 * Every such request holds a database connection for most of its life, so a few workers per core keep the cores
 * busy while a request waits on the database; Quarkus' own default of 200 lets dozens of requests share two cores at
 * once, and on the reference machine that made each request cost half as much CPU again (docs/performance.md). An explicit
 * {@code quarkus.thread-pool.max-threads} (QUARKUS_THREAD_POOL_MAX_THREADS) wins over this default: raise it where
 * the database is on another host and requests spend longer waiting on it.
 */
public class WorkerThreadsDefault implements ConfigSource {

    static final String PROPERTY = "quarkus.thread-pool.max-threads";

    /** Below application.properties (250) and the environment (300); above Quarkus' built-in defaults. */
    static final int ORDINAL = 100;

    private final Map<String, String> properties =
            Map.of(PROPERTY, Integer.toString(workersFor(Runtime.getRuntime().availableProcessors())));

    static int workersFor(int cores) {
        return Math.max(4, 2 * cores);
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "worker threads by cores";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
