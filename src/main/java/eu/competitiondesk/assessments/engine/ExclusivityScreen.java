package eu.competitiondesk.assessments.engine;

import eu.competitiondesk.engine.Basis;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * First screen of an exclusivity agreement: whether the Vertical Block Exemption Regulation (EU) 2022/720 covers it
 * and its non-compete, whether it is of minor importance (De minimis Notice), and what the dominant party's share
 * indicates under Article 102 TFEU. Shares are exact decimals; each boundary sits where the text's words put it.
 * Sources and the readings taken: docs/methodology.md.
 */
public final class ExclusivityScreen {

    /** Art. 1(1)(f) VBER: an obligation to buy more than 80% of the buyer's purchases is a non-compete. */
    public static final BigDecimal NON_COMPETE_REQUIREMENTS = BigDecimal.valueOf(80);
    /** Art. 3 VBER: supplier's and buyer's shares each do not exceed 30%. */
    public static final BigDecimal MARKET_SHARE_CAP = BigDecimal.valueOf(30);
    /** Art. 7(d)-(e) VBER: the grace periods differ above 35%. */
    public static final BigDecimal GRACE_UPPER = BigDecimal.valueOf(35);
    /** Art. 5(1)(a) VBER: a non-compete longer than five years is not exempted. */
    public static final int MAX_NON_COMPETE_MONTHS = 60;

    public static final BigDecimal DOMINANCE_UNLIKELY_BELOW = BigDecimal.valueOf(40);
    public static final BigDecimal DOMINANCE_PRESUMED_FROM = BigDecimal.valueOf(50);
    /** De minimis Notice (2014/C 291/01), point 8(a), 8(b) and 10. */
    public static final BigDecimal DE_MINIMIS_COMPETITORS = BigDecimal.valueOf(10);

    public static final BigDecimal DE_MINIMIS_NON_COMPETITORS = BigDecimal.valueOf(15);
    public static final BigDecimal DE_MINIMIS_CUMULATIVE = BigDecimal.valueOf(5);
    /** Point 10: parallel networks covering 30% or more of the market lower the thresholds to 5%. */
    public static final BigDecimal CUMULATIVE_COVERAGE = BigDecimal.valueOf(30);

    /** The kinds of restraint the Regulation and the Guidelines distinguish. */
    public enum RestraintType {
        /** Not to manufacture, buy, sell or resell competing goods or services: Art. 1(1)(f), first limb. */
        NON_COMPETE,
        /** An obligation to buy a share of requirements: a non-compete above 80% (Art. 1(1)(f), second limb). */
        QUANTITY_FORCING,
        /** The supplier sells the contract goods only to this buyer: not a non-compete (Art. 1(1)(h)). */
        EXCLUSIVE_SUPPLY,
        /** The supplier sells only through this distributor in a territory or customer group: not a non-compete. */
        EXCLUSIVE_DISTRIBUTION,
        /** The supplier is offered any competing deal first: read as a purchase obligation by its effect. */
        RIGHT_OF_FIRST_REFUSAL
    }

    /** Why the VBER does not cover the agreement, or its non-compete. */
    public enum VberReason {
        SUPPLIER_SHARE_ABOVE_30,
        BUYER_SHARE_ABOVE_30,
        NON_COMPETE_OVER_FIVE_YEARS,
        NON_COMPETE_INDEFINITE,
        COMPETITORS,
        SHARES_NOT_OF_PRECEDING_YEAR
    }

    public enum DominanceIndicator {
        UNLIKELY,
        POSSIBLE,
        PRESUMED
    }

