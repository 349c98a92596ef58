package eu.competitiondesk.cases;

/**
 * A user was added to a case team, fired inside the change's transaction: whoever tells people about it (the
 * notifications) observes it without the case file knowing them. {@code memberId} tells one membership from a later
 * one of the same user.
 */
public record TeamJoined(long caseId, String caseReference, long memberId, String username, TeamRole teamRole) {}
