package eu.competitiondesk.concentration;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.competitiondesk.concentration.engine.Analysis;
import eu.competitiondesk.concentration.engine.Bound;
import eu.competitiondesk.concentration.engine.Figures;
import eu.competitiondesk.concentration.engine.Guideline;
import eu.competitiondesk.concentration.engine.ScreenResult;
import eu.competitiondesk.concentration.engine.SpecialCircumstance;
import eu.competitiondesk.concentration.engine.Verdict;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and response of {@code POST /api/v1/concentration}. */
public final class ConcentrationJson {

    private ConcentrationJson() {}

    @Schema(
            name = "FirmShare",
            description = "A firm's share of the market in percent, from 0 (a potential entrant) to"
                    + " 100, with at most four decimals; read as the exact decimal written")
    public record ShareJson(
            @Schema(required = true, example = "AWS") String firm,
            @Schema(required = true, example = "30") BigDecimal share) {}

    @Schema(
            name = "Stake",
            description = "A stake of holder in target; fractions from 0 to 1, absent means 0. The holder"
                    + " is a firm among shares or an owner outside the market (a fund, a parent); the target is a firm among"
                    + " shares.")
    public record StakeJson(
            @Schema(required = true) String holder,
            @Schema(required = true) String target,
            @Schema(example = "0.27") BigDecimal financial,
            @Schema(example = "0") BigDecimal control) {}

    @Schema(
            name = "ConcentrationRequest",
            description = "Shares of the named firms; optionally the largest size of an"
                    + " unnamed firm, a merger and stakes")
    public record Request(
            @Schema(required = true, description = "1 to 10,000 firms, summing to at most 100.5")
            List<ShareJson> shares,

            @Schema(description = "No unnamed firm is larger than this share (percent): tightens the upper bound")
            BigDecimal othersMaxShare,

            @Schema(description = "Firms that merge, at least two, all in shares")
            List<String> merger,

            @Schema(description = "Stakes for the modified HHI, at most 200")
            List<StakeJson> stakes) {}

    @Schema(name = "RoundingBand")
    public record BandJson(BigDecimal low, BigDecimal high) {}

    @Schema(name = "MergerFigures")
    public record MergerJson(
            @Schema(description = "Post-merger HHI") BigDecimal hhi, BigDecimal delta, BigDecimal combinedShare) {}

    @Schema(name = "ScreenBound", description = "A screen's verdict on one bound, with the figures it compared")
    public record BoundJson(
            Bound bound,
            BigDecimal postMergerHhi,
            BigDecimal delta,
            BigDecimal combinedShare,
            Verdict verdict,
            String reason) {}

    @Schema(
            name = "Screen",
            description = "verdict and reason on the named firms; verdictAtUpperBound with Others"
                    + " counted; verdictRange the distinct verdicts seen across the bounds, least adverse first; boundNote"
                    + " says which bound, if any, flips the verdict")
    public record ScreenJson(
            Guideline guideline,
            Verdict verdict,
            String reason,
            Verdict verdictAtUpperBound,
            List<Verdict> verdictRange,

            @Schema(
                    description = "EU HMG 2004 para 20 circumstances the data point to:"
                            + " POTENTIAL_ENTRANT (20(a)), CROSS_SHAREHOLDINGS (20(c), whenever stakes are given), LARGE_PARTY"
                            + " (20(f))")
            List<SpecialCircumstance> specialCircumstances,

            String boundNote,
            List<BoundJson> bounds) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "ConcentrationResponse",
            description = "Figures as exact decimals (numbersEquivalent to two decimals,"
                    + " mhhi and deltaMhhi to six). merger and screens only when a merger was asked; mhhi, deltaMhhi and"
                    + " outsideOwners only when stakes were given.")
    public record Response(
            @Schema(description = "HHI of the named firms (lower bound when Others exist)")
            BigDecimal hhi,

            @Schema(description = "Upper bound of the HHI with Others counted")
            BigDecimal hhiUpper,

            @Schema(description = "100 minus the named shares")
            BigDecimal othersShare,

            BigDecimal cr4,
            @Schema(description = "10,000 / HHI") BigDecimal numbersEquivalent,

            @Schema(description = "HHI with every named share 0.5 lower (floored at 0) and 0.5 higher")
            BandJson roundingBand,

            MergerJson merger,

            @Schema(description = "Modified HHI with ultimate interests (O'Brien-Salop)")
            BigDecimal mhhi,

            BigDecimal deltaMhhi,

            @Schema(description = "Holders named in stakes that are not firms of the market")
            List<String> outsideOwners,

            List<ScreenJson> screens) {

        static Response of(Analysis a) {
            return new Response(
                    plain(a.hhi()),
                    plain(a.hhiUpper()),
                    plain(a.othersShare()),
                    plain(a.cr4()),
                    plain(a.numbersEquivalent()),
                    new BandJson(
                            plain(a.roundingBand().low()),
                            plain(a.roundingBand().high())),
                    a.merger() == null
                            ? null
                            : new MergerJson(
                                    plain(a.merger().postHhi()),
                                    plain(a.merger().delta()),
                                    plain(a.merger().combinedShare())),
                    a.ownership() == null ? null : a.ownership().mhhi(),
                    a.ownership() == null ? null : a.ownership().deltaMhhi(),
                    a.ownership() == null ? null : a.ownership().outsideOwners(),
                    a.screens() == null
                            ? null
                            : a.screens().stream()
                                    .map(ConcentrationJson::screen)
                                    .toList());
        }
    }

    private static ScreenJson screen(ScreenResult s) {
        return new ScreenJson(
                s.guideline(),
                s.verdict(),
                s.reason(),
                s.verdictAtUpperBound(),
                s.verdictRange(),
                s.specialCircumstances(),
                s.boundNote(),
                s.bounds().stream()
                        .map(b -> new BoundJson(
                                b.bound(),
                                plain(b.figures().postHhi()),
                                plain(b.figures().delta()),
                                plain(b.figures().combinedShare()),
                                b.verdict(),
                                b.reason()))
                        .toList());
    }

    private static BigDecimal plain(BigDecimal value) {
        return Figures.plain(value);
    }
}
