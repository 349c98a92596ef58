package eu.competitiondesk.security;

import java.net.URI;

/** A page of this application to go back to after signing in: a path, never another site. */
final class ReturnAddress {

    private ReturnAddress() {}

    /** {@code candidate} when it is a path of this application, else {@code otherwise}. */
    static String or(String candidate, String otherwise) {
        if (candidate == null
                || candidate.isBlank()
                || candidate.length() > 1000
                || !candidate.startsWith("/")
                || candidate.startsWith("//")
                || candidate.startsWith("/\\")
                || candidate.startsWith(AccountRoutes.login())
                || candidate.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return otherwise;
        }
        try {
            URI uri = URI.create(candidate);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? candidate : otherwise;
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }
}
