package eu.competitiondesk.assessments;

import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.platform.validation.IsoDate;
import eu.competitiondesk.referencedata.engine.Jurisdiction;
import eu.competitiondesk.referencedata.engine.MergerThresholds.EuThreshold;
import eu.competitiondesk.referencedata.engine.MergerThresholds.UsInterest;
import eu.competitiondesk.referencedata.engine.MergerThresholds.UsReason;
import eu.competitiondesk.referencedata.engine.ThresholdLaw;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code POST /api/v1/merger-control/thresholds}: each block optional; an amount or percentage left out
 * is not known, and the tests it decides say so (null) unless the figures given already settle them.
 */
public final class MergerControlJson {

    private MergerControlJson() {}

    /**
     * An amount in any currency (ISO 4217) for the financial year it belongs to (the year it ends); the twin of each
     * amount field named after its currency. It is converted into the regime's currency at the rate held for that
     * currency and year.
     */
    public record MoneyJson(
            @NotNull(message = "{desk.required}") @PositiveOrZero(message = "{desk.amount.negative}")
            BigDecimal amount,

            @NotBlank(message = "{desk.required}")
            @jakarta.validation.constraints.Pattern(regexp = "[A-Z]{3}", message = "{desk.currency.invalid}")
            String currency,

            @NotNull(message = "{desk.required}")
            @jakarta.validation.constraints.Min(value = 1990, message = "{desk.year.invalid}")
            @jakarta.validation.constraints.Max(value = 2100, message = "{desk.year.invalid}")
            Integer financialYear) {}

    public record ThresholdsRequest(
            @Valid EuRequest eu,
            @Valid UkRequest uk,
            @Valid UsRequest us,
            @Valid InterlockRequest interlock) {}

    /** {@code date}: the transaction's date (control acquired or agreement concluded); absent, today. */
    public record EuRequest(
            @IsoDate String date, @Size(max = 50) List<@NotNull @Valid EuUndertaking> undertakings) {}

    /** A Member State not listed in {@code memberStateTurnoverEur} counts as no turnover there. */
    public record EuUndertaking(
            @Size(max = 200) String name,

            @PositiveOrZero(message = "{desk.amount.negative}")
            BigDecimal worldwideTurnoverEur,

            @PositiveOrZero(message = "{desk.amount.negative}")
            BigDecimal euTurnoverEur,

            @Size(max = 28)
            Map<@MemberStateCode String, @NotNull @PositiveOrZero(message = "{desk.amount.negative}") BigDecimal>
                    memberStateTurnoverEur,

            @Valid MoneyJson worldwideTurnover,
            @Valid MoneyJson euTurnover,
            @Size(max = 28) Map<@MemberStateCode String, @NotNull @Valid MoneyJson> memberStateTurnover) {}

    /** {@code date}: the transaction's date (control acquired or agreement concluded); absent, today. */
    public record UkRequest(
            @IsoDate String date,

            @PositiveOrZero(message = "{desk.amount.negative}")
            BigDecimal targetUkTurnoverGbp,

            @Size(max = 50) List<@NotNull @Valid UkParty> parties,

            @DecimalMin(value = "0", message = "{desk.percent.range}")
            @DecimalMax(value = "100", message = "{desk.percent.range}")
            BigDecimal shareOfSupplyPercent,

            Boolean shareIncrement,
            @Valid UkHybrid hybrid,
            @Valid MoneyJson targetUkTurnover) {}

    public record UkParty(
            @Size(max = 200) String name,

            @PositiveOrZero(message = "{desk.amount.negative}")
            BigDecimal ukTurnoverGbp,

            @Valid MoneyJson ukTurnover) {}

    public record UkHybrid(
            @DecimalMin(value = "0", message = "{desk.percent.range}")
            @DecimalMax(value = "100", message = "{desk.percent.range}")
            BigDecimal shareOfSupplyPercent,

            @PositiveOrZero(message = "{desk.amount.negative}")
            BigDecimal ukTurnoverGbp,

            Boolean otherPartyUkNexus,

            @Valid MoneyJson ukTurnover) {}

    public record UsRequest(
            @NotBlank(message = "{desk.required}") @IsoDate String date,

            @PositiveOrZero(message = "{desk.amount.negative}")
            BigDecimal sizeOfTransactionUsd,

            @PositiveOrZero(message = "{desk.amount.negative}")
            BigDecimal acquiringPersonUsd,

            @PositiveOrZero(message = "{desk.amount.negative}")
            BigDecimal acquiredPersonUsd,

            UsInterest interest,

            @DecimalMin(value = "0", message = "{desk.percent.range}")
            @DecimalMax(value = "100", message = "{desk.percent.range}")
            BigDecimal profitsOrAssetsPercent,

            @DecimalMin(value = "0", message = "{desk.percent.range}")
            @DecimalMax(value = "100", message = "{desk.percent.range}")
            BigDecimal votingPercent,

            Boolean solelyForInvestment,

            @Valid MoneyJson sizeOfTransaction,
            @Valid MoneyJson acquiringPerson,
            @Valid MoneyJson acquiredPerson) {}

