package eu.competitiondesk.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The password rules of NIST SP 800-63B and ASVS 2.1: at least 12 characters, at most 200, no composition rules,
 * and none of the passwords most often found in breaches. The list is the one shipped with the nbvcxz library
 * (dictionaries/passwords.txt); only entries long enough to pass the length rule need keeping.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private static final String COMMON_PASSWORDS = "/dictionaries/passwords.txt";
    private static final Set<String> COMMON = loadCommon();

    private PasswordPolicy() {}

    /** The message key of the first rule the password breaks, if any. */
    public static Optional<String> problem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("desk.user.password.short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("desk.user.password.long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("desk.user.password.common");
        }
        return Optional.empty();
    }

    static int commonCount() {
        return COMMON.size();
    }

    private static Set<String> loadCommon() {
        Set<String> common = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath (nbvcxz)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.trim().toLowerCase(Locale.ROOT);
                if (word.length() >= MIN_LENGTH) {
                    common.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return common;
    }
}
