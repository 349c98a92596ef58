package eu.competitiondesk.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.configuration.ConfigurationException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionKeyCheckTest {

    @Test
    void productionRefusesToStartWithoutAKey() {
        ConfigurationException refused = assertThrows(
                ConfigurationException.class, () -> SessionKeyCheck.check(LaunchMode.NORMAL, Optional.empty()));
        assertTrue(refused.getMessage().contains("DESK_SESSION_KEY"));
        assertThrows(
                ConfigurationException.class, () -> SessionKeyCheck.check(LaunchMode.NORMAL, Optional.of("short")));
        assertThrows(
                ConfigurationException.class,
                () -> SessionKeyCheck.check(LaunchMode.NORMAL, Optional.of("0123456789abcdef0123456789abcde")));
    }

    @Test
    void productionStartsWithALongEnoughKey() {
        assertDoesNotThrow(
                () -> SessionKeyCheck.check(LaunchMode.NORMAL, Optional.of("0123456789abcdef0123456789abcdef")));
    }

    @Test
    void devAndTestNeedNoKey() {
        assertDoesNotThrow(() -> SessionKeyCheck.check(LaunchMode.DEVELOPMENT, Optional.empty()));
        assertDoesNotThrow(() -> SessionKeyCheck.check(LaunchMode.TEST, Optional.empty()));
    }
}
