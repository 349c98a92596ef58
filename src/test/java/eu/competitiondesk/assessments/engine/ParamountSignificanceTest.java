package eu.competitiondesk.assessments.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.assessments.engine.ParamountSignificance.Assessment;
import eu.competitiondesk.assessments.engine.ParamountSignificance.Input;
import eu.competitiondesk.assessments.engine.ParamountSignificance.ListedFactor;
import eu.competitiondesk.assessments.engine.ParamountSignificance.OtherFactor;
import eu.competitiondesk.assessments.engine.ParamountSignificance.Result;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** §19a GWB: factors weighed, never counted; the precondition first; the five-year limit counted as the BGB says. */
class ParamountSignificanceTest {

    private static Map<ListedFactor, Assessment> all(Assessment assessment) {
        Map<ListedFactor, Assessment> factors = new EnumMap<>(ListedFactor.class);
        for (ListedFactor f : ListedFactor.values()) {
            factors.put(f, assessment);
        }
        return factors;
    }

    @Test
    void factorsLeaningOneWayDecideAndAMixedPictureIsLeftToTheWeighing() {
        Map<ListedFactor, Assessment> factors = all(Assessment.NEUTRAL);
        factors.put(ListedFactor.ACCESS_TO_DATA, Assessment.TOWARDS);
        assertTrue(ParamountSignificance.evaluate(new Input(true, factors, List.of(), null))
                .paramountSignificance());
        // Four towards and one away is not "four to one": the picture is mixed, the weighing the authority's.
        Map<ListedFactor, Assessment> mixed = all(Assessment.TOWARDS);
        mixed.put(ListedFactor.FINANCIAL_STRENGTH, Assessment.AWAY);
        Result weighing = ParamountSignificance.evaluate(new Input(true, mixed, List.of(), null));
        assertNull(weighing.paramountSignificance());
        assertTrue(weighing.toEstablish().stream().anyMatch(t -> t.contains("weighing")));
        // A factor beyond the list counts in the picture too: all listed neutral, one other away: away.
        Result other = ParamountSignificance.evaluate(new Input(
                true,
                all(Assessment.NEUTRAL),
                List.of(new OtherFactor("Switching costs for customers", Assessment.AWAY)),
                null));
        assertFalse(other.paramountSignificance());
        assertEquals(6, other.factors().size());
        // Nothing points towards it: no paramount significance.
        assertFalse(ParamountSignificance.evaluate(new Input(true, all(Assessment.NEUTRAL), null, null))
                .paramountSignificance());
    }

    @Test
    void thePreconditionAndUnassessedFactorsComeFirst() {
        // Not active on §18(3a) markets: no, whatever the factors say.
        assertFalse(ParamountSignificance.evaluate(new Input(false, all(Assessment.TOWARDS), null, null))
                .paramountSignificance());
        // Precondition not known: cannot tell yet.
        assertNull(ParamountSignificance.evaluate(new Input(null, all(Assessment.TOWARDS), null, null))
                .paramountSignificance());
        // One listed factor not assessed: cannot tell yet, and it is named.
        Map<ListedFactor, Assessment> open = all(Assessment.TOWARDS);
        open.remove(ListedFactor.VERTICAL_INTEGRATION);
        Result r = ParamountSignificance.evaluate(new Input(true, open, null, null));
        assertNull(r.paramountSignificance());
        assertTrue(r.toEstablish().stream().anyMatch(t -> t.contains("Nr. 3")));
        assertEquals(7, r.followOnProhibitions().size());
    }

    @Test
    void theDesignationRunsFiveYearsFromTheDayItBecomesFinal() {
        // §187(1) BGB: the day of Bestandskraft (30 December 2021 for Alphabet, say) is not counted; §188(2): the
        // period ends with 30 December 2026. §188(3): final on 29 February 2024, no 29 February 2029: 28 February.
        assertEquals(
                LocalDate.of(2026, 12, 30),
                ParamountSignificance.evaluate(new Input(null, null, null, LocalDate.of(2021, 12, 30)))
                        .designationExpires()
                        .date());
        assertEquals(
                LocalDate.of(2029, 2, 28),
                ParamountSignificance.evaluate(new Input(null, null, null, LocalDate.of(2024, 2, 29)))
                        .designationExpires()
                        .date());
        assertNull(ParamountSignificance.evaluate(new Input(null, null, null, null))
                .designationExpires());
    }
}