    /**
     * Clayton Act s.8: two corporations sharing a director or officer, on the s.8 figures in force on {@code date}
     * (absent: today). {@code competitors}: whether they are competitors by virtue of their business and location of
     * operation (unstated: not known). Each amount in US dollars or as a money twin, for the last completed fiscal
     * year.
     */
    public record InterlockRequest(
            @IsoDate String date,
            Boolean competitors,

            @NotNull(message = "{desk.required}") @Size(min = 2, max = 2, message = "{desk.interlock.two}")
            List<@NotNull @Valid InterlockCorporation> corporations) {}

    public record InterlockCorporation(
            @Size(max = 200) String name,

            @PositiveOrZero(message = "{desk.amount.negative}")
            BigDecimal capitalSurplusUndividedProfitsUsd,

            @PositiveOrZero(message = "{desk.amount.negative}")
            BigDecimal competitiveSalesUsd,

            @PositiveOrZero(message = "{desk.amount.negative}")
            BigDecimal totalSalesUsd,

            @Valid MoneyJson capitalSurplusUndividedProfits,
            @Valid MoneyJson competitiveSales,
            @Valid MoneyJson totalSales) {}

    /**
     * {@code prohibited}: s.8 prohibits the interlock; {@code exempt}: one of the s.8(a)(2) exceptions applies, each
     * given on its own.
     */
    public record InterlockResponse(
            LocalDate date,
            Boolean prohibited,
            Boolean capitalTest,
            Boolean exempt,
            Boolean belowCompetitiveSalesFigure,
            Boolean belowTwoPercentOfEither,
            Boolean belowFourPercentOfEach,
            ThresholdSet thresholdSet,
            List<AmountJson> amounts,
            List<String> toEstablish) {

        /** No set in force on the date: every test open, the missing set named. */
        static InterlockResponse unjudged(LocalDate date, List<AmountJson> amounts, List<String> toEstablish) {
            return new InterlockResponse(date, null, null, null, null, null, null, null, amounts, toEstablish);
        }
    }

    /**
     * The figure set a block was judged on: in force from {@code effectiveFrom} to {@code effectiveUntil} (null while
     * it is the latest), with its source and what is still to check against it.
     */
    public record ThresholdSet(
            Jurisdiction jurisdiction,
            ThresholdLaw kind,
            LocalDate effectiveFrom,
            LocalDate effectiveUntil,
            String source,
            String verificationNote) {}

    /** The rate an amount was converted at, with its source. */
    public record RateJson(Jurisdiction regime, String currency, int financialYear, BigDecimal rate, String source) {}

    /**
     * An amount given in another currency: as given, in the regime's currency (null where no rate is held), and the
     * rate used.
     */
    public record AmountJson(String field, MoneyJson given, BigDecimal converted, RateJson rate) {}

    /**
     * {@code thresholdSet} null: no set is in force on the block's date; its tests are then null and {@code
     * toEstablish} names the set that is missing.
     */
    public record EuResponse(
            LocalDate date,
            Boolean dimension,
            EuThreshold threshold,
            Boolean twoThirdsRule,
            ThresholdSet thresholdSet,
            List<AmountJson> amounts,
            List<String> toEstablish) {

        static EuResponse unjudged(LocalDate date, List<AmountJson> amounts, List<String> toEstablish) {
            return new EuResponse(date, null, null, null, null, amounts, toEstablish);
        }
    }

    public record UkResponse(
            LocalDate date,
            Boolean turnoverTest,
            Boolean shareOfSupplyTest,
            Boolean hybridTest,
            Boolean smallMergerSafeHarbour,
            Boolean jurisdiction,
            ThresholdSet thresholdSet,
            List<AmountJson> amounts,
            List<String> toEstablish) {

        static UkResponse unjudged(LocalDate date, List<AmountJson> amounts, List<String> toEstablish) {
            return new UkResponse(date, null, null, null, null, null, null, amounts, toEstablish);
        }
    }

    public record UsResponse(
            LocalDate date,
            Boolean reportable,
            BigDecimal sizeOfTransactionThresholdUsd,
            List<UsReason> reasons,
            ThresholdSet thresholdSet,
            List<AmountJson> amounts,
            List<String> toEstablish) {

        static UsResponse unjudged(LocalDate date, List<AmountJson> amounts, List<String> toEstablish) {
            return new UsResponse(date, null, null, List.of(), null, amounts, toEstablish);
        }
    }

    /** A figure set a result used; {@code verificationNote} says what is still to check against its source. */
    public record FigureSetUsed(
            Jurisdiction jurisdiction,
            ThresholdLaw kind,
            LocalDate effectiveFrom,
            String source,
            String verificationNote) {}

    public record ThresholdsResponse(
            EuResponse eu,
            UkResponse uk,
            UsResponse us,
            InterlockResponse interlock,
            List<FigureSetUsed> figureSets,
            List<Finding> findings) {}
}