    /**
     * The facts of the agreement. Unknown figures are null and give "cannot tell yet", never "no":
     * {@code buyerShare}, {@code partiesAreCompetitors}, {@code dualDistribution} (asked only of competitors),
     * {@code tiedMarketShare}. {@code restraintType} null: judged from {@code requirementsSharePercent}.
     * {@code durationMonths} null means indefinite. {@code dominantPartyShare} null: Art. 102 not in issue.
     * {@code shareYear} and {@code assessmentYear}: the calendar year the shares describe and the year assessed
     * (Art. 7(a)); {@code yearFirstAbove30} and {@code yearFirstAbove35}: when a party's share first rose above
     * those levels after having been at most 30% (Art. 7(d)-(e)).
     */
    public record Input(
            BigDecimal supplierShare,
            BigDecimal buyerShare,
            RestraintType restraintType,
            BigDecimal requirementsSharePercent,
            Integer durationMonths,
            Boolean tacitRenewal,
            Boolean terminableWithReasonableNotice,
            Boolean partiesAreCompetitors,
            Boolean dualDistribution,
            Boolean informationExchangeBeyondAgreement,
            Boolean parallelNetworks,
            BigDecimal tiedMarketShare,
            Integer shareYear,
            Integer assessmentYear,
            Integer yearFirstAbove30,
            Integer yearFirstAbove35,
            BigDecimal dominantPartyShare) {}

    /**
     * {@code vberSafeHarbour}: the agreement falls within Arts. 2 and 3 (null: cannot tell yet).
     * {@code nonCompeteExempted}: null where there is no non-compete; false where Art. 5(1)(a) excludes it, even
     * though the rest of the agreement stays exempted where the non-compete is severable.
     */
    public record Result(
            boolean nonCompete,
            Boolean vberSafeHarbour,
            Boolean nonCompeteExempted,
            List<VberReason> vberReasons,
            Boolean deMinimis,
            DominanceIndicator dominanceIndicator,
            List<Finding> findings) {}

    private ExclusivityScreen() {}

    public static Result evaluate(Input in) {
        validate(in);
        List<VberReason> reasons = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();

        boolean nonCompete = isNonCompete(in);
        findings.add(nonCompeteFinding(in, nonCompete));

        // Art. 3 with Art. 7: the share thresholds.
        Outcome shareTest = shareThreshold(in, reasons, findings);

        // Art. 2(4): competitors fall outside, save non-reciprocal dual distribution.
        Boolean competitorsOk = competitors(in, reasons, findings);

        Boolean safeHarbour = shareTest == Outcome.NOT_MET || Boolean.FALSE.equals(competitorsOk)
                ? Boolean.FALSE
                : shareTest == Outcome.MET && Boolean.TRUE.equals(competitorsOk) ? Boolean.TRUE : null;

        Boolean nonCompeteExempted = null;
        boolean durationExcluded = false;
        if (nonCompete) {
            Boolean excluded = nonCompeteDuration(in, reasons, findings);
            durationExcluded = Boolean.TRUE.equals(excluded);
            // The rest of the agreement keeps its exemption either way (the non-compete is severable); only the
            // non-compete's own exemption waits for the facts of its renewal.
            nonCompeteExempted = durationExcluded ? Boolean.FALSE : excluded == null ? null : safeHarbour;
        }
        findings.add(safeHarbourFinding(safeHarbour, nonCompete, durationExcluded, reasons));

        Boolean deMinimis = deMinimis(in, findings);

        DominanceIndicator dominance = null;
        if (in.dominantPartyShare() != null) {
            BigDecimal share = in.dominantPartyShare();
            dominance = share.compareTo(DOMINANCE_UNLIKELY_BELOW) < 0
                    ? DominanceIndicator.UNLIKELY
                    : share.compareTo(DOMINANCE_PRESUMED_FROM) < 0
                            ? DominanceIndicator.POSSIBLE
                            : DominanceIndicator.PRESUMED;
            String title = switch (dominance) {
                case UNLIKELY -> "Dominance unlikely, though not excluded, below 40%";
                case POSSIBLE -> "Dominance possible between 40% and 50%: other factors decide";
                case PRESUMED -> "A share of 50% or more is, save exceptional circumstances, evidence of dominance";
            };
            findings.add(new Finding(
                    "dominance",
                    dominance == DominanceIndicator.UNLIKELY ? Outcome.POINTS_AWAY : Outcome.POINTS_TOWARDS,
                    title,
                    "Below 40% dominance is unlikely, but not excluded where"
                            + " competitors cannot constrain the firm (Guidance para 14, second sentence; British Airways,"
                            + " T-219/99, at about 39.7%); 50% or more is, save exceptional circumstances, evidence of"
                            + " dominance",
                    List.of(Basis.of("dominantPartyShare", "Share of the party said to be dominant", pct(share))),
                    dominance == DominanceIndicator.PRESUMED
                            ? "AKZO, C-62/86, para 60"
                            : dominance == DominanceIndicator.UNLIKELY
                                    ? "Guidance on enforcement priorities (2009),"
                                            + " para 14; British Airways, T-219/99"
                                    : "Guidance on enforcement priorities (2009)," + " para 14"));
        }
        return new Result(
                nonCompete, safeHarbour, nonCompeteExempted, List.copyOf(reasons), deMinimis, dominance, findings);
    }

