package eu.competitiondesk.concentration.engine;

import java.math.BigDecimal;

/**
 * One firm's share of a market, in percent (30 means 30%), exactly as typed: 0 is a potential entrant that sells
 * nothing yet.
 */
public record FirmShare(String firm, BigDecimal share) {

    /** For tests and callers that hold a decimal written as text or a whole number. */
    public static FirmShare of(String firm, String share) {
        return new FirmShare(firm, new BigDecimal(share));
    }
}
