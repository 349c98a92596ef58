package eu.competitiondesk.assessments.engine;

import eu.competitiondesk.referencedata.engine.FigureSets;
import eu.competitiondesk.referencedata.engine.Periods;

/**
 * The reference data an administrator keeps that the rules read: the Commission's calendar, for the periods of the
 * DMA, and the merger-control figure sets.
 */
public record ReferenceData(Periods periods, FigureSets mergerFigures) {}
