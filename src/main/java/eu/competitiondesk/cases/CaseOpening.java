package eu.competitiondesk.cases;

import eu.competitiondesk.platform.Commands;
import eu.competitiondesk.platform.validation.OneOf;
import jakarta.validation.Valid;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The command to open a case: its details, and for a case that arrives with a history (an import from another
 * installation, the demo case) the stage it has reached and the parts it already has. The create page and the JSON
 * API send the details alone.
 */
public record CaseOpening(
        @Valid CaseDetails details,
        @OneOf(CaseStatus.class) String stage,
        List<@Valid PartyDetails> parties,
        List<@Valid KeyDateDetails> keyDates,
        List<@Valid DatedNote> notes) {

    /** A note as it was written, at the time it was written (null: now). */
    public record DatedNote(@Valid NoteDetails note, OffsetDateTime writtenAt) {}

    public CaseOpening {
        parties = Commands.listOf(parties);
        keyDates = Commands.listOf(keyDates);
        notes = Commands.listOf(notes);
    }

    /** A new case with nothing but its details, at the first stage. */
    public static CaseOpening of(CaseDetails details) {
        return new CaseOpening(details, null, List.of(), List.of(), List.of());
    }

    CaseStatus stageOrOpen() {
        return stage == null ? CaseStatus.OPEN : CaseStatus.valueOf(stage.strip());
    }
}