    /** Art. 1(1)(f): the restraint type decides; the 80% limb applies to purchase obligations only. */
    static boolean isNonCompete(Input in) {
        RestraintType type = in.restraintType();
        if (type == RestraintType.NON_COMPETE) {
            return true;
        }
        if (type == RestraintType.EXCLUSIVE_SUPPLY || type == RestraintType.EXCLUSIVE_DISTRIBUTION) {
            return false;
        }
        return in.requirementsSharePercent().compareTo(NON_COMPETE_REQUIREMENTS) > 0;
    }

    private static Finding nonCompeteFinding(Input in, boolean nonCompete) {
        RestraintType type = in.restraintType();
        List<Basis> basis = new ArrayList<>();
        basis.add(Basis.of(
                "restraintType",
                "Type of restraint",
                type == null ? "not stated, judged from the share" + " of requirements" : label(type)));
        if (in.requirementsSharePercent() != null) {
            basis.add(Basis.of(
                    "requirementsSharePercent",
                    "Share of the buyer's requirements bound",
                    pct(in.requirementsSharePercent())));
        }
        String title;
        if (type == RestraintType.NON_COMPETE) {
            title = "A non-compete obligation: not to deal in competing goods or services, whatever share of"
                    + " requirements it covers";
        } else if (type == RestraintType.EXCLUSIVE_SUPPLY || type == RestraintType.EXCLUSIVE_DISTRIBUTION) {
            title = label(type) + " is not a non-compete obligation; Art. 5 does not apply to it";
        } else {
            title = nonCompete
                    ? "A non-compete obligation: more than 80% of the buyer's purchases bound"
                    : "Quantity forcing, not a non-compete: at most 80% of the buyer's purchases bound";
        }
        return new Finding(
                "non-compete",
                nonCompete ? Outcome.MET : Outcome.NOT_MET,
                title,
                "A non-compete"
                        + " obligation is an obligation not to manufacture, purchase, sell or resell competing goods or"
                        + " services, or to buy more than 80% of the buyer's total purchases of the contract goods or services"
                        + " and their substitutes from one supplier",
                basis,
                "VBER Art. 1(1)(f)");
    }

