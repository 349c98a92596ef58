package eu.competitiondesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Calculation engines stay plain Java: no framework, no database, nothing but the JDK and each other. */
class ArchitectureTest {

    @Test
    void enginesImportNothingButTheJdkAndOtherEngines() throws IOException {
        List<String> offending = new ArrayList<>();
        int files = 0;
        List<Path> engines;
        try (Stream<Path> dirs = Files.walk(Path.of("src/main/java/eu/competitiondesk"))) {
            engines = dirs.filter(p -> p.getFileName().toString().equals("engine")).toList();
        }
        assertTrue(engines.size() >= 3, "concentration, assessments and deadlines engines");
        for (Path engine : engines) {
        try (Stream<Path> sources = Files.list(engine)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                for (String line : Files.readAllLines(source)) {
                    String trimmed = line.trim();
                    if (trimmed.startsWith("import ")
                            && !trimmed.matches("import (static )?(java\\.|eu\\.competitiondesk\\.[a-z]+\\.engine\\.).*")) {
                        offending.add(source.getFileName() + ": " + trimmed);
                    }
                }
            }
        }
        }
        assertTrue(files > 5, "engine sources found");
        assertEquals(List.of(), offending);
    }
}
