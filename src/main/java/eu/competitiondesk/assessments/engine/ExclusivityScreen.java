package eu.competitiondesk.assessments.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * First screen of an exclusivity agreement: whether the Vertical Block Exemption Regulation (EU) 2022/720 can
 * cover it and, under Article 102 TFEU, what the dominant party's share indicates. Sources: docs/methodology.md.
 */
public final class ExclusivityScreen {

    /** Art. 1(1)(f) VBER: more than 80% of the buyer's purchases is a non-compete. */
    public static final double NON_COMPETE_REQUIREMENTS = 80;
    /** Art. 3 VBER: supplier's and buyer's shares each at most 30%. */
    public static final double MARKET_SHARE_CAP = 30;
    /** Art. 5(1)(a) VBER: a non-compete longer than five years is not exempted. */
    public static final int MAX_NON_COMPETE_MONTHS = 60;
    public static final double DOMINANCE_UNLIKELY_BELOW = 40;
    public static final double DOMINANCE_PRESUMED_FROM = 50;

    /** Why the VBER safe harbour cannot apply. */
    public enum VberReason {
        SUPPLIER_SHARE_ABOVE_30,
        BUYER_SHARE_ABOVE_30,
        NON_COMPETE_OVER_FIVE_YEARS,
        NON_COMPETE_INDEFINITE,
        COMPETITORS
    }

    public enum DominanceIndicator {
        UNLIKELY,
        POSSIBLE,
        PRESUMED
    }

    /**
     * {@code durationMonths} null means indefinite; {@code dominantPartyShare} null means not assessed;
     * {@code buyerShare} null means not known, so the safe harbour cannot be confirmed.
     */
    public record Input(Double supplierShare, Double buyerShare, Double requirementsSharePercent,
            Integer durationMonths, boolean tacitRenewal, boolean terminableWithReasonableNotice,
            boolean partiesAreCompetitors, Double dominantPartyShare) {
    }

    public record Result(boolean nonCompete, boolean vberSafeHarbour, List<VberReason> vberReasons,
            DominanceIndicator dominanceIndicator, List<Finding> findings) {
    }

    private ExclusivityScreen() {
    }

