package eu.competitiondesk.security;

/**
 * The names of the {@link Role}s as {@code @RolesAllowed} takes them (an annotation needs constants), and the groups
 * of roles routes allow. Who may call a route is declared on it with these; case-scoped routes add the team check of
 * the case's access.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String CASE_OFFICER = "CASE_OFFICER";
    public static final String READER = "READER";

    private Roles() {}
}
