package eu.competitiondesk.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * A PostgreSQL server run from the binaries packaged in Maven artifacts, on a free port, keeping its data in a folder
 * that outlives the process. Only dev mode and the tests load this class: the production build does not carry the
 * binaries.
 */
final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {}

    /**
     * The port of the server keeping its data in {@code dataFolder}, started here unless one already runs on it: a
     * restart of the application inside the same JVM (a live reload, another test profile) finds the server its
     * first start left running, as does a run after a JVM that was killed before it could stop it.
     */
    static int startOrReuse(Path dataFolder) throws IOException {
        OptionalInt running = runningPort(dataFolder);
        if (running.isPresent()) {
            return running.getAsInt();
        }
        Files.createDirectories(dataFolder);
        // The server stops with the JVM (the library's shutdown hook); its data stays in the folder.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataFolder)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // Sorted by code point, as the C.UTF-8 databases of Debian's server the suite also runs on.
                .setLocaleConfig("lc-collate", "C");
        String characterClasses = unicodeCharacterClasses();
        if (characterClasses != null) {
            // lower() and case-blind search know letters beyond ASCII only under a UTF-8 character locale.
            builder.setLocaleConfig("lc-ctype", characterClasses);
        }
        return builder.start().getPort();
    }

    private static String unicodeCharacterClasses() {
        String os = System.getProperty("os.name", "");
        if (os.startsWith("Mac")) {
            return "en_US.UTF-8";
        }
        return os.startsWith("Linux") ? "C.UTF-8" : null;
    }

    /** postmaster.pid holds the port on its fourth line while a server runs on the folder. */
    private static OptionalInt runningPort(Path dataFolder) throws IOException {
        Path pidFile = dataFolder.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return OptionalInt.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.size() < 4 || !lines.get(3).trim().matches("\\d{1,5}")) {
            return OptionalInt.empty();
        }
        int port = Integer.parseInt(lines.get(3).trim());
        boolean answers = PostgresProbe.answers("127.0.0.1", port, PostgresProbe.TIMEOUT);
        return answers ? OptionalInt.of(port) : OptionalInt.empty();
    }
}
