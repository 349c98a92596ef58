package eu.competitiondesk.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that a failure came from the database rule a test expects, not from something else going wrong. */
public final class Refusals {

    private Refusals() {}

    public static void assertRefusedBecause(Throwable failure, String reason) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append(" | ");
        }
        assertTrue(messages.toString().contains(reason), messages.toString());
    }
}
