package eu.competitiondesk.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads the application role from the groups an identity provider puts in a token claim. A person in several of the
 * configured groups gets the strongest of their roles; a person in none gets no role and cannot sign in.
 */
public final class ClaimRoles {

    private ClaimRoles() {}

    public static Optional<Role> roleOf(Object claim, SingleSignOnConfig config) {
        List<String> groups = groups(claim);
        if (groups.contains(config.adminGroup())) {
            return Optional.of(Role.ADMIN);
        }
        if (groups.contains(config.officerGroup())) {
            return Optional.of(Role.CASE_OFFICER);
        }
        if (groups.contains(config.readerGroup())) {
            return Optional.of(Role.READER);
        }
        return Optional.empty();
    }

    /** A claim may hold one group as a string or several as a JSON array or collection. */
    static List<String> groups(Object claim) {
        List<String> groups = new ArrayList<>();
        if (claim instanceof JsonArray array) {
            array.forEach(value -> groups.add(text(value)));
        } else if (claim instanceof Collection<?> values) {
            values.forEach(value -> groups.add(text(value)));
        } else if (claim != null) {
            groups.add(text(claim));
        }
        return groups;
    }

    static String text(Object value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonValue json) {
            return json.toString();
        }
        return String.valueOf(value);
    }
}
