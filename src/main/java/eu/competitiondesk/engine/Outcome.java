package eu.competitiondesk.engine;

/**
 * What a finding says about its rule, from a small vocabulary (docs/user-guide.md): a test is met, not met, or
 * cannot be told yet; a factor points towards, is neutral, points away, or is not assessed yet; a date or fact is for
 * information.
 */
public enum Outcome {
    /** The condition of the rule is met. */
    MET,
    /** The condition is not met. */
    NOT_MET,
    /** The answers do not allow a conclusion (missing figures). */
    UNDETERMINED,
    /** A factor pointing towards the concern the rule describes (e.g. foreclosure). */
    POINTS_TOWARDS,
    /** A factor pointing away from it. */
    POINTS_AWAY,
    /** A factor that points neither way (the absence of buyer power, say). */
    NEUTRAL,
    /** A factor the case team has not assessed yet. */
    NOT_ASSESSED,
    /** A date or fact the rule yields, without a yes or no. */
    INFORMATION
}