    /** The share thresholds of Art. 3, on the preceding calendar year (Art. 7(a)), with the grace of Art. 7(d)-(e). */
    private static Outcome shareThreshold(Input in, List<VberReason> reasons, List<Finding> findings) {
        List<Basis> basis = new ArrayList<>();
        basis.add(Basis.of("supplierShare", "Supplier's share", pct(in.supplierShare())));
        basis.add(Basis.of(
                "buyerShare", "Buyer's share", in.buyerShare() == null ? Basis.NOT_KNOWN : pct(in.buyerShare())));
        if (in.shareYear() != null && in.assessmentYear() != null && in.shareYear() != in.assessmentYear() - 1) {
            reasons.add(VberReason.SHARES_NOT_OF_PRECEDING_YEAR);
            basis.add(Basis.of(
                    "shareYear", "Calendar year of the shares", in.shareYear().toString()));
            basis.add(Basis.of(
                    "assessmentYear", "Year assessed", in.assessmentYear().toString()));
            findings.add(new Finding(
                    "market-share-cap",
                    Outcome.UNDETERMINED,
                    "Market share threshold: cannot tell"
                            + " yet, the shares are of " + in.shareYear() + " and Art. 7(a) calls for "
                            + (in.assessmentYear() - 1) + ", the calendar year before the one assessed",
                    "Market shares are" + " calculated on the market sales value data of the preceding calendar year",
                    basis,
                    "VBER Art. 3 and Art. 7(a)"));
            return Outcome.UNDETERMINED;
        }
        if (in.shareYear() == null) {
            basis.add(Basis.of(
                    "shareYear",
                    "Calendar year of the shares",
                    "not stated, taken to be the preceding calendar" + " year (Art. 7(a))"));
        } else {
            basis.add(Basis.of(
                    "shareYear", "Calendar year of the shares", in.shareYear().toString()));
            if (in.assessmentYear() != null) {
                basis.add(Basis.of(
                        "assessmentYear", "Year assessed", in.assessmentYear().toString()));
            }
        }
        List<String> graced = new ArrayList<>();
        boolean supplierAbove = above(in.supplierShare(), in, graced, "supplier", basis);
        boolean buyerAbove = in.buyerShare() != null && above(in.buyerShare(), in, graced, "buyer", basis);
        if (supplierAbove) {
            reasons.add(VberReason.SUPPLIER_SHARE_ABOVE_30);
        }
        if (buyerAbove) {
            reasons.add(VberReason.BUYER_SHARE_ABOVE_30);
        }
        Outcome outcome = supplierAbove || buyerAbove
                ? Outcome.NOT_MET
                : in.buyerShare() == null ? Outcome.UNDETERMINED : Outcome.MET;
        String title = switch (outcome) {
            case NOT_MET ->
                "Market share threshold exceeded: "
                        + (supplierAbove && buyerAbove
                                ? "both the supplier's and the buyer's shares are"
                                : supplierAbove ? "the supplier's share is" : "the buyer's share is")
                        + " above 30%";
            case UNDETERMINED -> "Market share threshold: cannot tell yet, the buyer's share is not known";
            default ->
                graced.isEmpty()
                        ? "Market share threshold met: neither share exceeds 30%"
                        : "Market share threshold met through the grace period of Art. 7: " + String.join("; ", graced);
        };
        findings.add(new Finding(
                "market-share-cap",
                outcome,
                title,
                "The supplier's share of the market where it"
                        + " sells and the buyer's share of the market where it buys each do not exceed 30%; a share that rises"
                        + " above 30% but not above 35% keeps the exemption for the two calendar years after the year it first"
                        + " exceeded 30%, one above 35% for the year after it first exceeded 35%, never more than two in all",
                basis,
                "VBER Art. 3; Art. 7(a), (d) to (f)"));
        return outcome;
    }

    /** Whether a share is above 30% once the grace periods of Art. 7(d)-(f) are applied. */
    private static boolean above(BigDecimal share, Input in, List<String> graced, String party, List<Basis> basis) {
        if (share.compareTo(MARKET_SHARE_CAP) <= 0) {
            return false;
        }
        if (in.yearFirstAbove30() == null || in.assessmentYear() == null) {
            return true;
        }
        int lastYear = in.yearFirstAbove30() + 2;
        String paragraph = "Art. 7(d)";
        if (share.compareTo(GRACE_UPPER) > 0) {
            if (in.yearFirstAbove35() == null) {
                return true;
            }
            lastYear = Math.min(lastYear, in.yearFirstAbove35() + 1);
            paragraph = "Art. 7(e) and (f)";
        }
        if (basis.stream().noneMatch(b -> "yearFirstAbove30".equals(b.input()))) {
            basis.add(Basis.of(
                    "yearFirstAbove30",
                    "Year the share first rose above 30%",
                    in.yearFirstAbove30().toString()));
            if (in.yearFirstAbove35() != null) {
                basis.add(Basis.of(
                        "yearFirstAbove35",
                        "Year it first rose above 35%",
                        in.yearFirstAbove35().toString()));
            }
        }
        if (in.assessmentYear() <= lastYear) {
            graced.add("the " + party + "'s share stays covered until the end of " + lastYear + " (" + paragraph + ")");
            return false;
        }
        basis.add(Basis.derived("The grace period of " + paragraph + " ended with " + lastYear));
        return true;
    }

