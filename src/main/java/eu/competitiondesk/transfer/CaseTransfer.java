package eu.competitiondesk.transfer;

import eu.competitiondesk.assessments.AssessmentStatus;
import eu.competitiondesk.cases.CaseFile;
import eu.competitiondesk.cases.CaseStatus;
import eu.competitiondesk.platform.validation.IsoDate;
import eu.competitiondesk.platform.validation.OneOf;
import eu.competitiondesk.platform.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A whole case as JSON, for moving it to another installation: details, parties, key dates, notes, markets with
 * their datasets, agreements with their dated clauses, assessments with their answers (and the agreement and day
 * they are assessed as at), and the officer's own reasoning (under markets, under conclusions,
 * and the report's introduction and closing) as it stands, without its earlier revisions. Confidential content travels with its marking. Users do
 * not travel: the importing user becomes the case lead, and notes keep their author's name as text.
 *
 * <p>The constraints here are the transfer's own: list lengths, no missing list entries, and the parts that no
 * page form has (note authors, scenarios, answers). The case's fields, parties, key dates, notes, markets, datasets
 * and rows are checked by the very forms the pages use ({@link CaseTransferService}).
 */
@Schema(name = "CaseTransfer")
public record CaseTransfer(
        int formatVersion,
        String reference,
        String title,
        String type,
        @NotBlank @OneOf(CaseStatus.class) String status,
        @NotNull @IsoDate LocalDate openedOn,
        String summary,
        @Size(max = MAX_PARTS) List<@NotNull PartyT> parties,
        @Size(max = MAX_PARTS) List<@NotNull KeyDateT> keyDates,
        @Size(max = MAX_NOTES) List<@NotNull @Valid NoteT> notes,
        @Size(max = MAX_PARTS) List<@NotNull @Valid MarketT> markets,
        @Size(max = MAX_PARTS) List<@NotNull @Valid AssessmentT> assessments,
        @Size(max = MAX_PASSAGES) List<@NotNull PassageT> introduction,
        @Size(max = MAX_PASSAGES) List<@NotNull PassageT> closing,
        @Size(max = MAX_PARTS) List<@NotNull @Valid AgreementT> agreements) {

    public static final int FORMAT_VERSION = 1;
    /** The most parties, key dates, markets, datasets a market, scenarios and assessments a transfer holds. */
    public static final int MAX_PARTS = 50;

    public static final int MAX_NOTES = 1000;
    /** The most rows of a dataset, answers of an assessment and values of an answer. */
    public static final int MAX_ROWS = 200;

    /** The most passages of one officer's text; each passage is checked by the officer's form's own rules. */
    public static final int MAX_PASSAGES = 30;

    /** A paragraph of the officer's own reasoning, with its "Confidential passage" tick. */
    public record PassageT(String text, boolean confidential) {}

    /** The officer's text under one conclusion of an assessment, by the conclusion's name in its anchor. */
    public record ConclusionTextT(
            @NotBlank @Size(max = CaseFile.NAME_MAX) String conclusion,
            @Size(max = MAX_PASSAGES) List<@NotNull PassageT> passages) {}

    public record PartyT(String name, String role) {}

    public record KeyDateT(String label, String kind, LocalDate dueOn, String legalBasis) {}

    public record NoteT(
            @Size(max = CaseFile.NAME_MAX) @PlainText String author,
            @IsoDate OffsetDateTime createdAt,
            String body) {}

    public record MarketT(
            String name,
            String productScope,
            String geographicScope,
            String period,
            String shareBasis,
            BigDecimal othersMaxShare,
            @Size(max = CaseFile.NAME_MAX) @PlainText String referencePeriod,
            @Size(max = CaseFile.NAME_MAX) @PlainText String referenceSource,
            @Size(max = MAX_PARTS) List<@NotNull @Valid DatasetT> datasets,
            @Size(max = MAX_PARTS) List<@NotNull @Valid ScenarioT> scenarios,
            @Size(max = MAX_PARTS) List<@NotNull CriticalLossT> criticalLossAnalyses,
            @Size(max = MAX_PARTS) List<@NotNull UpwardPricingPressureT> upwardPricingPressureAnalyses,
            @Size(max = MAX_PARTS) List<@NotNull VerticalEffectsT> verticalEffectsAnalyses,
            @Size(max = MAX_PARTS) List<@NotNull MergerSimulationT> mergerSimulations,
            @Size(max = MAX_PASSAGES) List<@NotNull PassageT> officerAssessment) {}

    /** A critical loss analysis kept with the market, percentages in percent, each input with its secret mark. */
    public record CriticalLossT(
            String name,
            String source,
            boolean illustrative,
            BigDecimal priceRisePercent,
            BigDecimal secondPriceRisePercent,
            BigDecimal marginPercent,
            boolean marginConfidential,
            BigDecimal actualLossPercent,
            boolean actualLossConfidential,
            BigDecimal aggregateDiversionPercent,
            boolean aggregateDiversionConfidential) {}

    /** An upward pricing pressure analysis of two products; diversion both ways, or neither to take it from shares. */
    public record UpwardPricingPressureT(
            String name,
            String source,
            boolean illustrative,
            ProductT a,
            ProductT b,
            BigDecimal diversionAbPercent,
            BigDecimal diversionBaPercent,
            String diversionSource,
            boolean diversionConfidential,
            BigDecimal efficiencyPercent,
            boolean efficiencyConfidential) {}

    /**
     * A vertical price pressure analysis: the input's supplier and cost, the merging downstream unit, one rival buying
     * the input; prices per unit of output, percentages in percent, each input with its secret mark.
     */
    public record VerticalEffectsT(
            String name,
            String source,
            boolean illustrative,
            String upstreamName,
            BigDecimal inputCost,
            boolean inputCostConfidential,
            String downstreamName,
            BigDecimal downstreamPrice,
            boolean downstreamPriceConfidential,
            BigDecimal downstreamMarginPercent,
            boolean downstreamMarginConfidential,
            BigDecimal internalInputPrice,
            boolean internalInputPriceConfidential,
            String rivalName,
            BigDecimal rivalPrice,
            boolean rivalPriceConfidential,
            BigDecimal rivalInputPrice,
            boolean rivalInputPriceConfidential,
            BigDecimal diversionToMergingPercent,
            BigDecimal diversionFromMergingPercent,
            String diversionSource,
            boolean diversionConfidential,
            BigDecimal passThroughPercent,
            boolean passThroughConfidential,
            BigDecimal supplierWeightPercent,
            BigDecimal downstreamWeightPercent) {}

    /**
     * A merger simulation: the demand system by its API name, the products (the figures the system needs), the
     * merging products by name, the calibration, a secret mark per kind of input, the sensitivity run's ranges.
     */
    public record MergerSimulationT(
            String name,
            String source,
            boolean illustrative,
            String demand,
            List<SimulatedProductT> products,
            List<String> merging,
            BigDecimal outsideSharePercent,
            String calibrationProduct,
            BigDecimal calibrationMarginPercent,
            BigDecimal ownElasticity,
            BigDecimal marketElasticity,
            BigDecimal aggregateDiversionPercent,
            boolean pricesConfidential,
            boolean sharesConfidential,
            boolean marginsConfidential,
            boolean elasticitiesConfidential,
            BigDecimal marginLow,
            BigDecimal marginHigh,
            BigDecimal elasticityLow,
            BigDecimal elasticityHigh,
            Integer draws,
            Long seed) {}

    public record SimulatedProductT(
            String name,
            String firm,
            BigDecimal price,
            BigDecimal sharePercent,
            BigDecimal quantity,
            BigDecimal marginPercent) {}

    public record ProductT(
            String name,
            BigDecimal price,
            boolean priceConfidential,
            BigDecimal marginPercent,
            boolean marginConfidential,
            BigDecimal sharePercent,
            boolean shareConfidential) {}

    /**
     * A scenario kept with the market: firms that merge and stakes (fractions from 0 to 1), by firm name; its name and
     * firms are checked as the scenario page's command ({@code KeptScenario}).
     */
    public record ScenarioT(
            String name,
            boolean illustrative,
            List<String> merging,
            @Size(max = MAX_PARTS) List<@NotNull @Valid StakeT> stakes) {}

    public record StakeT(
            @NotBlank @Size(max = CaseFile.NAME_MAX) @PlainText
            String holder,

            @NotBlank @Size(max = CaseFile.NAME_MAX) @PlainText
            String target,

            @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 8)
            BigDecimal financial,

            @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 8)
            BigDecimal control) {}

    public record DatasetT(
            String period,
            String source,
            String scope,
            BigDecimal marketSizeUsdBn,
            String note,
            boolean confidential,
            @Size(max = MAX_ROWS) List<@NotNull RowT> rows) {}

    public record RowT(String firm, BigDecimal share, String source, String period, String note) {}

    public record AssessmentT(
            @NotBlank String questionnaireId,
            int questionnaireVersion,

            @NotBlank @Size(max = CaseFile.NAME_MAX) @PlainText
            String title,

            @NotBlank @OneOf(AssessmentStatus.class) String status,
            @Size(max = MAX_PARTS) List<@NotNull String> savedSections,
            @Size(max = MAX_ROWS) List<@NotNull @Valid AnswerT> answers,
            @Size(max = MAX_PARTS) List<@NotNull @Valid ConclusionTextT> officerAssessments,

            @Schema(description = "The title of the agreement whose clauses give some answers")
            String agreement,

            @Schema(description = "The day the assessment reads the agreement as at")
            LocalDate asOf) {}

    /** An agreement of the case and its clauses, each with its first and last day in force. */
    public record AgreementT(
            String title,
            String parties,
            @Size(max = MAX_ROWS) List<@NotNull ClauseT> clauses) {}

    /**
     * A clause as its page records it; {@code document} names the exporting case's document it is known from (the
     * documents do not travel: the importing case cites it by that name as its source).
     */
    public record ClauseT(
            String kind,
            String summary,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            String restraintType,
            BigDecimal requirementsShare,
            Integer durationMonths,
            Boolean tacitRenewal,
            Boolean terminable,
            BigDecimal stakePercent,
            String document,
            String pinpoint,
            String sourceTitle,
            String sourceUrl,
            LocalDate sourceDate,
            boolean asReported,
            boolean confidential) {}

    public record AnswerT(
            @NotBlank String questionId,
            @NotNull @Size(max = MAX_ROWS) List<@NotNull String> values,

            @Size(max = CaseFile.NOTE_MAX) @PlainText(multiline = true)
            String evidence,

            boolean confidential) {}
}
