package eu.competitiondesk.referencedata.engine;

import static eu.competitiondesk.engine.ThreeValued.and;
import static eu.competitiondesk.engine.ThreeValued.not;
import static eu.competitiondesk.engine.ThreeValued.or;
import static eu.competitiondesk.engine.ThreeValued.outcome;

import eu.competitiondesk.engine.Basis;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.ThreeValued;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 8 of the Clayton Act (15 U.S.C. 19): one person serving as a director or officer of two competing
 * corporations. The prohibition reaches the pair where each has "capital, surplus, and undivided profits aggregating
 * more than" the s.8(a)(1) figure (strict: exactly the figure is outside), unless s.8(a)(2) lifts it: the competitive
 * sales of either are "less than" the s.8(a)(2)(A) figure, or of either "less than 2 per centum" of its total sales,
 * or of each "less than 4 per centum" of its total sales (each strict: exactly 2 % is not less than 2 %). Whether the
 * two are competitors in the statute's sense is the case team's answer; unstated, the prohibition is unknown.
 */
public final class InterlockingDirectorates {

    private static final String SECTION = "Clayton Act s.8 (15 U.S.C. 19)";
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal EITHER_PERCENT = new BigDecimal("2");
    private static final BigDecimal EACH_PERCENT = new BigDecimal("4");

    private InterlockingDirectorates() {}

    /** One of the two corporations, its figures in US dollars for its last completed fiscal year; null not known. */
    public record Corporation(
            String name,
            BigDecimal capitalSurplusUndividedProfitsUsd,
            BigDecimal competitiveSalesUsd,
            BigDecimal totalSalesUsd) {}

    /**
     * {@code prohibited}: the prohibition applies to the interlock; {@code capitalTest}: s.8(a)(1)'s figure exceeded
     * by each; {@code exempt}: one of s.8(a)(2)'s exceptions applies, with each exception's own answer.
     */
    public record Result(
            Boolean prohibited,
            Boolean capitalTest,
            Boolean exempt,
            Boolean belowCompetitiveSalesFigure,
            Boolean belowTwoPercentOfEither,
            Boolean belowFourPercentOfEach,
            FigureSet figures,
            List<String> toEstablish,
            List<Finding> findings) {}

    public static Result evaluate(Corporation first, Corporation second, Boolean competitors, FigureSet figures) {
        if (figures.law() != ThresholdLaw.CLAYTON_8) {
            throw new IllegalArgumentException("s.8 is judged on the Clayton Act s.8 figures, not " + figures.law());
        }
        BigDecimal capitalFigure = figures.amount(Figure.US_INTERLOCK_CAPITAL);
        BigDecimal salesFigure = figures.amount(Figure.US_INTERLOCK_COMPETITIVE_SALES);
        List<Corporation> pair = List.of(first, second);
        Basis used = MergerThresholds.figuresUsed(figures);

        Boolean capital = and(pair.stream()
                .map(c -> MergerThresholds.above(c.capitalSurplusUndividedProfitsUsd(), capitalFigure))
                .toArray(Boolean[]::new));
        Boolean belowSales = or(pair.stream()
                .map(c -> below(c.competitiveSalesUsd(), salesFigure))
                .toArray(Boolean[]::new));
        Boolean belowTwo = or(pair.stream()
                .map(c -> belowShare(c.competitiveSalesUsd(), c.totalSalesUsd(), EITHER_PERCENT))
                .toArray(Boolean[]::new));
        Boolean belowFour = and(pair.stream()
                .map(c -> belowShare(c.competitiveSalesUsd(), c.totalSalesUsd(), EACH_PERCENT))
                .toArray(Boolean[]::new));
        Boolean exempt = or(belowSales, belowTwo, belowFour);
        Boolean prohibited = and(competitors, capital, not(exempt));

        List<Basis> figuresGiven = new ArrayList<>();
        for (int i = 0; i < pair.size(); i++) {
            Corporation c = pair.get(i);
            String who = c.name() == null || c.name().isBlank() ? "Corporation " + (i + 1) : c.name();
            String at = "interlock.corporations[" + i + "].";
            figuresGiven.add(Basis.of(
                    at + "capitalSurplusUndividedProfitsUsd",
                    who + ": capital, surplus and undivided profits",
                    MergerThresholds.money("USD", c.capitalSurplusUndividedProfitsUsd())));
            figuresGiven.add(Basis.of(
                    at + "competitiveSalesUsd",
                    who + ": competitive sales",
                    MergerThresholds.money("USD", c.competitiveSalesUsd())));
            figuresGiven.add(Basis.of(
                    at + "totalSalesUsd", who + ": total sales", MergerThresholds.money("USD", c.totalSalesUsd())));
        }
        figuresGiven.add(used);
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding(
                "us-interlock-capital",
                outcome(capital),
                "Capital, surplus and undivided profits of each corporation: "
                        + ThreeValued.word(capital, "above the figure", "not above the figure for at least one"),
                "Each corporation's capital, surplus and undivided profits aggregate more than "
                        + MergerThresholds.money("USD", capitalFigure),
                List.copyOf(figuresGiven),
                SECTION + "(a)(1)"));
        findings.add(new Finding(
                "us-interlock-exempt",
                outcome(exempt),
                "Exception for small competitive overlaps: " + ThreeValued.word(exempt, "applies", "does not apply"),
                "No prohibition where the competitive sales of either corporation are less than "
                        + MergerThresholds.money("USD", salesFigure)
                        + ", or less than 2% of its total sales, or where those of each are less than 4% of its total"
                        + " sales",
                List.copyOf(figuresGiven),
                SECTION + "(a)(2)"));
        findings.add(new Finding(
                "us-interlock",
                outcome(prohibited),
                "Interlocking directorate prohibited: " + ThreeValued.word(prohibited, "yes", "no"),
                "Prohibited where the two corporations are competitors, each is above the capital figure and no"
                        + " exception applies",
                List.of(
                        Basis.of(
                                "interlock.competitors",
                                "Competitors by virtue of their business and location of operation",
                                competitors == null ? Basis.NOT_KNOWN : competitors ? "yes" : "no"),
                        used),
                SECTION + "(a)"));
        List<String> toEstablish = new ArrayList<>();
        if (prohibited == null && competitors == null) {
            toEstablish.add("whether the two corporations are competitors (interlock.competitors)");
        }
        if (prohibited == null && (capital == null || exempt == null)) {
            toEstablish.add("the corporations' capital, surplus and undivided profits, competitive sales and total"
                    + " sales where not given");
        }
        return new Result(prohibited, capital, exempt, belowSales, belowTwo, belowFour, figures, toEstablish, findings);
    }

    private static Boolean below(BigDecimal value, BigDecimal figure) {
        return value == null ? null : value.compareTo(figure) < 0;
    }

    /** Competitive sales less than {@code percent} % of total sales, compared without division: cs * 100 < p * total. */
    private static Boolean belowShare(BigDecimal competitive, BigDecimal total, BigDecimal percent) {
        if (competitive == null || total == null) {
            return null;
        }
        return competitive.multiply(HUNDRED).compareTo(total.multiply(percent)) < 0;
    }
}