    /** Art. 2(4) and 2(5): true where the parties' relationship leaves the VBER open, null where unknown. */
    private static Boolean competitors(Input in, List<VberReason> reasons, List<Finding> findings) {
        Boolean compete = in.partiesAreCompetitors();
        List<Basis> basis = new ArrayList<>();
        basis.add(Basis.of("partiesAreCompetitors", "Parties compete", yesNo(compete)));
        if (compete == null) {
            findings.add(new Finding(
                    "competitors",
                    Outcome.UNDETERMINED,
                    "Whether the parties compete: cannot tell" + " yet",
                    "Vertical agreements between competitors fall outside the VBER, save non-reciprocal dual"
                            + " distribution",
                    basis,
                    "VBER Art. 2(4)"));
            return null;
        }
        if (!compete) {
            findings.add(new Finding(
                    "competitors",
                    Outcome.MET,
                    "The parties are not competitors: Art. 2(4) does" + " not take the agreement out of the VBER",
                    "Vertical agreements between competitors fall outside"
                            + " the VBER, save non-reciprocal dual distribution",
                    basis,
                    "VBER Art. 2(4)"));
            return Boolean.TRUE;
        }
        basis.add(Basis.of("dualDistribution", "Non-reciprocal dual distribution", yesNo(in.dualDistribution())));
        if (Boolean.TRUE.equals(in.dualDistribution())) {
            findings.add(new Finding(
                    "competitors",
                    Outcome.MET,
                    "The parties compete only through non-reciprocal"
                            + " dual distribution: the exception of Art. 2(4)(a) or (b) keeps the VBER open",
                    "The supplier"
                            + " also sells downstream, in competition with the buyer, and the buyer does not compete with it"
                            + " upstream: goods under Art. 2(4)(a), services under Art. 2(4)(b)",
                    basis,
                    "VBER Art. 2(4)(a) and (b)"));
            Boolean exchange = in.informationExchangeBeyondAgreement();
            if (!Boolean.FALSE.equals(exchange)) {
                findings.add(new Finding(
                        "information-exchange",
                        exchange == null ? Outcome.UNDETERMINED : Outcome.NOT_MET,
                        exchange == null
                                ? "Information exchanged between the parties: cannot tell"
                                        + " yet whether it stays within the exemption"
                                : "Information exchanged beyond what the"
                                        + " agreement needs is not exempted; the rest of the agreement stays covered",
                        "The dual"
                                + " distribution exception does not cover an exchange of information that is not directly"
                                + " related to implementing the agreement or not necessary to improve production or"
                                + " distribution",
                        List.of(Basis.of(
                                "informationExchangeBeyondAgreement",
                                "Information exchanged beyond the agreement's needs",
                                yesNo(exchange))),
                        "VBER Art. 2(5)"));
            }
            return Boolean.TRUE;
        }
        if (in.dualDistribution() == null) {
            findings.add(new Finding(
                    "competitors",
                    Outcome.UNDETERMINED,
                    "The parties compete: cannot tell yet" + " whether the dual distribution exception applies",
                    "Vertical agreements between competitors"
                            + " fall outside the VBER, save non-reciprocal dual distribution",
                    basis,
                    "VBER Art. 2(4)(a) and (b)"));
            return null;
        }
        reasons.add(VberReason.COMPETITORS);
        findings.add(new Finding(
                "competitors",
                Outcome.NOT_MET,
                "The parties compete, and not only through"
                        + " non-reciprocal dual distribution: the VBER does not cover the agreement",
                "Vertical agreements"
                        + " between competitors fall outside the VBER, save non-reciprocal dual distribution",
                basis,
                "VBER Art. 2(4)"));
        return Boolean.FALSE;
    }

