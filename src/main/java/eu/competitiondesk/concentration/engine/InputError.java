package eu.competitiondesk.concentration.engine;

/** A problem with one field of a concentration request, e.g. {@code shares[2].share}. */
public record InputError(String field, String message) {}
