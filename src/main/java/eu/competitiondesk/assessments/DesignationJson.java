package eu.competitiondesk.assessments;

import eu.competitiondesk.assessments.engine.ParamountSignificance;
import eu.competitiondesk.assessments.engine.ParamountSignificance.Assessment;
import eu.competitiondesk.assessments.engine.StatutoryDate;
import eu.competitiondesk.assessments.engine.StrategicMarketStatus.TurnoverBasis;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.platform.validation.IsoDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The JSON of the designation rules without size thresholds: UK strategic market status and §19a GWB. Every fact is
 * optional; a
 * fact left out is not known, and what depends on it is null with {@code toEstablish} naming it.
 */
public final class DesignationJson {

    private DesignationJson() {}

    /** s.4: any one limb links the activity to the United Kingdom. */
    public record UkLinkJson(
            Boolean significantNumberOfUkUsers,
            Boolean carriesOnBusinessInUk,
            Boolean immediateSubstantialForeseeableEffectOnUkTrade) {}

    /** s.6: "one or more" of the four limbs. */
    public record StrategicSignificanceJson(
            Boolean sizeOrScale,
            Boolean relianceByOtherUndertakings,
            Boolean extendMarketPower,
            Boolean determineRulesOfConduct) {}

    /**
     * Turnover of the undertaking's group in the relevant period (s.7), each a money object converted into pounds at
     * the UK rate held for its currency and financial year.
     */
    public record UkSmsRequest(
            Boolean digitalActivity,
            @Valid UkLinkJson ukLink,
            @Valid MergerControlJson.MoneyJson globalTurnover,
            @Valid MergerControlJson.MoneyJson ukTurnover,
            Boolean substantialAndEntrenchedMarketPower,
            @Valid StrategicSignificanceJson strategicSignificance,
            @IsoDate String investigationNoticeDate,
            @IsoDate String decisionNoticeDate) {}

    public record UkSmsResponse(
            Boolean digitalActivity,
            Boolean ukLink,
            Boolean turnoverCondition,
            TurnoverBasis turnoverBasis,
            Boolean substantialAndEntrenchedMarketPower,
            Boolean strategicSignificance,
            Boolean smsConditionsMet,
            StatutoryDate decisionDue,
            StatutoryDate designationEnds,
            StatutoryDate furtherInvestigationLatestStart,
            List<MergerControlJson.AmountJson> amounts,
            List<String> toEstablish,
            List<Finding> findings) {}

    /** §19a(1) Satz 2 Nr. 1-5, each weighed: towards, neutral, away, or null (not assessed yet). */
    public record Gwb19aFactorsJson(
            Assessment dominance,
            Assessment financialStrength,
            Assessment verticalIntegration,
            Assessment accessToData,
            Assessment importanceForThirdPartyAccess) {}

    /** A factor beyond the list ("insbesondere"), as the case team describes and weighs it. */
    public record OtherFactorJson(
            @NotBlank(message = "{desk.required}") @Size(max = 500, message = "{desk.too.long}")
            String description,

            @NotNull(message = "{desk.required}") Assessment assessment) {}

    public record Gwb19aRequest(
            Boolean activeToSignificantExtentOnMarketsOf18_3a,
            @Valid Gwb19aFactorsJson factors,
            @Size(max = 20) List<@NotNull @Valid OtherFactorJson> otherFactors,
            @IsoDate String bestandskraftDate) {}

    public record Gwb19aResponse(
            Boolean preconditionMet,
            Boolean paramountSignificance,
            List<ParamountSignificance.WeighedFactor> factors,
            StatutoryDate designationExpires,
            List<ParamountSignificance.FollowOnProhibition> followOnProhibitions,
            List<String> toEstablish,
            List<Finding> findings) {}
}
