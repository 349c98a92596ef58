package eu.competitiondesk.concentration.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * HHI without the stakes, the modified HHI with them, the difference, and the owners outside the market that the
 * stakes named. The modified HHI rests on a linear solve of the ownership system and is rounded to
 * {@link Ownership#SCALE} decimals; it is not compared with any threshold.
 */
public record OwnershipOutcome(BigDecimal hhi, BigDecimal mhhi, BigDecimal deltaMhhi, List<String> outsideOwners) {}
