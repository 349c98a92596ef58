package eu.competitiondesk.concentration.engine;

import static eu.competitiondesk.concentration.engine.Figures.format;

import eu.competitiondesk.concentration.engine.ScreenResult.BoundVerdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The concentration screens of the EU and US merger guidelines, applied to a merger's post-merger HHI, delta and
 * shares on exact decimals. Each boundary is on the side the guideline's words put it: "below" and "less than" are
 * strict (&lt;), "does not exceed" is &lt;=, "above", "more than" and "greater than" are strict (&gt;), "between x
 * and y" includes both ends. Thresholds and paragraphs: docs/methodology.md.
 *
 * <p>Every screen is run on each bound the data allow (named firms, upper bound with Others, both ends of the
 * rounding band). Each verdict only grows more adverse as the HHI, the delta and the shares grow, so the two ends
 * of the rounding band give the extremes of the verdict within it.
 */
public final class Screens {

    static final BigDecimal HHI_1000 = BigDecimal.valueOf(1000);
    static final BigDecimal HHI_1500 = BigDecimal.valueOf(1500);
    static final BigDecimal HHI_1800 = BigDecimal.valueOf(1800);
    static final BigDecimal HHI_2000 = BigDecimal.valueOf(2000);
    static final BigDecimal HHI_2500 = BigDecimal.valueOf(2500);
    static final BigDecimal DELTA_100 = BigDecimal.valueOf(100);
    static final BigDecimal DELTA_150 = BigDecimal.valueOf(150);
    static final BigDecimal DELTA_200 = BigDecimal.valueOf(200);
    static final BigDecimal DELTA_250 = BigDecimal.valueOf(250);
    static final BigDecimal SHARE_25 = BigDecimal.valueOf(25);
    static final BigDecimal SHARE_30 = BigDecimal.valueOf(30);
    static final BigDecimal SHARE_50 = BigDecimal.valueOf(50);

    /** A verdict on one set of figures. */
    record Judgement(Verdict verdict, String reason) {}

    private Screens() {}

    /**
     * All three guidelines on every bound. {@code hhiUpper} and {@code band} are the market's HHI upper bound with
     * Others and its rounding band; {@code stakesGiven} flags EU HMG para 20(c).
     */
    public static List<ScreenResult> evaluate(
            Market market, MergerOutcome merger, BigDecimal hhiUpper, Band band, boolean stakesGiven) {
        Map<Bound, ScreenFigures> bounds = new EnumMap<>(Bound.class);
        bounds.put(Bound.NAMED_FIRMS, ScreenFigures.of(merger));
        BigDecimal othersTerm = hhiUpper.subtract(market.hhi());
        bounds.put(
                Bound.UPPER_WITH_OTHERS,
                new ScreenFigures(
                        merger.postHhi().add(othersTerm),
                        merger.delta(),
                        merger.combinedShare(),
                        merger.largestPartyShare()));
        bounds.put(
                Bound.ROUNDING_LOW,
                ScreenFigures.of(Market.mergerOf(
                        merger.parties().stream()
                                .map(p -> new FirmShare(p.firm(), Market.lowered(p.share())))
                                .toList(),
                        band.low())));
        bounds.put(
                Bound.ROUNDING_HIGH,
                ScreenFigures.of(Market.mergerOf(
                        merger.parties().stream()
                                .map(p -> new FirmShare(p.firm(), Market.raised(p.share())))
                                .toList(),
                        band.high())));

        List<SpecialCircumstance> circumstances = new ArrayList<>();
        if (merger.involvesPotentialEntrant()) {
            circumstances.add(SpecialCircumstance.POTENTIAL_ENTRANT);
        }
        if (stakesGiven) {
            circumstances.add(SpecialCircumstance.CROSS_SHAREHOLDINGS);
        }
        if (merger.largestPartyShare().compareTo(SHARE_50) >= 0) {
            circumstances.add(SpecialCircumstance.LARGE_PARTY);
        }
        List<SpecialCircumstance> flags = List.copyOf(circumstances);
        return List.of(
                screen(Guideline.EU_HMG_2004, bounds, flags, (figures, c) -> euHmg2004(figures, c)),
                screen(Guideline.US_MG_2023, bounds, List.of(), (figures, c) -> usMg2023(figures)),
                screen(Guideline.US_HMG_2010, bounds, List.of(), (figures, c) -> usHmg2010(figures)));
    }

