package eu.competitiondesk.concentration.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The calculation engine stays plain Java: no framework, no database, nothing but the JDK. */
class EngineIsPlainJavaTest {

    @Test
    void importsNothingButTheJdkAndItself() throws IOException {
        Path engine = Path.of("src/main/java/eu/competitiondesk/concentration/engine");
        List<String> offending = new ArrayList<>();
        int files = 0;
        try (Stream<Path> sources = Files.list(engine)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                for (String line : Files.readAllLines(source)) {
                    String trimmed = line.trim();
                    if (trimmed.startsWith("import ")
                            && !trimmed.matches("import (static )?(java\\.|eu\\.competitiondesk\\.concentration\\.engine\\.).*")) {
                        offending.add(source.getFileName() + ": " + trimmed);
                    }
                }
            }
        }
        assertTrue(files > 5, "engine sources found");
        assertEquals(List.of(), offending);
    }
}
