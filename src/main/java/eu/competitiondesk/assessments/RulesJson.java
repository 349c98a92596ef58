package eu.competitiondesk.assessments;

import eu.competitiondesk.assessments.engine.CoreService;
import eu.competitiondesk.assessments.engine.ExclusivityScreen.DominanceIndicator;
import eu.competitiondesk.assessments.engine.ExclusivityScreen.VberReason;
import eu.competitiondesk.assessments.engine.Finding;
import eu.competitiondesk.assessments.engine.SizeBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and responses of the stateless rule endpoints. */
public final class RulesJson {

    private RulesJson() {
    }

    @Schema(name = "DmaService")
    public record DmaServiceJson(@Schema(required = true) String name,
            @Schema(required = true, implementation = CoreService.class) String category,
            @Schema(required = true, description = "Member States where the service is provided") Integer memberStates,
            @Schema(required = true, description = "Three values, oldest financial year first")
            List<Long> monthlyActiveEndUsers,
            @Schema(required = true, description = "Three values, oldest financial year first")
            List<Long> yearlyActiveBusinessUsers) {
    }

    @Schema(name = "DmaRequest")
    public record DmaRequest(
            @Schema(required = true, description = "The last three financial years, oldest first",
                    example = "[2023, 2024, 2025]") List<Integer> financialYears,
            @Schema(required = true, description = "Union turnover in EUR per financial year, oldest first")
            List<BigDecimal> unionTurnoverEur,
            @Schema(description = "Average market capitalisation or fair market value, last financial year, EUR")
            BigDecimal marketCapitalisationEur,
            @Schema(description = "YYYY-MM-DD", example = "2025-12-31") String thresholdsMetDate,
            @Schema(description = "YYYY-MM-DD", example = "2026-01-05") String notificationDate,
            @Schema(required = true) List<DmaServiceJson> services) {
    }

    @Schema(name = "DmaServiceResult")
    public record DmaServiceResult(String name, boolean usersTestMet, boolean entrenchmentMet, boolean memberStatesMet,
            boolean presumptionMet) {
    }

    @Schema(name = "DmaResponse", description = "Screening indicators, not decisions; findings cite their sources")
    public record DmaResponse(boolean sizeTestMet, SizeBasis sizeBasis, List<DmaServiceResult> services,
            boolean presumptionMet, LocalDate notificationDeadline, LocalDate designationDeadline,
            List<Finding> findings) {
    }

    @Schema(name = "ExclusivityRequest")
    public record ExclusivityRequest(
            @Schema(required = true, description = "Supplier's share of the market where it sells, percent")
            Double supplierShare,
            @Schema(required = true, description = "Buyer's share of the market where it buys, percent")
            Double buyerShare,
            @Schema(required = true, description = "Share of the buyer's requirements bound, percent")
            Double requirementsSharePercent,
            @Schema(description = "Absent or null: indefinite") Integer durationMonths,
            Boolean tacitRenewal,
            Boolean terminableWithReasonableNotice,
            Boolean partiesAreCompetitors,
            @Schema(description = "Share of the party said to be dominant, percent") Double dominantPartyShare) {
    }

    @Schema(name = "ExclusivityResponse", description = "Screening indicators, not decisions")
    public record ExclusivityResponse(boolean nonCompete, boolean vberSafeHarbour, List<VberReason> vberReasons,
            DominanceIndicator dominanceIndicator, List<Finding> findings) {
    }
}
