package eu.competitiondesk.database;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;
import org.postgresql.Driver;

/**
 * Decides which PostgreSQL the application talks to, before anything connects.
 * <ul>
 * <li>A configured {@code quarkus.datasource.jdbc.url} (QUARKUS_DATASOURCE_JDBC_URL) is used, in every mode; one that
 * nothing answers at says so in one line instead of a stack trace from the connection pool.</li>
 * <li>In production that setting is required: a server never starts a database of its own.</li>
 * <li>In dev mode and the tests, a PostgreSQL answering on the default address (127.0.0.1:5432) is used as it is;
 * where none answers, an embedded PostgreSQL starts from the binaries in the build's Maven artifacts, so a machine
 * with Java alone runs both README commands.</li>
 * </ul>
 * The first line the application logs says which of these it took.
 */
public class DefaultDatabase implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";
    static final String DEFAULT_ADDRESS = "desk.database.default-address";
    static final String EMBEDDED_DATA = "desk.database.embedded-data";
    /** Says which database was taken, for the log line and for the test that checks the choice. */
    static final String IN_USE = "desk.database.in-use";

    /** Below application.properties (250) and the environment (300). */
    static final int ORDINAL = 100;
    /** Above the environment (300) and system properties (400): a refused start must not wake Flyway or Hibernate. */
    private static final int REFUSAL_ORDINAL = 500;

    private static final Logger LOG = Logger.getLogger(DefaultDatabase.class);

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // The build reads the configuration too; only a starting application connects, or starts a server.
        if (ExecutionMode.current() == ExecutionMode.UNSET) {
            return List.of();
        }
        try {
            return choose(context);
        } catch (ConfigurationException refusal) {
            // Failing here would print the framework's buffered start-up messages around the reason; instead the
            // start goes on without touching the database, and DatabaseRefusal stops it with the reason alone.
            return List.of(new PropertiesConfigSource(
                    Map.of(
                            DatabaseRefusal.REASON,
                            refusal.getMessage(),
                            "quarkus.flyway.active",
                            "false",
                            "quarkus.hibernate-orm.active",
                            "false"),
                    "database refused at start",
                    REFUSAL_ORDINAL));
        }
    }

    List<ConfigSource> choose(ConfigSourceContext context) {
        String configured = value(context, URL);
        if (configured != null) {
            checkReachable(configured);
            return List.of();
        }
        if (!context.getProfiles().contains("dev") && !context.getProfiles().contains("test")) {
            throw new ConfigurationException(
                    "No database is configured: set QUARKUS_DATASOURCE_JDBC_URL to the JDBC URL"
                            + " of the PostgreSQL database (and QUARKUS_DATASOURCE_USERNAME, QUARKUS_DATASOURCE_PASSWORD),"
                            + " then start Competition Desk again.");
        }
        String schema = value(context, "quarkus.flyway.schemas");
        Address defaultAddress = Address.parse(value(context, DEFAULT_ADDRESS));
        Address address;
        String inUse;
        if (PostgresProbe.answers(defaultAddress.host(), defaultAddress.port(), PostgresProbe.TIMEOUT)) {
            address = defaultAddress;
            inUse = "the PostgreSQL answering on " + defaultAddress + ", schema " + schema;
        } else {
            Path dataFolder = dataFolder(context);
            address = new Address("127.0.0.1", startEmbedded(dataFolder));
            inUse = "an embedded PostgreSQL on port " + address.port() + " (nothing answered on " + defaultAddress
                    + "), data kept in " + dataFolder + ", schema " + schema;
        }
        LOG.infof("Database: %s", inUse);
        return List.of(new PropertiesConfigSource(
                Map.of(URL, jdbcUrl(address, schema), IN_USE, inUse), "database chosen at start", ORDINAL));
    }

    /** Data of the tests under target/, emptied by Flyway at each run; dev mode's in the user's data folder. */
    private static Path dataFolder(ConfigSourceContext context) {
        String configured = value(context, EMBEDDED_DATA);
        if (configured != null) {
            return Path.of(configured).toAbsolutePath();
        }
        if (context.getProfiles().contains("test")) {
            return Path.of("target", "embedded-postgres").toAbsolutePath();
        }
        return UserDataFolder.of("competition-desk").resolve("postgres");
    }

    private static int startEmbedded(Path dataFolder) {
        try {
            return EmbeddedPostgresServer.startOrReuse(dataFolder);
        } catch (IOException | RuntimeException e) {
            throw new ConfigurationException("The embedded PostgreSQL did not start with its data in " + dataFolder
                    + " (" + e.getMessage() + "): set QUARKUS_DATASOURCE_JDBC_URL to use another database.");
        } catch (LinkageError e) {
            // The production build does not carry the binaries (provided scope in pom.xml).
            throw new ConfigurationException(
                    "This build carries no embedded PostgreSQL: set QUARKUS_DATASOURCE_JDBC_URL"
                            + " to the database to use.");
        }
    }

    /** Names the configured database in the log, without its credentials, once something answers at it. */
    private static void checkReachable(String url) {
        Properties parsed = Driver.parseURL(url, null);
        if (parsed == null) {
            throw new ConfigurationException("QUARKUS_DATASOURCE_JDBC_URL is not a PostgreSQL JDBC URL"
                    + " (jdbc:postgresql://host:port/database).");
        }
        String[] hosts = parsed.getProperty("PGHOST").split(",");
        String[] ports = parsed.getProperty("PGPORT").split(",");
        List<String> addresses = new ArrayList<>();
        boolean reachable = false;
        for (int i = 0; i < hosts.length; i++) {
            addresses.add(hosts[i] + ":" + ports[i]);
            int port = Integer.parseInt(ports[i]);
            reachable = reachable || PostgresProbe.reachable(hosts[i], port, PostgresProbe.TIMEOUT);
        }
        String database = parsed.getProperty("PGDBNAME") + " at " + String.join(", ", addresses);
        // A socket factory (a cloud provider's connector, say) reaches the server its own way.
        if (!reachable && parsed.getProperty("socketFactory") == null) {
            throw new ConfigurationException("Cannot reach the database " + database
                    + " given by QUARKUS_DATASOURCE_JDBC_URL: is the server running, and the address right?");
        }
        LOG.infof("Database: %s, as QUARKUS_DATASOURCE_JDBC_URL says", database);
    }

    private static String jdbcUrl(Address address, String schema) {
        // logServerErrorDetail=false keeps row values (possibly confidential) out of exception messages and logs.
        return "jdbc:postgresql://" + address + "/postgres?currentSchema=" + schema
                + "&logServerErrorDetail=false&tcpKeepAlive=true&socketTimeout=60&connectTimeout=5";
    }

    /** The setting's value, or null where it is not set or blank. */
    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }
}