    /**
     * Art. 5(1)(a): true where the non-compete itself is excluded from the exemption; null where it turns on a renewal
     * fact not stated (whether it renews tacitly, and if so whether the buyer can end it with reasonable notice).
     */
    private static Boolean nonCompeteDuration(Input in, List<VberReason> reasons, List<Finding> findings) {
        Boolean excluded = Boolean.TRUE;
        String title;
        Boolean tacit = in.tacitRenewal();
        Boolean terminable = in.terminableWithReasonableNotice();
        if (in.durationMonths() == null) {
            reasons.add(VberReason.NON_COMPETE_INDEFINITE);
            title = "The non-compete has no end date: Art. 5(1)(a) excludes it from the exemption";
        } else if (in.durationMonths() > MAX_NON_COMPETE_MONTHS) {
            reasons.add(VberReason.NON_COMPETE_OVER_FIVE_YEARS);
            title = "The non-compete runs more than five years: Art. 5(1)(a) excludes it from the exemption";
        } else if (Boolean.TRUE.equals(tacit) && Boolean.FALSE.equals(terminable)) {
            reasons.add(VberReason.NON_COMPETE_OVER_FIVE_YEARS);
            title = "The non-compete renews tacitly and the buyer cannot end it with reasonable notice at reasonable"
                    + " cost: it can run beyond five years, so Art. 5(1)(a) excludes it";
        } else if (tacit == null || (tacit && terminable == null)) {
            excluded = null;
            title = "The non-compete lasts at most five years, but whether Art. 5(1)(a) excludes it cannot be told"
                    + " yet: "
                    + (tacit == null
                            ? "whether it renews tacitly is not stated"
                            : "it renews tacitly, and whether the buyer can end it with reasonable notice at reasonable"
                                    + " cost is not stated");
        } else {
            excluded = Boolean.FALSE;
            title = "The non-compete lasts at most five years"
                    + (tacit ? " and renews only at the" + " buyer's effective choice" : "")
                    + ": Art. 5(1)(a) does not exclude it";
        }
        findings.add(new Finding(
                "non-compete-duration",
                excluded == null ? Outcome.UNDETERMINED : excluded ? Outcome.NOT_MET : Outcome.MET,
                title,
                "A non-compete of indefinite duration or longer than five years is not exempted; a tacitly renewable"
                        + " one is covered when the buyer can effectively renegotiate or terminate it with reasonable"
                        + " notice and at reasonable cost. The exclusion reaches the non-compete alone: the rest of the"
                        + " agreement keeps the exemption where the non-compete is severable",
                List.of(
                        Basis.of(
                                "durationMonths",
                                "Duration",
                                in.durationMonths() == null ? "indefinite" : in.durationMonths() + " months"),
                        Basis.of("tacitRenewal", "Tacitly renewed", yesNo(in.tacitRenewal())),
                        Basis.of(
                                "terminableWithReasonableNotice",
                                "Can be ended with" + " reasonable notice at reasonable cost",
                                yesNo(in.terminableWithReasonableNotice()))),
                "VBER Art. 5(1)(a); Vertical Guidelines 2022, paras 248-249"));
        return excluded;
    }

    private static Finding safeHarbourFinding(
            Boolean safeHarbour, boolean nonCompete, boolean durationExcluded, List<VberReason> reasons) {
        List<Basis> basis =
                reasons.stream().map(r -> Basis.derived(describe(r))).toList();
        String title;
        Outcome outcome;
        if (Boolean.TRUE.equals(safeHarbour)) {
            outcome = Outcome.MET;
            title = nonCompete && durationExcluded
                    ? "Block exemption: covers the agreement except the non-compete,"
                            + " which Art. 5(1)(a) excludes; the rest stays exempted where the non-compete is severable"
                    : "Block exemption: covers the agreement";
        } else if (safeHarbour == null) {
            outcome = Outcome.UNDETERMINED;
            title = "Block exemption: cannot tell yet"
                    + (nonCompete && durationExcluded
                            ? "; the non-compete is" + " excluded in any case (Art. 5(1)(a))"
                            : "");
        } else {
            outcome = Outcome.NOT_MET;
            title = "Block exemption: does not cover the agreement; it is assessed individually under Art. 101";
        }
        return new Finding(
                "vber-safe-harbour",
                outcome,
                title,
                "The Regulation exempts a vertical agreement within"
                        + " the share thresholds that is not between competitors (Arts. 2 and 3); Art. 5 then excludes the"
                        + " obligations it lists, not the agreement",
                basis.isEmpty() ? List.of(Basis.derived("No reason" + " against the exemption found")) : basis,
                "VBER Arts. 2, 3 and 5");
    }

