package eu.competitiondesk.assessments;

import eu.competitiondesk.assessments.engine.DataActSwitching.ChargeKind;
import eu.competitiondesk.assessments.engine.DataActSwitching.Requirement;
import eu.competitiondesk.assessments.engine.DataActSwitching.RequirementResult;
import eu.competitiondesk.assessments.engine.DataActSwitching.ServiceKind;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.platform.validation.IsoDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response of the Data Act switching check: every flag a Boolean, null or absent where not known. */
public final class DataActJson {

    private DataActJson() {}

    @Schema(name = "DataActSwitchingRequest")
    public record SwitchingRequest(
            @Schema(description = "Art. 30(1) infrastructural services or 30(2) the others; absent: not known")
            ServiceKind serviceKind,

            @Schema(
                    description = "Art. 31(1): most main features custom-built for one customer, or all components"
                            + " developed for one, and not offered at broad commercial scale via the service catalogue")
            Boolean customBuilt,

            @Schema(description = "Art. 31(2): a non-production version for testing and evaluation, for a limited time")
            Boolean nonProductionTestVersion,

            @Schema(description = "Art. 31(3): the customer told before the contract which obligations do not apply")
            Boolean exceptionDisclosedBeforeContract,

            @Valid ContractJson contract,
            @Valid InformationJson information,

            @Schema(description = "Art. 30(1): reasonable measures to facilitate functional equivalence")
            Boolean functionalEquivalenceSupport,

            @Schema(description = "Art. 30(2): open interfaces free of charge")
            Boolean openInterfacesFreeOfCharge,

            @Schema(description = "Art. 27: cooperation in good faith")
            Boolean goodFaithCooperation,

            @Schema(description = "YYYY-MM-DD; the notice in days is counted from it") @IsoDate
            String switchingRequestDate,

            @Valid TechnicalUnfeasibilityJson technicalUnfeasibility,
            List<@Valid ChargeJson> charges) {}

    @Schema(name = "DataActContract", description = "The contract's terms under Art. 25")
    public record ContractJson(
            @Schema(description = "Art. 25(1)") Boolean writtenAndAvailableBeforeSigning,

            @Schema(description = "Art. 25(2)(d); give months or days, not both")
            Integer noticePeriodMonths,

            @Schema(description = "Art. 25(2)(d), counted against two months from the switching request")
            Integer noticePeriodDays,

            @Schema(description = "Art. 25(2)(a), calendar days")
            Integer transitionalPeriodDays,

            @Schema(description = "Art. 25(2)(g), calendar days")
            Integer dataRetrievalPeriodDays,

            @Schema(description = "Art. 25(5)") Boolean customerMayExtendTransitionalPeriodOnce,
            @Schema(description = "Art. 25(2)(b)") Boolean exitStrategySupport,
            @Schema(description = "Art. 25(2)(e)") Boolean exhaustiveExportableData,
            @Schema(description = "Art. 25(2)(h)") Boolean fullErasure) {}

    @Schema(name = "DataActInformation")
    public record InformationJson(
            @Schema(description = "Art. 26(a)") Boolean switchingProcedures,
            @Schema(description = "Art. 26(b)") Boolean onlineRegister,
            @Schema(description = "Art. 29(4)") Boolean chargesBeforeContract) {}

    @Schema(name = "DataActTechnicalUnfeasibility", description = "Art. 25(4)")
    public record TechnicalUnfeasibilityJson(
            Integer notifiedWithinWorkingDays, Boolean justified, Integer alternativeTransitionalPeriodMonths) {}

    @Schema(name = "DataActCharge")
    public record ChargeJson(
            @Schema(required = true) ChargeKind kind,

            @Schema(required = true, description = "The day the charge is made, YYYY-MM-DD, from 2025-09-12")
            @NotBlank(message = "{desk.required}")
            @IsoDate
            String date,

            BigDecimal amountEur,

            @Schema(description = "The provider's cost directly linked to the switching; null: not known")
            BigDecimal costIncurredEur,

            @Schema(description = "DATA_EGRESS only: egress for parallel use (Art. 34)")
            Boolean parallelUse) {}

    @Schema(name = "DataActChargeResult")
    public record ChargeResultJson(LocalDate date, ChargeKind kind, Boolean permitted, String article) {}

    @Schema(
            name = "DataActSwitchingResponse",
            description =
                    "chapterApplies: false under Art. 31(2), null where not known. requirements: each that applies,"
                            + " met true / false / null (cannot tell yet) with its article and the Regulation's limit. compliant:"
                            + " Kleene's and of every met and permitted, an unknown exception taken both ways.")
    public record SwitchingResponse(
            Boolean chapterApplies,
            Map<Requirement, RequirementResult> requirements,
            List<ChargeResultJson> charges,
            Boolean compliant,
            List<Finding> findings) {}
}
