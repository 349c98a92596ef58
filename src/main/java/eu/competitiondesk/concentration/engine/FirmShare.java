package eu.competitiondesk.concentration.engine;

/** One firm's share of a market, in percent (30 means 30%). */
public record FirmShare(String firm, double share) {
}