    /**
     * De minimis Notice points 8 and 10: null where a figure it needs is unknown. Each unknown fact is tried both
     * ways (and an unknown buyer's share at 0% and 100%); the finding is settled only where every case agrees.
     */
    private static Boolean deMinimis(Input in, List<Finding> findings) {
        List<Basis> basis = new ArrayList<>();
        basis.add(Basis.of("supplierShare", "Supplier's share", pct(in.supplierShare())));
        basis.add(Basis.of(
                "buyerShare", "Buyer's share", in.buyerShare() == null ? Basis.NOT_KNOWN : pct(in.buyerShare())));
        basis.add(Basis.of("partiesAreCompetitors", "Parties compete", yesNo(in.partiesAreCompetitors())));
        basis.add(
                Basis.of("parallelNetworks", "Parallel networks of similar agreements", yesNo(in.parallelNetworks())));
        basis.add(Basis.of(
                "tiedMarketShare",
                "Share of the market they tie",
                in.tiedMarketShare() == null ? Basis.NOT_KNOWN : pct(in.tiedMarketShare())));
        Boolean cumulative = Boolean.FALSE.equals(in.parallelNetworks())
                ? Boolean.FALSE
                : in.parallelNetworks() == null || in.tiedMarketShare() == null
                        ? null
                        : in.tiedMarketShare().compareTo(CUMULATIVE_COVERAGE) >= 0;
        Set<Boolean> outcomes = new HashSet<>();
        Set<String> thresholds = new LinkedHashSet<>();
        for (boolean c : cases(cumulative)) {
            // Point 9: where it is hard to say whether the parties compete, the competitors' 10% applies.
            for (boolean compete :
                    in.partiesAreCompetitors() == null ? List.of(true) : List.of(in.partiesAreCompetitors())) {
                List<BigDecimal> buyers = in.buyerShare() == null
                        ? List.of(BigDecimal.ZERO, BigDecimal.valueOf(100))
                        : List.of(in.buyerShare());
                BigDecimal limit =
                        c ? DE_MINIMIS_CUMULATIVE : compete ? DE_MINIMIS_COMPETITORS : DE_MINIMIS_NON_COMPETITORS;
                thresholds.add(pct(limit) + (compete ? " combined" : " each"));
                for (BigDecimal buyer : buyers) {
                    BigDecimal measured = compete
                            ? in.supplierShare().add(buyer)
                            : in.supplierShare().max(buyer);
                    outcomes.add(measured.compareTo(limit) <= 0);
                }
            }
        }
        Boolean result = outcomes.size() == 1 ? outcomes.iterator().next() : null;
        String title;
        if (Boolean.TRUE.equals(result)) {
            title = "Of minor importance: the shares stay within the De minimis threshold ("
                    + String.join(" or ", thresholds)
                    + "), so the restriction is not appreciable unless it is a hardcore restriction";
        } else if (Boolean.FALSE.equals(result)) {
            title = "Minor importance: the shares exceed the De minimis threshold (" + String.join(" or ", thresholds)
                    + ")";
        } else {
            title = "Minor importance: cannot tell yet, "
                    + (in.buyerShare() == null
                            ? "the buyer's share is not known"
                            : "the share of the market tied by parallel networks is not known");
        }
        if (in.partiesAreCompetitors() == null) {
            title += "; whether the parties compete is not stated, so the 10% threshold for competitors applies"
                    + " (point 9)";
        }
        findings.add(new Finding(
                "de-minimis",
                result == null ? Outcome.UNDETERMINED : result ? Outcome.MET : Outcome.NOT_MET,
                title,
                "An agreement does not appreciably restrict"
                        + " competition where the parties' combined share does not exceed 10% (competitors) or each party's"
                        + " share does not exceed 15% (non-competitors); 5% where parallel networks of similar agreements"
                        + " cover 30% or more of the market. Hardcore restrictions are never of minor importance",
                basis,
                in.partiesAreCompetitors() == null
                        ? "De minimis Notice (2014/C 291/01), points 8, 9, 10 and 13"
                        : "De minimis Notice (2014/C 291/01), points 8, 10 and 13"));
        return result;
    }

