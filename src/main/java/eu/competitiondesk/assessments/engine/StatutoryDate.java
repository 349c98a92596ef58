package eu.competitiondesk.assessments.engine;

import java.time.LocalDate;

/**
 * A date a procedure's text fixes, with its kind: a binding deadline the authority must keep, or a target it shall
 * endeavour to meet ("shall endeavour to conclude ... within 12 months", Art. 17(1) DMA), and the provision it comes
 * from.
 */
public record StatutoryDate(LocalDate date, Kind kind, String source) {

    public enum Kind {
        BINDING,
        TARGET
    }
}
