package eu.competitiondesk.concentration.engine;

import static eu.competitiondesk.concentration.engine.ExactAssertions.assertExact;
import static eu.competitiondesk.concentration.engine.ExactAssertions.assertNear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnershipTest {

    private static final double EXACT = 1e-9;

    private static Market threeFirms() {
        return Market.of(List.of(FirmShare.of("A", "40"), FirmShare.of("B", "30"), FirmShare.of("C", "20")));
    }

    @Test
    void passiveStakeAddsBetaTimesBothShares() {
        OwnershipOutcome outcome = threeFirms().withStakes(List.of(Stake.of("A", "B", "0.27", "0")));
        assertNear(2900, outcome.hhi(), EXACT);
        assertNear(0.27 * 40 * 30, outcome.deltaMhhi(), EXACT);
        assertNear(2900 + 324, outcome.mhhi(), EXACT);
    }

    @Test
    void fullProfitAndControlRightsEqualAMerger() {
        Market market = threeFirms();
        OwnershipOutcome outcome = market.withStakes(List.of(Stake.of("A", "B", "1", "1")));
        assertEquals(0, market.merge(List.of("A", "B")).delta().compareTo(outcome.deltaMhhi()));
        assertNear(2 * 40 * 30, outcome.deltaMhhi(), EXACT);
    }

    @Test
    void controllingMinorityStakeWeighsProfitsByControl() {
        // A takes 30% of B's profits and half of its control. For B: controllers A (gamma 0.5, beta_B 0.3) and
        // B's own owners (gamma 0.5, beta 0.7); denominator 0.5*0.3 + 0.5*0.7 = 0.5. B's term gains
        // sB*sA*(0.5*1)/0.5 = sA*sB. For A: its owners (gamma 1) now have 0.3 of B: sA*sB*0.3.
        OwnershipOutcome outcome = threeFirms().withStakes(List.of(Stake.of("A", "B", "0.3", "0.5")));
        assertNear(40 * 30 * 1.0 + 40 * 30 * 0.3, outcome.deltaMhhi(), EXACT);
    }

    @Test
    void crossShareholdingsUseUltimateInterests() {
        // Silent stakes A->B 10% and B->A 20% with shares 40/30/20. Firm values: V_A = pi_A + 0.1 V_B and
        // V_B = pi_B + 0.2 V_A, so A's own shareholders (0.8 of A) draw 0.8/0.98 (pi_A + 0.1 pi_B) and B's (0.9 of
        // B) 0.9/0.98 (0.2 pi_A + pi_B). Each firm is controlled by its own shareholders, so the ratios are 0.1 and
        // 0.2: delta = 0.1*40*30 + 0.2*30*40 = 120 + 240 = 360.
        OwnershipOutcome outcome =
                threeFirms().withStakes(List.of(Stake.of("A", "B", "0.1", "0"), Stake.of("B", "A", "0.2", "0")));
        assertExact("360", outcome.deltaMhhi());
        assertExact("2900", outcome.hhi());
        assertExact("3260", outcome.mhhi());
    }

    @Test
    void chainedStakesReachTheFirmHeldAtOneRemove() {
        // Silent stakes A->B 50% and B->C 20%. A's owners draw 0.5 of B and, through B, 0.5*0.2 = 0.1 of C; B's
        // owners keep 0.5 of B and draw 0.1 of C, a ratio of 0.2. Delta = 40*30*0.5 + 40*20*0.1 + 30*20*0.2
        // = 600 + 80 + 120 = 800; the direct stakes alone would give 720.
        OwnershipOutcome outcome =
                threeFirms().withStakes(List.of(Stake.of("A", "B", "0.5", "0"), Stake.of("B", "C", "0.2", "0")));
        assertExact("800", outcome.deltaMhhi());
    }

    @Test
    void anOwnerOutsideTheMarketHoldingTwoFirmsIsCommonOwnership() {
        // A fund holds 20% of the profits and control of A and of B. For A: controllers A's own shareholders
        // (gamma 0.8, beta 0.8) and the fund (gamma 0.2, beta 0.2 in A and in B); denominator 0.64 + 0.04 = 0.68,
        // interest in B 0.2*0.2 = 0.04. Same for B. Delta = 2 * 40*30*0.04/0.68 = 96/0.68 = 141.176470588...
        OwnershipOutcome outcome = threeFirms()
                .withStakes(List.of(Stake.of("Fund", "A", "0.2", "0.2"), Stake.of("fund ", "B", "0.2", "0.2")));
        assertExact("141.176471", outcome.deltaMhhi());
        assertEquals(List.of("Fund"), outcome.outsideOwners());
    }

    @Test
    void aPotentialEntrantWithNoShareCanBeHeld() {
        // E sells nothing yet: full ownership of it adds 2 * 40 * 0 = 0.
        Market market = Market.of(List.of(FirmShare.of("A", "40"), FirmShare.of("B", "30"), FirmShare.of("E", "0")));
        OwnershipOutcome outcome = market.withStakes(List.of(Stake.of("A", "E", "1", "1")));
        assertExact("0", outcome.deltaMhhi());
        assertExact("2500", outcome.mhhi());
    }

    @Test
    void firmsWhollyOwningEachOtherInACircleAreRefused() {
        InvalidConcentrationInput e = assertThrows(
                InvalidConcentrationInput.class,
                () -> threeFirms().withStakes(List.of(Stake.of("A", "B", "1", "0"), Stake.of("B", "A", "1", "0"))));
        assertEquals("stakes", e.errors().get(0).field());
    }

    @Test
    void aStakeGivenTwiceIsRefused() {
        InvalidConcentrationInput e = assertThrows(
                InvalidConcentrationInput.class,
                () -> threeFirms().withStakes(List.of(Stake.of("A", "B", "0.1", "0"), Stake.of("a", "B", "0.1", "0"))));
        assertEquals("stakes[1]", e.errors().get(0).field());
    }

    @Test
    void badStakesAreNamedOneByOne() {
        InvalidConcentrationInput e = assertThrows(
                InvalidConcentrationInput.class,
                () -> threeFirms()
                        .withStakes(List.of(
                                Stake.of("A", "Z", "0.1", "0"),
                                Stake.of("A", "A", "0.1", "0"),
                                Stake.of("A", "B", "1.2", "-0.1"))));
        List<String> fields = e.errors().stream().map(InputError::field).toList();
        assertEquals(
                List.of("stakes[0].target", "stakes[1].target", "stakes[2].financial", "stakes[2].control"), fields);
    }

    @Test
    void stakesInOneTargetCannotExceedTheWhole() {
        InvalidConcentrationInput e = assertThrows(
                InvalidConcentrationInput.class,
                () -> threeFirms()
                        .withStakes(List.of(Stake.of("A", "C", "0.6", "0.6"), Stake.of("B", "C", "0.5", "0.3"))));
        assertEquals(
                List.of("stakes[1].financial"),
                e.errors().stream().map(InputError::field).toList());
        InvalidConcentrationInput control = assertThrows(
                InvalidConcentrationInput.class,
                () -> threeFirms()
                        .withStakes(List.of(Stake.of("A", "C", "0.2", "0.6"), Stake.of("B", "C", "0.2", "0.5"))));
        assertEquals(
                List.of("stakes[1].control"),
                control.errors().stream().map(InputError::field).toList());
    }

    @Test
    void controlWithoutAnyProfitInterestIsUndefined() {
        InvalidConcentrationInput e = assertThrows(
                InvalidConcentrationInput.class, () -> threeFirms().withStakes(List.of(Stake.of("A", "B", "0", "1"))));
        assertTrue(e.errors().get(0).message().contains("undefined"));
    }

    @Test
    void aStakeAmongTenThousandFirmsStaysCheap() {
        List<FirmShare> shares = new ArrayList<>();
        shares.add(FirmShare.of("Big", "20"));
        shares.add(FirmShare.of("Second", "10"));
        for (int i = 0; i < 9_998; i++) {
            shares.add(FirmShare.of("Tiny " + i, "0.007"));
        }
        OwnershipOutcome outcome = Market.of(shares).withStakes(List.of(Stake.of("Big", "Second", "0.5", "0")));
        assertNear(0.5 * 20 * 10, outcome.deltaMhhi(), 1e-9);
    }
}