    private static List<Boolean> cases(Boolean known) {
        return known == null ? List.of(true, false) : List.of(known);
    }

    static String describe(VberReason reason) {
        return switch (reason) {
            case SUPPLIER_SHARE_ABOVE_30 -> "The supplier's share is above 30% (Art. 3)";
            case BUYER_SHARE_ABOVE_30 -> "The buyer's share is above 30% (Art. 3)";
            case NON_COMPETE_OVER_FIVE_YEARS -> "The non-compete can run beyond five years (Art. 5(1)(a))";
            case NON_COMPETE_INDEFINITE -> "The non-compete has no end date (Art. 5(1)(a))";
            case COMPETITORS -> "The parties are competitors, outside the dual distribution exception (Art. 2(4))";
            case SHARES_NOT_OF_PRECEDING_YEAR -> "The shares are not of the preceding calendar year (Art. 7(a))";
        };
    }

    static String label(RestraintType type) {
        return switch (type) {
            case NON_COMPETE -> "A non-compete obligation";
            case QUANTITY_FORCING -> "A purchase obligation (quantity forcing)";
            case EXCLUSIVE_SUPPLY -> "Exclusive supply";
            case EXCLUSIVE_DISTRIBUTION -> "Exclusive distribution";
            case RIGHT_OF_FIRST_REFUSAL -> "A right of first refusal";
        };
    }

    static String pct(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString() + "%";
    }

    static String yesNo(Boolean value) {
        return value == null ? Basis.NOT_KNOWN : value ? "yes" : "no";
    }

    static void validate(Input in) {
        List<RuleViolation> errors = new ArrayList<>();
        share(in.supplierShare(), "supplierShare", true, errors);
        share(in.buyerShare(), "buyerShare", false, errors);
        boolean purchaseObligation = in.restraintType() == null
                || in.restraintType() == RestraintType.QUANTITY_FORCING
                || in.restraintType() == RestraintType.RIGHT_OF_FIRST_REFUSAL;
        share(in.requirementsSharePercent(), "requirementsSharePercent", purchaseObligation, errors);
        share(in.dominantPartyShare(), "dominantPartyShare", false, errors);
        share(in.tiedMarketShare(), "tiedMarketShare", false, errors);
        if (in.durationMonths() != null && (in.durationMonths() < 0 || in.durationMonths() > 1200)) {
            errors.add(new RuleViolation("durationMonths", "from 0 to 1,200 months; leave it out for indefinite"));
        }
        year(in.shareYear(), "shareYear", errors);
        year(in.assessmentYear(), "assessmentYear", errors);
        year(in.yearFirstAbove30(), "yearFirstAbove30", errors);
        year(in.yearFirstAbove35(), "yearFirstAbove35", errors);
        if (in.yearFirstAbove30() != null
                && in.yearFirstAbove35() != null
                && in.yearFirstAbove35() < in.yearFirstAbove30()) {
            errors.add(new RuleViolation(
                    "yearFirstAbove35", "cannot come before the year the share first rose above" + " 30%"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidAssessmentInput(errors);
        }
    }

    private static void year(Integer value, String field, List<RuleViolation> errors) {
        if (value != null && (value < 1958 || value > 2200)) {
            errors.add(new RuleViolation(field, "a calendar year from 1958 to 2200"));
        }
    }

    private static void share(BigDecimal value, String field, boolean required, List<RuleViolation> errors) {
        if (value == null) {
            if (required) {
                errors.add(new RuleViolation(field, "required, a percentage from 0 to 100"));
            }
        } else if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.add(new RuleViolation(field, "a percentage from 0 to 100"));
        }
    }
}
