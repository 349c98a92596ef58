package eu.competitiondesk.security;

/**
 * An administrator changed a user's application role; fired inside the transaction of the change, so what depends
 * on the role (a case team role that only an officer may hold) changes with it or not at all.
 */
public record UserRoleChanged(long userId, String username, Role before, Role after) {}
