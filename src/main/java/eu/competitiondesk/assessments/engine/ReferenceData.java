package eu.competitiondesk.assessments.engine;

import eu.competitiondesk.deadlines.engine.Periods;
import eu.competitiondesk.mergerthresholds.engine.FigureSets;

/**
 * The reference data an administrator keeps that the rules read: the Commission's calendar, for the periods of the
 * DMA, and the merger-control figure sets.
 */
public record ReferenceData(Periods periods, FigureSets mergerFigures) {
}
