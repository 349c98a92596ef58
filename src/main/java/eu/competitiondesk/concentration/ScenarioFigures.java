package eu.competitiondesk.concentration;

import eu.competitiondesk.concentration.engine.Analysis;
import eu.competitiondesk.concentration.engine.Figures;
import eu.competitiondesk.concentration.engine.InvalidConcentrationInput;
import eu.competitiondesk.concentration.engine.ScreenResult;
import eu.competitiondesk.concentration.engine.Stake;
import eu.competitiondesk.export.Redaction;
import eu.competitiondesk.export.ShareBands;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario kept with a market, run on the shares of the dataset shown: what it assumes, its figures and each
 * guideline's screen; {@code problem} says why it could not be run on these shares (firms since removed). For a
 * non-confidential edition of a secret dataset every figure and every reason that quotes one is redacted; the
 * verdicts, which are words, stay.
 */
public record ScenarioFigures(
        String name,
        boolean illustrative,
        String assumptions,
        List<Line> figures,
        List<Screen> screens,
        String problem) {

    public record Line(String label, String value, String formula) {}

    /** One guideline's verdict on the named firms, the verdicts across the bounds and which bound flips it. */
    public record Screen(
            String guideline,
            String verdict,
            String reason,
            String verdictRange,
            String circumstances,
            String boundNote) {}

    static ScenarioFigures of(
            MarketRecord market,
            MarketRecord.DatasetRecord dataset,
            MarketRecord.ScenarioRecord scenario,
            MarketMessages msg,
            Redaction.Policy policy) {
        boolean hide = policy.hides(dataset.confidential());
        List<String> assumptions = new ArrayList<>();
        if (!scenario.merging().isEmpty()) {
            assumptions.add(msg.scenario_assumes_merging(String.join(", ", scenario.merging())));
        }
        for (Stake stake : scenario.stakes()) {
            assumptions.add(msg.scenario_assumes_stake(
                    stake.holder(), percent(stake.financial()), percent(stake.control()), stake.target()));
        }
        String assumed = String.join("; ", assumptions);
        Analysis a;
        try {
            a = Analysis.of(
                    dataset.firmShares(),
                    market.othersMaxShare(),
                    scenario.merging().size() >= 2 ? scenario.merging() : null,
                    scenario.stakes().isEmpty() ? null : scenario.stakes());
        } catch (InvalidConcentrationInput e) {
            return new ScenarioFigures(
                    scenario.name(),
                    scenario.illustrative(),
                    assumed,
                    List.of(),
                    List.of(),
                    msg.scenario_cannot_run(
                            e.errors().stream().map(x -> x.message()).distinct().collect(Collectors.joining("; "))));
        }
        List<Line> figures = new ArrayList<>();
        if (a.merger() != null) {
            figures.add(line(
                    hide ? ShareBands.hhiZone(a.merger().postHhi()) : null,
                    msg.scenario_post_hhi(),
                    Figures.format(a.merger().postHhi()),
                    msg.scenario_post_formula()));
            figures.add(line(
                    hide ? ShareBands.deltaZone(a.merger().delta()) : null,
                    msg.scenario_delta(),
                    Figures.format(a.merger().delta()),
                    msg.scenario_delta_formula()));
            figures.add(line(
                    hide ? policy.bands().band(a.merger().combinedShare()) : null,
                    msg.scenario_combined(),
                    Figures.format(a.merger().combinedShare()) + "%",
                    msg.scenario_combined_formula()));
        }
        if (a.ownership() != null) {
            figures.add(line(
                    hide ? ShareBands.hhiZone(a.ownership().mhhi()) : null,
                    msg.scenario_mhhi(),
                    Figures.format(a.ownership().mhhi()),
                    msg.scenario_mhhi_formula()));
            figures.add(line(
                    hide ? ShareBands.deltaZone(a.ownership().deltaMhhi()) : null,
                    msg.scenario_delta_mhhi(),
                    Figures.format(a.ownership().deltaMhhi()),
                    msg.scenario_delta_mhhi_formula()));
        }
        List<Screen> screens = new ArrayList<>();
        for (ScreenResult screen : a.screens() == null ? List.<ScreenResult>of() : a.screens()) {
            screens.add(new Screen(
                    msg.guideline(screen.guideline()),
                    msg.verdict(screen.verdict()),
                    hide ? Redaction.MARK : screen.reason(),
                    screen.verdictRange().stream().map(msg::verdict).collect(Collectors.joining(" to ")),
                    screen.specialCircumstances().stream()
                            .map(msg::circumstance)
                            .collect(Collectors.joining("; ")),
                    hide ? Redaction.MARK : screen.boundNote()));
        }
        return new ScenarioFigures(scenario.name(), scenario.illustrative(), assumed, figures, screens, null);
    }

    /** A figure; {@code redacted}, where not null, is what a non-confidential edition shows instead. */
    private static Line line(String redacted, String label, String value, String formula) {
        return new Line(label, redacted != null ? redacted : value, formula);
    }

    private static String percent(BigDecimal fraction) {
        return Figures.format(fraction.movePointRight(2)) + "%";
    }
}
