package eu.competitiondesk.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A start with no datasource configured and no PostgreSQL on the default address runs on an embedded PostgreSQL:
 * the address is a port nothing listens on, so this holds on a machine whose own server answers on 5432 too.
 */
@Tag("application")
@QuarkusTest
@TestProfile(EmbeddedDatabaseTest.NothingOnTheDefaultAddress.class)
class EmbeddedDatabaseTest {

    static final int DEFAULT_PORT = freePort();

    public static class NothingOnTheDefaultAddress implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(DefaultDatabase.DEFAULT_ADDRESS, "127.0.0.1:" + DEFAULT_PORT);
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = DefaultDatabase.IN_USE)
    String inUse;

    @Test
    void theDemoCaseIsServedFromTheEmbeddedDatabase() throws SQLException {
        assertFalse(PostgresProbe.answers("127.0.0.1", DEFAULT_PORT, Duration.ofSeconds(1)), "nothing on the address");
        assertTrue(inUse.startsWith("an embedded PostgreSQL"), inUse);

        Path expectedData = Path.of("target", "embedded-postgres").toAbsolutePath();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            assertEquals(expectedData.toString(), single(statement, "SHOW data_directory"));
            assertNotEquals("5432", single(statement, "SHOW port"));
            assertTrue(single(statement, "SHOW server_version").startsWith("14."), "the packaged binaries");
            // The case search needs both, and the migrations created them.
            assertEquals(
                    "2",
                    single(statement, "SELECT count(*) FROM pg_extension WHERE extname IN ('pg_trgm', 'btree_gin')"));
        }

        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        String list = officer.page("/cases?q=AT.90001").asString();
        assertTrue(list.contains("AT.90001"), "the demo case is listed");
        // Found by a word of its title too, through the trigram index of the embedded server.
        assertTrue(officer.page("/cases?q=Azure").asString().contains("AT.90001"), "word search");
    }

    @Test
    void theProbeTakesOnlyAPostgresServerForADatabase() throws IOException {
        try (ServerSocket notADatabase = new ServerSocket(0)) {
            Thread answerer = new Thread(() -> {
                try (var client = notADatabase.accept()) {
                    client.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes());
                } catch (IOException ignored) {
                    // the probe has gone
                }
            });
            answerer.start();
            assertFalse(PostgresProbe.answers("127.0.0.1", notADatabase.getLocalPort(), Duration.ofSeconds(2)));
            assertTrue(PostgresProbe.reachable("127.0.0.1", notADatabase.getLocalPort(), Duration.ofSeconds(2)));
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            int port = Integer.parseInt(single(statement, "SHOW port"));
            assertTrue(PostgresProbe.answers("127.0.0.1", port, Duration.ofSeconds(2)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            assertTrue(row.next(), sql);
            return row.getString(1);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