    public static Result evaluate(Input in) {
        validate(in);
        List<VberReason> reasons = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        boolean nonCompete = in.requirementsSharePercent() > NON_COMPETE_REQUIREMENTS;
        findings.add(new Finding("non-compete", nonCompete ? Outcome.MET : Outcome.NOT_MET, nonCompete
                ? "A non-compete obligation" : "Not a non-compete (quantity forcing at most)",
                "An obligation to buy more than 80% of the buyer's total purchases of the contract goods or services"
                        + " and their substitutes from one supplier is a non-compete obligation",
                List.of("Share of the buyer's requirements bound: " + in.requirementsSharePercent() + "%"),
                "VBER Art. 1(1)(f)"));
        if (in.supplierShare() > MARKET_SHARE_CAP) {
            reasons.add(VberReason.SUPPLIER_SHARE_ABOVE_30);
        }
        boolean buyerKnown = in.buyerShare() != null;
        if (buyerKnown && in.buyerShare() > MARKET_SHARE_CAP) {
            reasons.add(VberReason.BUYER_SHARE_ABOVE_30);
        }
        findings.add(new Finding("market-share-cap", !reasons.isEmpty() ? Outcome.NOT_MET
                : buyerKnown ? Outcome.MET : Outcome.UNDETERMINED, "Market share threshold", "The supplier's share"
                        + " of the market where it sells and the buyer's share of the market where it buys each do not"
                        + " exceed 30%", List.of("Supplier's share " + in.supplierShare() + "%", "Buyer's share "
                        + (buyerKnown ? in.buyerShare() + "%" : "not known")), "VBER Art. 3"));
        if (nonCompete) {
            boolean endsAtWill = in.tacitRenewal() && in.terminableWithReasonableNotice();
            if (in.durationMonths() == null) {
                reasons.add(VberReason.NON_COMPETE_INDEFINITE);
            } else if (in.durationMonths() > MAX_NON_COMPETE_MONTHS
                    || (in.tacitRenewal() && !in.terminableWithReasonableNotice())) {
                reasons.add(VberReason.NON_COMPETE_OVER_FIVE_YEARS);
            }
            boolean durationOk = !reasons.contains(VberReason.NON_COMPETE_INDEFINITE)
                    && !reasons.contains(VberReason.NON_COMPETE_OVER_FIVE_YEARS);
            findings.add(new Finding("non-compete-duration", durationOk ? Outcome.MET : Outcome.NOT_MET,
                    "Duration of the non-compete", "A non-compete of indefinite duration or longer than five years"
                            + " is not exempted; a tacitly renewable one is covered when the buyer can effectively"
                            + " renegotiate or terminate it with reasonable notice and at reasonable cost",
                    List.of("Duration: " + (in.durationMonths() == null ? "indefinite" : in.durationMonths()
                            + " months"), "Tacit renewal: " + in.tacitRenewal(),
                            "Terminable with reasonable notice: " + in.terminableWithReasonableNotice()
                                    + (endsAtWill ? " (renewal at the buyer's effective choice)" : "")),
                    "VBER Art. 5(1)(a); Vertical Guidelines 2022"));
        }
        if (in.partiesAreCompetitors()) {
            reasons.add(VberReason.COMPETITORS);
        }
        findings.add(new Finding("competitors", in.partiesAreCompetitors() ? Outcome.NOT_MET : Outcome.MET,
                "Parties are " + (in.partiesAreCompetitors() ? "" : "not ") + "competitors",
                "Vertical agreements between competitors fall outside the VBER, save non-reciprocal dual"
                        + " distribution", List.of("Parties compete: " + in.partiesAreCompetitors()),
                "VBER Art. 2(4)"));
        boolean safeHarbour = reasons.isEmpty() && buyerKnown;
        findings.add(new Finding("vber-safe-harbour", safeHarbour ? Outcome.MET : reasons.isEmpty()
                ? Outcome.UNDETERMINED : Outcome.NOT_MET, safeHarbour ? "The VBER safe harbour can apply"
                : reasons.isEmpty() ? "The VBER safe harbour cannot be confirmed without the buyer's share"
                : "The VBER safe harbour cannot apply",
                "Block exemption only within the share threshold, outside the excluded restrictions and not between"
                        + " competitors", reasons.stream().map(Enum::name).toList(), "VBER Arts. 2, 3 and 5"));

        DominanceIndicator dominance = null;
        if (in.dominantPartyShare() != null) {
            double share = in.dominantPartyShare();
            dominance = share < DOMINANCE_UNLIKELY_BELOW ? DominanceIndicator.UNLIKELY
                    : share < DOMINANCE_PRESUMED_FROM ? DominanceIndicator.POSSIBLE : DominanceIndicator.PRESUMED;
            findings.add(new Finding("dominance", dominance == DominanceIndicator.UNLIKELY ? Outcome.POINTS_AWAY
                    : Outcome.POINTS_TOWARDS, "Dominance indicator: " + dominance.name().toLowerCase(),
                    "Below 40% dominance is unlikely; 50% or more is, save exceptional circumstances, evidence of"
                            + " dominance", List.of("Share of the party said to be dominant: " + share + "%"),
                    dominance == DominanceIndicator.PRESUMED ? "AKZO, C-62/86, para 60"
                            : "Guidance on enforcement priorities (2009), para 14"));
        }
        return new Result(nonCompete, safeHarbour, reasons, dominance, findings);
    }

    static void validate(Input in) {
        List<RuleViolation> errors = new ArrayList<>();
        share(in.supplierShare(), "supplierShare", true, errors);
        share(in.buyerShare(), "buyerShare", false, errors);
        share(in.requirementsSharePercent(), "requirementsSharePercent", true, errors);
        share(in.dominantPartyShare(), "dominantPartyShare", false, errors);
        if (in.durationMonths() != null && in.durationMonths() < 0) {
            errors.add(new RuleViolation("durationMonths", "cannot be negative; leave it out for indefinite"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidAssessmentInput(errors);
        }
    }

    private static void share(Double value, String field, boolean required, List<RuleViolation> errors) {
        if (value == null) {
            if (required) {
                errors.add(new RuleViolation(field, "required, a percentage from 0 to 100"));
            }
        } else if (value.isNaN() || value < 0 || value > 100) {
            errors.add(new RuleViolation(field, "a percentage from 0 to 100"));
        }
    }
}
