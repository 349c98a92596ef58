package eu.competitiondesk.concentration.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnershipTest {

    private static final double EXACT = 1e-9;

    private static Market threeFirms() {
        return Market.of(List.of(new FirmShare("A", 40), new FirmShare("B", 30), new FirmShare("C", 20)));
    }

    @Test
    void passiveStakeAddsBetaTimesBothShares() {
        OwnershipOutcome outcome = threeFirms().withStakes(List.of(new Stake("A", "B", 0.27, 0)));
        assertEquals(2900, outcome.hhi(), EXACT);
        assertEquals(0.27 * 40 * 30, outcome.deltaMhhi(), EXACT);
        assertEquals(2900 + 324, outcome.mhhi(), EXACT);
    }

    @Test
    void fullProfitAndControlRightsEqualAMerger() {
        Market market = threeFirms();
        OwnershipOutcome outcome = market.withStakes(List.of(new Stake("A", "B", 1, 1)));
        assertEquals(market.merge(List.of("A", "B")).delta(), outcome.deltaMhhi(), EXACT);
        assertEquals(2 * 40 * 30, outcome.deltaMhhi(), EXACT);
    }

    @Test
    void controllingMinorityStakeWeighsProfitsByControl() {
        // A takes 30% of B's profits and half of its control. For B: controllers A (gamma 0.5, beta_B 0.3) and
        // B's own owners (gamma 0.5, beta 0.7); denominator 0.5*0.3 + 0.5*0.7 = 0.5. B's term gains
        // sB*sA*(0.5*1)/0.5 = sA*sB. For A: its owners (gamma 1) now have 0.3 of B: sA*sB*0.3.
        OwnershipOutcome outcome = threeFirms().withStakes(List.of(new Stake("A", "B", 0.3, 0.5)));
        assertEquals(40 * 30 * 1.0 + 40 * 30 * 0.3, outcome.deltaMhhi(), EXACT);
    }

    @Test
    void crossShareholdingsAddUp() {
        OwnershipOutcome outcome = threeFirms().withStakes(List.of(new Stake("A", "B", 0.1, 0),
                new Stake("B", "A", 0.2, 0)));
        // A's owners: A at 0.8 (0.2 sold), B at 0.1. B's owners: B at 0.9, A at 0.2.
        // A's term: 40*30*0.1/0.8; B's term: 30*40*0.2/0.9.
        assertEquals(40 * 30 * 0.1 / 0.8 + 30 * 40 * 0.2 / 0.9, outcome.deltaMhhi(), EXACT);
    }

    @Test
    void badStakesAreNamedOneByOne() {
        InvalidConcentrationInput e = assertThrows(InvalidConcentrationInput.class, () -> threeFirms().withStakes(
                List.of(new Stake("A", "Z", 0.1, 0), new Stake("A", "A", 0.1, 0), new Stake("A", "B", 1.2, -0.1))));
        List<String> fields = e.errors().stream().map(InputError::field).toList();
        assertEquals(List.of("stakes[0].target", "stakes[1].target", "stakes[2].financial", "stakes[2].control"),
                fields);
    }

    @Test
    void stakesInOneTargetCannotExceedTheWhole() {
        InvalidConcentrationInput e = assertThrows(InvalidConcentrationInput.class, () -> threeFirms().withStakes(
                List.of(new Stake("A", "C", 0.6, 0.6), new Stake("B", "C", 0.5, 0.3))));
        assertEquals(List.of("stakes[1].financial"), e.errors().stream().map(InputError::field).toList());
        InvalidConcentrationInput control = assertThrows(InvalidConcentrationInput.class,
                () -> threeFirms().withStakes(List.of(new Stake("A", "C", 0.2, 0.6), new Stake("B", "C", 0.2, 0.5))));
        assertEquals(List.of("stakes[1].control"), control.errors().stream().map(InputError::field).toList());
    }

    @Test
    void controlWithoutAnyProfitInterestIsUndefined() {
        InvalidConcentrationInput e = assertThrows(InvalidConcentrationInput.class,
                () -> threeFirms().withStakes(List.of(new Stake("A", "B", 0, 1))));
        assertTrue(e.errors().get(0).message().contains("undefined"));
    }

    @Test
    void aStakeAmongTenThousandFirmsStaysCheap() {
        List<FirmShare> shares = new ArrayList<>();
        shares.add(new FirmShare("Big", 20));
        shares.add(new FirmShare("Second", 10));
        for (int i = 0; i < 9_998; i++) {
            shares.add(new FirmShare("Tiny " + i, 0.007));
        }
        OwnershipOutcome outcome = Market.of(shares).withStakes(List.of(new Stake("Big", "Second", 0.5, 0)));
        assertEquals(0.5 * 20 * 10, outcome.deltaMhhi(), 1e-9);
    }
}
