package eu.competitiondesk.concentration.engine;

import java.math.BigDecimal;

/** A range of values, low to high. */
public record Band(BigDecimal low, BigDecimal high) {}
