package eu.competitiondesk.assessments;

import eu.competitiondesk.assessments.engine.ClauseHistory;
import eu.competitiondesk.assessments.engine.CoreService;
import eu.competitiondesk.assessments.engine.DmaMarketInvestigation;
import eu.competitiondesk.assessments.engine.ExclusivityScreen.DominanceIndicator;
import eu.competitiondesk.assessments.engine.ExclusivityScreen.RestraintType;
import eu.competitiondesk.assessments.engine.ExclusivityScreen.VberReason;
import eu.competitiondesk.assessments.engine.SizeBasis;
import eu.competitiondesk.assessments.engine.StatutoryDate;
import eu.competitiondesk.engine.Finding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and responses of the stateless rule endpoints. */
public final class RulesJson {

    private RulesJson() {}

    @Schema(name = "DmaService")
    public record DmaServiceJson(
            @Schema(required = true) String name,

            @Schema(required = true, implementation = CoreService.class)
            String category,

            @Schema(required = true, description = "Member States where the service is provided")
            Integer memberStates,

            @Schema(required = true, description = "Three values, oldest financial year first; null where not known")
            List<Long> monthlyActiveEndUsers,

            @Schema(required = true, description = "Three values, oldest financial year first; null where not known")
            List<Long> yearlyActiveBusinessUsers) {}

    @Schema(name = "DmaRequest")
    public record DmaRequest(
            @Schema(
                    required = true,
                    description = "The last three financial years, oldest first",
                    example = "[2023, 2024, 2025]")
            List<Integer> financialYears,

            @Schema(required = true, description = "Union turnover in EUR per financial year, oldest first")
            List<BigDecimal> unionTurnoverEur,

            @Schema(description = "Average market capitalisation or fair market value, last financial year, EUR")
            BigDecimal marketCapitalisationEur,

            @Schema(description = "YYYY-MM-DD", example = "2025-12-31")
            String thresholdsMetDate,

            @Schema(description = "YYYY-MM-DD", example = "2026-01-05")
            String notificationDate,

            @Schema(required = true) List<DmaServiceJson> services,

            @Schema(description = "A market investigation for designation (Art. 17): its opening date (Art. 16(3)(a))")
            MarketInvestigationJson marketInvestigation) {}

    public record MarketInvestigationJson(
            @Schema(description = "YYYY-MM-DD") String openingDate) {}

    @Schema(
            name = "MarketInvestigationTargets",
            description = "Six and twelve months from the opening date, counted by Regulation 1182/71 Art. 3(2)(c) and"
                    + " 3(4): targets the Commission shall endeavour to meet, not binding deadlines")
    public record MarketInvestigationResult(
            StatutoryDate preliminaryFindingsTarget, StatutoryDate conclusionTarget, boolean holidaysKnown) {}

    @Schema(name = "DmaServiceResult")
    public record DmaServiceResult(
            String name,
            @Schema(description = "null: cannot tell yet") Boolean usersTestMet,
            @Schema(description = "null: cannot tell yet") Boolean entrenchmentMet,
            boolean memberStatesMet,
            @Schema(description = "null: cannot tell yet") Boolean presumptionMet) {}

    @Schema(
            name = "DmaResponse",
            description = "Screening indicators, not decisions; findings cite their sources."
                    + " sizeTestMet and presumptionMet are null where they cannot be told yet (a figure is not known);"
                    + " notificationDeadline is null unless a presumption is met; holidaysKnown is false where a"
                    + " deadline runs across a year whose Commission holidays are not loaded (weekends alone were"
                    + " skipped there), null where there is no deadline")
    public record DmaResponse(
            Boolean sizeTestMet,
            SizeBasis sizeBasis,
            List<DmaServiceResult> services,
            Boolean presumptionMet,
            LocalDate notificationDeadline,
            LocalDate designationDeadline,
            List<Finding> findings,
            Boolean holidaysKnown,
            MarketInvestigationResult marketInvestigation,
            DmaMarketInvestigation.QualitativeRoute qualitativeRoute) {}

