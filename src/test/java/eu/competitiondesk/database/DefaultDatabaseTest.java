package eu.competitiondesk.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

/** The choice of database, and the one-line reasons a start is refused, without starting the application. */
class DefaultDatabaseTest {

    private final DefaultDatabase defaultDatabase = new DefaultDatabase();

    @Test
    void productionWithoutAConfiguredDatabaseIsRefusedSayingWhatToSet() {
        ConfigurationException refusal =
                assertThrows(ConfigurationException.class, () -> defaultDatabase.choose(context("prod", Map.of())));
        assertTrue(
                refusal.getMessage().startsWith("No database is configured: set QUARKUS_DATASOURCE_JDBC_URL"),
                refusal.getMessage());
        assertFalse(refusal.getMessage().contains("\n"), "one line");
    }

    @Test
    void aConfiguredDatabaseNothingAnswersAtIsNamedWithoutItsPassword() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0)) {
            port = closed.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/desk?user=desk&password=s3cret";
        ConfigurationException refusal = assertThrows(
                ConfigurationException.class,
                () -> defaultDatabase.choose(context("prod", Map.of(DefaultDatabase.URL, url))));
        assertEquals(
                "Cannot reach the database desk at 127.0.0.1:" + port + " given by QUARKUS_DATASOURCE_JDBC_URL:"
                        + " is the server running, and the address right?",
                refusal.getMessage());
        assertFalse(refusal.getMessage().contains("s3cret"));
    }

    @Test
    void aConfiguredDatabaseThatAnswersIsUsedAsConfigured() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            String url = "jdbc:postgresql://127.0.0.1:" + server.getLocalPort() + "/desk";
            assertTrue(
                    defaultDatabase
                            .choose(context("dev", Map.of(DefaultDatabase.URL, url)))
                            .isEmpty(),
                    "nothing added to the configured URL");
        }
    }

    @Test
    void aUrlThatIsNotPostgresJdbcIsRefused() {
        ConfigurationException refusal = assertThrows(
                ConfigurationException.class,
                () -> defaultDatabase.choose(context("prod", Map.of(DefaultDatabase.URL, "jdbc:mysql://db/desk"))));
        assertTrue(refusal.getMessage().contains("is not a PostgreSQL JDBC URL"), refusal.getMessage());
    }

    @Test
    void aDefaultAddressWithoutAPortIsRefusedNamingTheSetting() {
        ConfigurationException refusal = assertThrows(
                ConfigurationException.class,
                () -> defaultDatabase.choose(context("dev", Map.of(DefaultDatabase.DEFAULT_ADDRESS, "localhost"))));
        assertEquals(
                "desk.database.default-address must be a host and a port, such as 127.0.0.1:5432, not"
                        + " \"localhost\".",
                refusal.getMessage());
    }

    @Test
    void devModeTakesThePostgresAnsweringOnTheDefaultAddress() throws Exception {
        try (ServerSocket fakePostgres = new ServerSocket(0)) {
            Thread answerer = new Thread(() -> answerNoTls(fakePostgres));
            answerer.start();
            String address = "127.0.0.1:" + fakePostgres.getLocalPort();
            List<ConfigSource> sources = defaultDatabase.choose(
                    context("dev", Map.of(DefaultDatabase.DEFAULT_ADDRESS, address, "quarkus.flyway.schemas", "desk")));
            answerer.join(5_000);
            ConfigSource chosen = sources.get(0);
            assertEquals(
                    "jdbc:postgresql://" + address + "/postgres?currentSchema=desk&logServerErrorDetail=false"
                            + "&tcpKeepAlive=true&socketTimeout=60&connectTimeout=5",
                    chosen.getValue(DefaultDatabase.URL));
            assertEquals(
                    "the PostgreSQL answering on " + address + ", schema desk",
                    chosen.getValue(DefaultDatabase.IN_USE));
            assertTrue(chosen.getOrdinal() < 250, "application.properties and the environment win over the choice");
        }
    }

    /** Answers the eight-byte TLS request as a PostgreSQL server without TLS does: 'N'. */
    private static void answerNoTls(ServerSocket server) {
        try (Socket client = server.accept()) {
            InputStream in = client.getInputStream();
            byte[] request = in.readNBytes(8);
            if (request.length == 8) {
                client.getOutputStream().write('N');
            }
        } catch (IOException ignored) {
            // the probe has gone
        }
    }

    private static ConfigSourceContext context(String profile, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        return new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                return ConfigValue.builder()
                        .withName(name)
                        .withValue(all.get(name))
                        .build();
            }

            @Override
            public Iterator<String> iterateNames() {
                return all.keySet().iterator();
            }

            @Override
            public List<String> getProfiles() {
                return List.of(profile);
            }
        };
    }
}
