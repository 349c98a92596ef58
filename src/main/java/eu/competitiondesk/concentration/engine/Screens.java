package eu.competitiondesk.concentration.engine;

import static eu.competitiondesk.concentration.engine.Figures.format;

import java.util.List;

/**
 * The concentration screens of the EU and US merger guidelines, applied to a merger's post-merger HHI, delta and
 * shares. Thresholds and paragraphs: docs/methodology.md. Boundaries follow the guidelines' wording: "below",
 * "above" and "more than" are strict, "between" includes its ends.
 */
public final class Screens {

    private Screens() {
    }

    public static List<ScreenResult> evaluate(MergerOutcome merger) {
        return List.of(euHmg2004(merger), usMg2023(merger), usHmg2010(merger));
    }

    /** EU Horizontal Merger Guidelines 2004, paras 18-21, with Recital 32 EUMR. */
    static ScreenResult euHmg2004(MergerOutcome m) {
        String figures = "post-merger HHI " + format(m.postHhi()) + ", delta " + format(m.delta());
        if (m.largestPartyShare() >= 50) {
            return new ScreenResult(Guideline.EU_HMG_2004, Verdict.FURTHER_ANALYSIS, "A merging party already holds "
                    + format(m.largestPartyShare()) + "% (50% or more): the HHI safe zones do not apply"
                    + " (EU HMG 2004, para 20(f)).");
        }
        if (m.combinedShare() <= 25) {
            return new ScreenResult(Guideline.EU_HMG_2004, Verdict.UNLIKELY_CONCERNS, "Combined share "
                    + format(m.combinedShare()) + "% does not exceed 25%: compatibility is presumed"
                    + " (Recital 32 EUMR; EU HMG 2004, para 18).");
        }
        String caveat = " Check the special circumstances of para 20(a)-(e) (entrant, innovator,"
                + " cross-shareholdings, maverick, coordination). A first indicator only (para 21).";
        if (m.postHhi() < 1000) {
            return new ScreenResult(Guideline.EU_HMG_2004, Verdict.UNLIKELY_CONCERNS,
                    "Post-merger HHI " + format(m.postHhi()) + " is below 1,000 (EU HMG 2004, para 19)." + caveat);
        }
        if (m.postHhi() <= 2000 && m.delta() < 250) {
            return new ScreenResult(Guideline.EU_HMG_2004, Verdict.UNLIKELY_CONCERNS, "With " + figures
                    + ": HHI between 1,000 and 2,000 and delta below 250 (EU HMG 2004, para 20)." + caveat);
        }
        if (m.postHhi() > 2000 && m.delta() < 150) {
            return new ScreenResult(Guideline.EU_HMG_2004, Verdict.UNLIKELY_CONCERNS, "With " + figures
                    + ": HHI above 2,000 and delta below 150 (EU HMG 2004, para 20)." + caveat);
        }
        String band = m.postHhi() <= 2000 ? "HHI between 1,000 and 2,000 needs a delta below 250"
                : "HHI above 2,000 needs a delta below 150";
        return new ScreenResult(Guideline.EU_HMG_2004, Verdict.FURTHER_ANALYSIS, "With " + figures
                + ", outside the safe zones: " + band + " (EU HMG 2004, paras 19-20). Concerns are not established"
                + " by this alone (para 21).");
    }

    /** US Merger Guidelines 2023, Guideline 1: both structural presumptions. */
    static ScreenResult usMg2023(MergerOutcome m) {
        boolean marketTest = m.postHhi() > 1800 && m.delta() > 100;
        boolean shareTest = m.combinedShare() > 30 && m.delta() > 100;
        String figures = "post-merger HHI " + format(m.postHhi()) + ", delta " + format(m.delta())
                + ", merged share " + format(m.combinedShare()) + "%";
        if (marketTest && shareTest) {
            return new ScreenResult(Guideline.US_MG_2023, Verdict.PRESUMED_ANTICOMPETITIVE, "Both tests met with "
                    + figures + ": HHI above 1,800 with delta above 100, and share above 30% with delta above 100"
                    + " (US MG 2023, Guideline 1).");
        }
        if (marketTest) {
            return new ScreenResult(Guideline.US_MG_2023, Verdict.PRESUMED_ANTICOMPETITIVE, "With " + figures
                    + ": HHI above 1,800 with delta above 100 (US MG 2023, Guideline 1).");
        }
        if (shareTest) {
            return new ScreenResult(Guideline.US_MG_2023, Verdict.PRESUMED_ANTICOMPETITIVE, "With " + figures
                    + ": merged share above 30% with delta above 100 (US MG 2023, Guideline 1).");
        }
        return new ScreenResult(Guideline.US_MG_2023, Verdict.NOT_PRESUMED, "With " + figures + ": neither HHI"
                + " above 1,800 nor share above 30%, each with delta above 100 (US MG 2023, Guideline 1).");
    }

    /** US Horizontal Merger Guidelines 2010, section 5.3. */
    static ScreenResult usHmg2010(MergerOutcome m) {
        String figures = "post-merger HHI " + format(m.postHhi()) + ", delta " + format(m.delta());
        if (m.delta() < 100) {
            return new ScreenResult(Guideline.US_HMG_2010, Verdict.UNLIKELY_ADVERSE_EFFECTS, "With " + figures
                    + ": a change below 100 points (US HMG 2010, section 5.3).");
        }
        if (m.postHhi() < 1500) {
            return new ScreenResult(Guideline.US_HMG_2010, Verdict.UNLIKELY_ADVERSE_EFFECTS, "With " + figures
                    + ": an unconcentrated market, HHI below 1,500 (US HMG 2010, section 5.3).");
        }
        if (m.postHhi() <= 2500) {
            return new ScreenResult(Guideline.US_HMG_2010, Verdict.SIGNIFICANT_CONCERNS, "With " + figures
                    + ": a moderately concentrated market (1,500 to 2,500) and a change above 100 points"
                    + " (US HMG 2010, section 5.3).");
        }
        if (m.delta() > 200) {
            return new ScreenResult(Guideline.US_HMG_2010, Verdict.PRESUMED_ANTICOMPETITIVE, "With " + figures
                    + ": a highly concentrated market (above 2,500) and a change above 200 points is presumed"
                    + " likely to enhance market power (US HMG 2010, section 5.3).");
        }
        return new ScreenResult(Guideline.US_HMG_2010, Verdict.SIGNIFICANT_CONCERNS, "With " + figures
                + ": a highly concentrated market (above 2,500) and a change of 100 to 200 points"
                + " (US HMG 2010, section 5.3).");
    }
}
