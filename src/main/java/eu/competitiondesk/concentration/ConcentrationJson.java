package eu.competitiondesk.concentration;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.competitiondesk.concentration.engine.Analysis;
import eu.competitiondesk.concentration.engine.Guideline;
import eu.competitiondesk.concentration.engine.Verdict;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and response of {@code POST /api/v1/concentration}. */
public final class ConcentrationJson {

    private ConcentrationJson() {
    }

    @Schema(name = "FirmShare", description = "A firm's share of the market in percent, above 0 and at most 100")
    public record ShareJson(@Schema(required = true, example = "AWS") String firm,
            @Schema(required = true, example = "30") Double share) {
    }

    @Schema(name = "Stake", description = "A minority stake of holder in target; fractions from 0 to 1, absent means 0")
    public record StakeJson(@Schema(required = true) String holder, @Schema(required = true) String target,
            @Schema(example = "0.27") Double financial, @Schema(example = "0") Double control) {
    }

    @Schema(name = "ConcentrationRequest", description = "Shares of the named firms; optionally the largest size of an unnamed firm, a merger and"
            + " stakes")
    public record Request(
            @Schema(required = true, description = "1 to 10,000 firms, summing to at most 100.5") List<ShareJson> shares,
            @Schema(description = "No unnamed firm is larger than this share (percent): tightens the upper bound")
            Double othersMaxShare,
            @Schema(description = "Firms that merge, at least two, all in shares") List<String> merger,
            @Schema(description = "Minority stakes for the modified HHI") List<StakeJson> stakes) {
    }

    @Schema(name = "RoundingBand")
    public record BandJson(double low, double high) {
    }

    @Schema(name = "MergerFigures")
    public record MergerJson(double hhi, double delta, double combinedShare) {
    }

    @Schema(name = "Screen")
    public record ScreenJson(Guideline guideline, Verdict verdict, String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ConcentrationResponse", description = "Figures, unrounded. merger and screens only when a merger was asked; mhhi and deltaMhhi"
            + " only when stakes were given.")
    public record Response(
            @Schema(description = "HHI of the named firms (lower bound when Others exist)") double hhi,
            @Schema(description = "Upper bound of the HHI with Others counted") double hhiUpper,
            @Schema(description = "100 minus the named shares") double othersShare,
            double cr4,
            @Schema(description = "10,000 / HHI") double numbersEquivalent,
            @Schema(description = "HHI with every named share 0.5 lower (floored at 0) and 0.5 higher")
            BandJson roundingBand,
            MergerJson merger,
            Double mhhi,
            Double deltaMhhi,
            List<ScreenJson> screens) {

        static Response of(Analysis a) {
            return new Response(a.hhi(), a.hhiUpper(), a.othersShare(), a.cr4(), a.numbersEquivalent(),
                    new BandJson(a.roundingBand().low(), a.roundingBand().high()),
                    a.merger() == null ? null
                            : new MergerJson(a.merger().postHhi(), a.merger().delta(), a.merger().combinedShare()),
                    a.ownership() == null ? null : a.ownership().mhhi(),
                    a.ownership() == null ? null : a.ownership().deltaMhhi(),
                    a.screens() == null ? null
                            : a.screens().stream().map(s -> new ScreenJson(s.guideline(), s.verdict(), s.reason()))
                                    .toList());
        }
    }
}
