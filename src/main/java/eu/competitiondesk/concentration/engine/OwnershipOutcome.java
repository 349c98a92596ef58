package eu.competitiondesk.concentration.engine;

/** HHI without the stakes, the modified HHI with them, and the difference. */
public record OwnershipOutcome(double hhi, double mhhi, double deltaMhhi) {
}