    private static ScreenResult screen(
            Guideline guideline,
            Map<Bound, ScreenFigures> bounds,
            List<SpecialCircumstance> circumstances,
            BiFunction<ScreenFigures, List<SpecialCircumstance>, Judgement> rule) {
        List<BoundVerdict> verdicts = new ArrayList<>();
        for (Map.Entry<Bound, ScreenFigures> bound : bounds.entrySet()) {
            Judgement j = rule.apply(bound.getValue(), circumstances);
            verdicts.add(new BoundVerdict(bound.getKey(), bound.getValue(), j.verdict(), j.reason()));
        }
        return new ScreenResult(guideline, circumstances, verdicts);
    }

    static String describe(Bound bound) {
        return switch (bound) {
            case NAMED_FIRMS -> "the named firms";
            case UPPER_WITH_OTHERS -> "the upper bound with Others";
            case ROUNDING_LOW -> "the rounding band's low end (every share 0.5 lower)";
            case ROUNDING_HIGH -> "the rounding band's high end (every share 0.5 higher)";
        };
    }

    /** EU Horizontal Merger Guidelines 2004, paras 18-21, with Recital 32 EUMR. */
    static Judgement euHmg2004(ScreenFigures m, List<SpecialCircumstance> circumstances) {
        String figures = "post-merger HHI " + format(m.postHhi()) + ", delta " + format(m.delta());
        if (circumstances.contains(SpecialCircumstance.LARGE_PARTY)) {
            return new Judgement(
                    Verdict.FURTHER_ANALYSIS,
                    "A merging party already holds "
                            + format(m.largestPartyShare()) + "% (50% or more): the HHI safe zones do not apply"
                            + " (EU HMG 2004, para 20(f)).");
        }
        if (m.combinedShare().compareTo(SHARE_25) <= 0) {
            return new Judgement(
                    Verdict.COMPATIBILITY_INDICATED,
                    "Combined share " + format(m.combinedShare())
                            + "% does not exceed 25%: an indication of compatibility, not a presumption, and silent on"
                            + " coordinated effects (Recital 32 EUMR; EU HMG 2004, para 18)."
                            + crossShareholdings(circumstances));
        }
        String caveat = " A first indicator only (para 21)." + crossShareholdings(circumstances);
        if (m.postHhi().compareTo(HHI_1000) < 0) {
            return new Judgement(
                    Verdict.UNLIKELY_CONCERNS,
                    "Post-merger HHI " + format(m.postHhi()) + " is below 1,000 (EU HMG 2004, para 19)." + caveat);
        }
        boolean middleZone = m.postHhi().compareTo(HHI_2000) <= 0 && m.delta().compareTo(DELTA_250) < 0;
        boolean highZone = m.postHhi().compareTo(HHI_2000) > 0 && m.delta().compareTo(DELTA_150) < 0;
        if (middleZone || highZone) {
            String zone = middleZone
                    ? "HHI between 1,000 and 2,000 and delta below 250"
                    : "HHI above 2,000 and delta below 150";
            if (circumstances.contains(SpecialCircumstance.POTENTIAL_ENTRANT)) {
                return new Judgement(
                        Verdict.FURTHER_ANALYSIS,
                        "With " + figures + ": " + zone + ", but a merging"
                                + " party has no share yet, a potential entrant: the safe zone does not apply (EU HMG 2004,"
                                + " para 20(a))." + caveat);
            }
            return new Judgement(
                    Verdict.UNLIKELY_CONCERNS,
                    "With " + figures + ": " + zone + " (EU HMG 2004,"
                            + " para 20). Check the special circumstances of para 20(b), (d) and (e): innovator, maverick,"
                            + " coordination." + caveat);
        }
        String band = m.postHhi().compareTo(HHI_2000) <= 0
                ? "HHI between 1,000 and 2,000 needs a delta below 250"
                : "HHI above 2,000 needs a delta below 150";
        return new Judgement(
                Verdict.FURTHER_ANALYSIS,
                "With " + figures + ", outside the safe zones: " + band
                        + " (EU HMG 2004, paras 19-20). Concerns are not established by this alone (para 21).");
    }

