package eu.competitiondesk.concentration.engine;

/**
 * A minority stake: {@code holder}'s owners acquire {@code financial} of {@code target}'s profit rights and
 * {@code control} of its control rights, both as fractions from 0 to 1, taken from the target's own outside
 * shareholders.
 */
public record Stake(String holder, String target, double financial, double control) {
}
