package eu.competitiondesk.assessments.engine;

import eu.competitiondesk.referencedata.engine.ExchangeRates;
import eu.competitiondesk.referencedata.engine.FigureSets;
import eu.competitiondesk.referencedata.engine.Periods;

/**
 * The reference data an administrator keeps that the rules read: the Commission's calendar, for the periods of the
 * DMA, the merger-control figure sets, and the exchange rates amounts in other currencies are converted at.
 */
public record ReferenceData(Periods periods, FigureSets mergerFigures, ExchangeRates exchangeRates) {

    /** Without exchange rates: an amount in another currency then stays unknown. */
    public ReferenceData(Periods periods, FigureSets mergerFigures) {
        this(periods, mergerFigures, ExchangeRates.NONE);
    }
}