    private static String crossShareholdings(List<SpecialCircumstance> circumstances) {
        return circumstances.contains(SpecialCircumstance.CROSS_SHAREHOLDINGS)
                ? " Stakes were given: where they are significant cross-shareholdings"
                        + " among the market participants, concerns may arise even in a safe zone (para 20(c))."
                : "";
    }

    /** US Merger Guidelines 2023, Guideline 1: both structural presumptions. */
    static Judgement usMg2023(ScreenFigures m) {
        boolean deltaAbove100 = m.delta().compareTo(DELTA_100) > 0;
        boolean marketTest = m.postHhi().compareTo(HHI_1800) > 0 && deltaAbove100;
        boolean shareTest = m.combinedShare().compareTo(SHARE_30) > 0 && deltaAbove100;
        String figures = "post-merger HHI " + format(m.postHhi()) + ", delta " + format(m.delta()) + ", merged share "
                + format(m.combinedShare()) + "%";
        if (marketTest && shareTest) {
            return new Judgement(
                    Verdict.PRESUMED_ANTICOMPETITIVE,
                    "Both tests met with " + figures + ": HHI"
                            + " greater than 1,800 with delta greater than 100, and share greater than 30% with delta greater"
                            + " than 100 (US MG 2023, Guideline 1).");
        }
        if (marketTest) {
            return new Judgement(
                    Verdict.PRESUMED_ANTICOMPETITIVE,
                    "With " + figures + ": HHI greater than 1,800"
                            + " with delta greater than 100 (US MG 2023, Guideline 1).");
        }
        if (shareTest) {
            return new Judgement(
                    Verdict.PRESUMED_ANTICOMPETITIVE,
                    "With " + figures + ": merged share greater than"
                            + " 30% with delta greater than 100 (US MG 2023, Guideline 1).");
        }
        return new Judgement(
                Verdict.NOT_PRESUMED,
                "With " + figures + ": neither HHI greater than 1,800 nor share"
                        + " greater than 30%, each with a delta greater than 100 (US MG 2023, Guideline 1).");
    }

    /** US Horizontal Merger Guidelines 2010, sections 5.3. */
    static Judgement usHmg2010(ScreenFigures m) {
        String figures = "post-merger HHI " + format(m.postHhi()) + ", delta " + format(m.delta());
        if (m.delta().compareTo(DELTA_100) < 0) {
            return new Judgement(
                    Verdict.UNLIKELY_ADVERSE_EFFECTS,
                    "With " + figures + ": a change of less than" + " 100 points (US HMG 2010, section 5.3).");
        }
        if (m.postHhi().compareTo(HHI_1500) < 0) {
            return new Judgement(
                    Verdict.UNLIKELY_ADVERSE_EFFECTS,
                    "With " + figures + ": an unconcentrated market," + " HHI below 1,500 (US HMG 2010, section 5.3).");
        }
        if (m.postHhi().compareTo(HHI_2500) <= 0) {
            String change = m.delta().compareTo(DELTA_100) > 0
                    ? "a change of more than 100 points"
                    : "a change of exactly 100 points, which the Guidelines place in neither sentence; read as"
                            + " the highly concentrated case's \"between 100 and 200\"";
            return new Judgement(
                    Verdict.SIGNIFICANT_CONCERNS,
                    "With " + figures + ": a moderately concentrated" + " market (HHI between 1,500 and 2,500) and "
                            + change + " (US HMG 2010, section 5.3).");
        }
        if (m.delta().compareTo(DELTA_200) > 0) {
            return new Judgement(
                    Verdict.PRESUMED_ANTICOMPETITIVE,
                    "With " + figures + ": a highly concentrated"
                            + " market (HHI above 2,500) and a change of more than 200 points is presumed likely to enhance"
                            + " market power (US HMG 2010, section 5.3).");
        }
        return new Judgement(
                Verdict.SIGNIFICANT_CONCERNS,
                "With " + figures + ": a highly concentrated market"
                        + " (HHI above 2,500) and a change between 100 and 200 points (US HMG 2010, section 5.3).");
    }
}