    @Schema(name = "ExclusivityRequest")
    public record ExclusivityRequest(
            @Schema(required = true, description = "Supplier's share of the market where it sells, percent")
            BigDecimal supplierShare,

            @Schema(required = true, description = "Buyer's share of the market where it buys, percent")
            BigDecimal buyerShare,

            @Schema(
                    description = "The restraint; absent: judged from requirementsSharePercent (above 80% is a"
                            + " non-compete)")
            RestraintType restraintType,

            @Schema(
                    description = "Share of the buyer's requirements bound, percent; required unless restraintType is"
                            + " NON_COMPETE, EXCLUSIVE_SUPPLY or EXCLUSIVE_DISTRIBUTION")
            BigDecimal requirementsSharePercent,

            @Schema(description = "Absent or null: indefinite")
            Integer durationMonths,

            Boolean tacitRenewal,
            Boolean terminableWithReasonableNotice,
            Boolean partiesAreCompetitors,

            @Schema(
                    description = "Competitors only: non-reciprocal dual distribution (Art. 2(4)(a)/(b)); absent: not"
                            + " claimed")
            Boolean dualDistribution,

            @Schema(description = "Information exchanged beyond the agreement's needs (Art. 2(5)); absent: no")
            Boolean informationExchangeBeyondAgreement,

            @Schema(description = "Parallel networks of similar agreements; absent: not known")
            Boolean parallelNetworks,

            @Schema(description = "Share of the market tied by parallel networks, percent")
            BigDecimal tiedMarketShare,

            @Schema(description = "Calendar year the shares describe (Art. 7(a))")
            Integer shareYear,

            @Schema(description = "Year assessed") Integer assessmentYear,

            @Schema(description = "Year a share now above 30% first rose above 30% (Art. 7(d))")
            Integer yearFirstAbove30,

            @Schema(description = "Year it first rose above 35% (Art. 7(e))")
            Integer yearFirstAbove35,

            @Schema(description = "Share of the party said to be dominant, percent")
            BigDecimal dominantPartyShare,

            @Schema(
                    description = "YYYY-MM-DD: the day assessed; the terms of the clauses in force that day override"
                            + " the fields above")
            String asOf,

            @Schema(description = "The agreement's clauses with their dates; needs asOf")
            List<ClauseJson> clauses) {}

    @Schema(name = "AgreementClause")
    public record ClauseJson(
            @Schema(required = true, description = "Unique within the request")
            String id,

            @Schema(required = true) ClauseHistory.ClauseKind type,

            @Schema(required = true, description = "First day in force, YYYY-MM-DD")
            String effectiveFrom,

            @Schema(description = "Last day in force, inclusive, YYYY-MM-DD; absent: open-ended")
            String effectiveTo,

            ClauseTermsJson terms) {}

    @Schema(name = "AgreementClauseTerms", description = "The exclusivity fields the clause sets; absent: not set")
    public record ClauseTermsJson(
            RestraintType restraintType,
            BigDecimal requirementsSharePercent,
            Integer durationMonths,
            Boolean tacitRenewal,
            Boolean terminableWithReasonableNotice) {}

    @Schema(
            name = "ExclusivityResponse",
            description = "Screening indicators, not decisions. vberSafeHarbour: the"
                    + " agreement falls within Arts. 2 and 3 VBER (null: cannot tell yet). nonCompeteExempted: null where there"
                    + " is no non-compete, false where Art. 5(1)(a) excludes it. deMinimis: De minimis Notice thresholds met"
                    + " (null: cannot tell yet).")
    public record ExclusivityResponse(
            boolean nonCompete,
            Boolean vberSafeHarbour,
            Boolean nonCompeteExempted,
            List<VberReason> vberReasons,
            Boolean deMinimis,
            DominanceIndicator dominanceIndicator,
            List<Finding> findings,

            @Schema(description = "The day assessed, as given; null without asOf")
            LocalDate asOf,

            @Schema(description = "Ids of the clauses in force on asOf, earliest first; null without asOf")
            List<String> clausesInForce) {}
}
