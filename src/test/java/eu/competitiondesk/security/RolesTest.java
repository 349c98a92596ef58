package eu.competitiondesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The names routes declare in {@code @RolesAllowed} are the roles users hold, all of them and no other. */
class RolesTest {

    @Test
    void theDeclaredNamesAreTheRoles() {
        List<String> roles = Arrays.stream(Role.values()).map(Role::name).toList();
        assertEquals(roles, List.of(Roles.ADMIN, Roles.CASE_OFFICER, Roles.READER));
    }
}
