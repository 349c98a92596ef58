package eu.competitiondesk.concentration.engine;

/** A range of values, low to high. */
public record Band(double low, double high) {
}
