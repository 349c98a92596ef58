package eu.competitiondesk.referencedata.engine;

import static eu.competitiondesk.engine.ThreeValued.and;
import static eu.competitiondesk.engine.ThreeValued.not;
import static eu.competitiondesk.engine.ThreeValued.or;
import static eu.competitiondesk.engine.ThreeValued.outcome;

import eu.competitiondesk.engine.Basis;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import eu.competitiondesk.engine.ThreeValued;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a transaction reaches the merger-control thresholds of the EU, the UK and the US, on the figure set in
 * force (reference data). Every comparison is on exact decimals, on the side of the boundary the text's wording gives
 * ("more than" is strictly above, "or more" includes the figure), and a figure not given makes a test "cannot tell
 * yet" unless the figures that are given already settle it. Each result names the figure set it used.
 */
public final class MergerThresholds {

    /** The Member States, by ISO 3166 alpha-2 code; Greece's EU code EL is read as GR. */
    public static final Set<String> MEMBER_STATES = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
            "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    /** HSR: a non-corporate interest confers control at this share of the profits or of the assets on dissolution. */
    static final BigDecimal NON_CORPORATE_CONTROL_PERCENT = new BigDecimal("50");

    /** HSR: voting securities held solely for investment are exempt up to this share. */
    static final BigDecimal INVESTMENT_ONLY_PERCENT = new BigDecimal("10");

    private static final String EUMR = "EUMR Art. 1";
    private static final String UK_ACT = "Enterprise Act 2002, s.23";
    private static final String HSR = "15 U.S.C. 18a (HSR Act)";

    private MergerThresholds() {}

    /** The Member State a code names, or null when it names none (EL is Greece). */
    public static String memberState(String code) {
        if (code == null) {
            return null;
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        String iso = upper.equals("EL") ? "GR" : upper;
        return MEMBER_STATES.contains(iso) ? iso : null;
    }

    // ---------------------------------------------------------------- EU

    /**
     * An undertaking concerned. {@code memberStateTurnoverEur} lists its turnover by Member State code; a state not
     * listed counts as no turnover there, and a null map as not known.
     */
    public record EuUndertaking(
            String name,
            BigDecimal worldwideTurnoverEur,
            BigDecimal euTurnoverEur,
            Map<String, BigDecimal> memberStateTurnoverEur) {}

    /** Which threshold gives the EU dimension: Art. 1(2) or, failing it, Art. 1(3). */
    public enum EuThreshold {
        ARTICLE_1_2,
        ARTICLE_1_3
    }

    public record EuResult(
            Boolean dimension,
            EuThreshold threshold,
            Boolean article12,
            Boolean article13,
            Boolean twoThirdsRule,
            FigureSet figures,
            List<Finding> findings) {}

    public static EuResult eu(List<EuUndertaking> undertakings, FigureSet figures) {
        List<Finding> findings = new ArrayList<>();
        Basis used = figuresUsed(figures);
        Boolean worldwide12 = sumAbove(
                undertakings.stream().map(EuUndertaking::worldwideTurnoverEur).toList(),
                figures.amount(Figure.EU_1_2_COMBINED_WORLDWIDE));
        Boolean union12 = atLeastTwoAbove(
                undertakings.stream().map(EuUndertaking::euTurnoverEur).toList(),
                figures.amount(Figure.EU_1_2_EACH_UNION));
        Boolean article12 = and(worldwide12, union12);
        findings.add(new Finding(
                "eu-article-1-2",
                outcome(article12),
                "Art. 1(2) EUMR: " + ThreeValued.word(article12, "met", "not met"),
                "Combined worldwide turnover of more than "
                        + money("EUR", figures.amount(Figure.EU_1_2_COMBINED_WORLDWIDE))
                        + " and Union-wide turnover of more than "
                        + money("EUR", figures.amount(Figure.EU_1_2_EACH_UNION))
                        + " for each of at least two undertakings concerned",
                basis(undertakings, true, false, used),
                EUMR + "(2)"));

        Boolean worldwide13 = sumAbove(
                undertakings.stream().map(EuUndertaking::worldwideTurnoverEur).toList(),
                figures.amount(Figure.EU_1_3_COMBINED_WORLDWIDE));
        Boolean states13 = threeMemberStates(
                undertakings,
                figures.amount(Figure.EU_1_3_COMBINED_MEMBER_STATE),
                figures.amount(Figure.EU_1_3_EACH_MEMBER_STATE));
        Boolean union13 = atLeastTwoAbove(
                undertakings.stream().map(EuUndertaking::euTurnoverEur).toList(),
                figures.amount(Figure.EU_1_3_EACH_UNION));
        Boolean article13 = and(worldwide13, states13, union13);
        findings.add(new Finding(
                "eu-article-1-3",
                outcome(article13),
                "Art. 1(3) EUMR: " + ThreeValued.word(article13, "met", "not met"),
                "Combined worldwide turnover of more than "
                        + money("EUR", figures.amount(Figure.EU_1_3_COMBINED_WORLDWIDE))
                        + "; in each of at least three Member States combined"
                        + " turnover of more than " + money("EUR", figures.amount(Figure.EU_1_3_COMBINED_MEMBER_STATE))
                        + " and more than " + money("EUR", figures.amount(Figure.EU_1_3_EACH_MEMBER_STATE))
                        + " for each of at least two undertakings concerned; Union-wide turnover of more than "
                        + money("EUR", figures.amount(Figure.EU_1_3_EACH_UNION)) + " for each of at least two",
                basis(undertakings, true, true, used),
                EUMR + "(3)"));

        Boolean twoThirds = twoThirdsInOneState(undertakings);
        findings.add(new Finding(
                "eu-two-thirds",
                outcome(twoThirds),
                "Two-thirds rule: "
                        + (twoThirds == null
                                ? ThreeValued.CANNOT_TELL
                                : twoThirds
                                        ? "applies, each undertaking concerned achieves more than two-thirds"
                                                + " of its Union-wide turnover in one and the same Member State"
                                        : "does not apply"),
                "No EU dimension where each undertaking concerned achieves more than two-thirds of its Union-wide"
                        + " turnover within one and the same Member State",
                basis(undertakings, false, true, used),
                EUMR + "(2) and (3), last subparagraphs"));

        Boolean threshold = or(article12, article13);
        Boolean dimension = and(threshold, not(twoThirds));
        EuThreshold which = !Boolean.TRUE.equals(dimension)
                ? null
                : Boolean.TRUE.equals(article12) ? EuThreshold.ARTICLE_1_2 : EuThreshold.ARTICLE_1_3;
        findings.add(new Finding(
                "eu-dimension",
                outcome(dimension),
                "EU dimension: "
                        + (dimension == null
                                ? ThreeValued.CANNOT_TELL
                                : dimension
                                        ? "yes, under " + (which == EuThreshold.ARTICLE_1_2 ? "Art. 1(2)" : "Art. 1(3)")
                                        : "no"),
                "A concentration has an EU dimension where it meets Art. 1(2) or"
                        + " Art. 1(3) and the two-thirds rule does not apply",
                List.of(used),
                EUMR));
        return new EuResult(dimension, which, article12, article13, twoThirds, figures, findings);
    }

    private static Boolean threeMemberStates(List<EuUndertaking> undertakings, BigDecimal combined, BigDecimal each) {
        int met = 0;
        int open = 0;
        for (String state : MEMBER_STATES) {
            List<BigDecimal> inState = undertakings.stream()
                    .map(u -> u.memberStateTurnoverEur() == null
                            ? null
                            : u.memberStateTurnoverEur().getOrDefault(state, BigDecimal.ZERO))
                    .toList();
            Boolean stateMet = and(sumAbove(inState, combined), atLeastTwoAbove(inState, each));
            if (stateMet == null) {
                open++;
            } else if (stateMet) {
                met++;
            }
        }
        return met >= 3 ? Boolean.TRUE : met + open < 3 ? Boolean.FALSE : null;
    }

    /** True when every undertaking makes more than two-thirds of its Union-wide turnover in the same Member State. */
    private static Boolean twoThirdsInOneState(List<EuUndertaking> undertakings) {
        if (undertakings.isEmpty()) {
            return Boolean.FALSE;
        }
        String common = null;
        boolean unknown = false;
        for (EuUndertaking u : undertakings) {
            if (u.euTurnoverEur() == null || u.memberStateTurnoverEur() == null) {
                unknown = true;
                continue;
            }
            String state = null;
            for (Map.Entry<String, BigDecimal> e : u.memberStateTurnoverEur().entrySet()) {
                // more than two-thirds: 3 x state > 2 x Union, exactly
                if (e.getValue()
                                .multiply(BigDecimal.valueOf(3))
                                .compareTo(u.euTurnoverEur().multiply(BigDecimal.valueOf(2)))
                        > 0) {
                    state = e.getKey();
                }
            }
            if (state == null || common != null && !common.equals(state)) {
                return Boolean.FALSE;
            }
            common = state;
        }
        return unknown ? null : Boolean.TRUE;
    }

    private static List<Basis> basis(List<EuUndertaking> undertakings, boolean totals, boolean states, Basis used) {
        List<Basis> basis = new ArrayList<>();
        for (int i = 0; i < undertakings.size(); i++) {
            EuUndertaking u = undertakings.get(i);
            String name = u.name() == null || u.name().isBlank() ? "Undertaking " + (i + 1) : u.name();
            String prefix = "eu.undertakings[" + i + "].";
            if (totals) {
                basis.add(Basis.of(
                        prefix + "worldwideTurnoverEur",
                        name + ", worldwide turnover",
                        money("EUR", u.worldwideTurnoverEur())));
            }
            basis.add(Basis.of(
                    prefix + "euTurnoverEur", name + ", Union-wide turnover", money("EUR", u.euTurnoverEur())));
            if (states) {
                basis.add(Basis.of(
                        prefix + "memberStateTurnoverEur",
                        name + ", turnover by Member State",
                        u.memberStateTurnoverEur() == null
                                ? Basis.NOT_KNOWN
                                : u.memberStateTurnoverEur().isEmpty()
                                        ? "none listed"
                                        : String.join(
                                                ", ",
                                                u.memberStateTurnoverEur().entrySet().stream()
                                                        .sorted(Map.Entry.comparingByKey())
                                                        .map(e -> e.getKey() + " " + money("EUR", e.getValue()))
                                                        .toList())));
            }
        }
        basis.add(used);
        return basis;
    }

    // ---------------------------------------------------------------- UK

    public record UkParty(String name, BigDecimal ukTurnoverGbp) {}

    /** The hybrid test's inputs: one party's share of supply and UK turnover, and the other party's UK nexus. */
    public record UkHybrid(BigDecimal shareOfSupplyPercent, BigDecimal ukTurnoverGbp, Boolean otherPartyUkNexus) {}

    public record UkInput(
            BigDecimal targetUkTurnoverGbp,
            List<UkParty> parties,
            BigDecimal shareOfSupplyPercent,
            Boolean shareIncrement,
            UkHybrid hybrid) {}

    public record UkResult(
            Boolean turnoverTest,
            Boolean shareOfSupplyTest,
            Boolean hybridTest,
            Boolean smallMergerSafeHarbour,
            Boolean jurisdiction,
            FigureSet figures,
            List<Finding> findings) {}

    public static UkResult uk(UkInput in, FigureSet figures) {
        List<Finding> findings = new ArrayList<>();
        Basis used = figuresUsed(figures);
        Basis target =
                Basis.of("uk.targetUkTurnoverGbp", "Target's UK turnover", money("GBP", in.targetUkTurnoverGbp()));
        Boolean turnover = above(in.targetUkTurnoverGbp(), figures.amount(Figure.UK_TARGET_TURNOVER));
        findings.add(new Finding(
                "uk-turnover",
                outcome(turnover),
                "Turnover test: " + ThreeValued.word(turnover, "met", "not met"),
                "The target's" + " UK turnover exceeds " + money("GBP", figures.amount(Figure.UK_TARGET_TURNOVER)),
                List.of(target, used),
                UK_ACT + "(1)(b)"));

        // s.23(2)(c), from 1 January 2025 (the small-merger safe harbour): the share of supply test also needs the UK
        // turnover of the target, or of any other enterprise concerned, to exceed GBP 10 m. "Exceeds" is strict: at
        // exactly GBP 10 m each, no one exceeds it, so the condition fails and the safe harbour applies.
        boolean harbourInLaw = figures.has(Figure.UK_SAFE_HARBOUR_TURNOVER);
        List<BigDecimal> turnovers = new ArrayList<>();
        turnovers.add(in.targetUkTurnoverGbp());
        List<Basis> partyBasis = new ArrayList<>(List.of(target));
        List<UkParty> parties = in.parties() == null ? List.of() : in.parties();
        for (int i = 0; i < parties.size(); i++) {
            turnovers.add(parties.get(i).ukTurnoverGbp());
            partyBasis.add(Basis.of(
                    "uk.parties[" + i + "].ukTurnoverGbp",
                    name(parties.get(i).name(), "Party " + (i + 1)) + ", UK turnover",
                    money("GBP", parties.get(i).ukTurnoverGbp())));
        }
        partyBasis.add(used);
        Boolean someoneExceeds = null;
        if (harbourInLaw) {
            BigDecimal harbourFigure = figures.amount(Figure.UK_SAFE_HARBOUR_TURNOVER);
            boolean anyExceeds = turnovers.stream().anyMatch(t -> t != null && t.compareTo(harbourFigure) > 0);
            long knownNotExceeding = turnovers.stream()
                    .filter(t -> t != null && t.compareTo(harbourFigure) <= 0)
                    .count();
            // At least two enterprises (the target and another) must be known before none can be said to exceed.
            someoneExceeds = anyExceeds
                    ? Boolean.TRUE
                    : knownNotExceeding == turnovers.size() && knownNotExceeding >= 2 ? Boolean.FALSE : null;
        }

        BigDecimal shareFigure = figures.amount(Figure.UK_SHARE_OF_SUPPLY);
        Boolean shareReached = atLeast(in.shareOfSupplyPercent(), shareFigure);
        Boolean shareOfSupply = harbourInLaw
                ? and(shareReached, in.shareIncrement(), someoneExceeds)
                : and(shareReached, in.shareIncrement());
        List<Basis> shareBasis = new ArrayList<>(List.of(
                Basis.of(
                        "uk.shareOfSupplyPercent",
                        "Combined share of supply",
                        in.shareOfSupplyPercent() == null ? Basis.NOT_KNOWN : percent(in.shareOfSupplyPercent())),
                Basis.of("uk.shareIncrement", "The merger increases the share", yesNo(in.shareIncrement()))));
        if (harbourInLaw) {
            shareBasis.addAll(partyBasis.subList(0, partyBasis.size() - 1));
        }
        shareBasis.add(used);
        findings.add(new Finding(
                "uk-share-of-supply",
                outcome(shareOfSupply),
                "Share of supply test: " + ThreeValued.word(shareOfSupply, "met", "not met"),
                "The merged enterprises supply or acquire " + percent(shareFigure) + " or more"
                        + " of goods or services of a description in the UK or a substantial part of it, and the merger"
                        + " increases that share"
                        + (harbourInLaw
                                ? ", and the UK turnover of the target or of another enterprise concerned exceeds "
                                        + money("GBP", figures.amount(Figure.UK_SAFE_HARBOUR_TURNOVER))
                                : ""),
                shareBasis,
                UK_ACT + (harbourInLaw ? "(2) to (4), with (2)(c) as inserted by the DMCC Act 2024" : "(2) to (4)")));

        Boolean hybrid;
        UkHybrid h = in.hybrid() == null ? new UkHybrid(null, null, null) : in.hybrid();
        if (figures.has(Figure.UK_HYBRID_SHARE) && figures.has(Figure.UK_HYBRID_TURNOVER)) {
            BigDecimal hybridTurnover = figures.amount(Figure.UK_HYBRID_TURNOVER);
            // The party of the hybrid test is one of the enterprises concerned: where every one's UK turnover is known
            // and none exceeds the figure, the test cannot be met whatever the shares.
            boolean noneCouldQualify = turnovers.size() >= 2
                    && turnovers.stream().allMatch(t -> t != null && t.compareTo(hybridTurnover) <= 0);
            Boolean turnoverCondition = h.ukTurnoverGbp() != null
                    ? above(h.ukTurnoverGbp(), hybridTurnover)
                    : noneCouldQualify ? Boolean.FALSE : null;
            hybrid = noneCouldQualify
                    ? Boolean.FALSE
                    : and(
                            atLeast(h.shareOfSupplyPercent(), figures.amount(Figure.UK_HYBRID_SHARE)),
                            turnoverCondition,
                            h.otherPartyUkNexus());
            findings.add(new Finding(
                    "uk-hybrid",
                    outcome(hybrid),
                    "Hybrid test: " + ThreeValued.word(hybrid, "met", "not met"),
                    "One party has a share of supply of " + percent(figures.amount(Figure.UK_HYBRID_SHARE))
                            + " or more and UK turnover of more than "
                            + money("GBP", figures.amount(Figure.UK_HYBRID_TURNOVER))
                            + ", and the other party has a UK nexus",
                    List.of(
                            Basis.of(
                                    "uk.hybrid.shareOfSupplyPercent",
                                    "That party's share of supply",
                                    h.shareOfSupplyPercent() == null
                                            ? Basis.NOT_KNOWN
                                            : percent(h.shareOfSupplyPercent())),
                            Basis.of(
                                    "uk.hybrid.ukTurnoverGbp",
                                    "That party's UK turnover",
                                    money("GBP", h.ukTurnoverGbp())),
                            Basis.of(
                                    "uk.hybrid.otherPartyUkNexus",
                                    "The other party has a UK nexus",
                                    yesNo(h.otherPartyUkNexus())),
                            used),
                    UK_ACT + "(4C) to (4F), as inserted by the DMCC Act 2024"));
        } else {
            hybrid = Boolean.FALSE;
            findings.add(new Finding(
                    "uk-hybrid",
                    Outcome.NOT_MET,
                    "Hybrid test: not in the law on the transaction's date",
                    "The hybrid test applies to mergers from 1 January 2025",
                    List.of(used),
                    "Digital Markets, Competition and Consumers Act 2024, Sch. 4 para 2; SI 2024/1226"));
        }

        Boolean harbour = harbourInLaw ? ThreeValued.not(someoneExceeds) : Boolean.FALSE;
        findings.add(new Finding(
                "uk-safe-harbour",
                outcome(harbour),
                "Small-merger safe harbour: "
                        + (!harbourInLaw
                                ? "not in the law on the transaction's date"
                                : harbour == null ? ThreeValued.CANNOT_TELL : harbour ? "applies" : "does not apply"),
                harbourInLaw
                        ? "The share of supply test is not met unless the UK turnover of the target or of another"
                                + " enterprise concerned exceeds "
                                + money("GBP", figures.amount(Figure.UK_SAFE_HARBOUR_TURNOVER))
                                + " (at exactly that amount it does not exceed it)"
                        : "The safe harbour applies to mergers from 1 January 2025",
                harbourInLaw ? partyBasis : List.of(used),
                harbourInLaw
                        ? UK_ACT + "(2)(c), as inserted by the DMCC Act 2024, Sch. 4 para 2(3)"
                        : "Digital Markets, Competition and Consumers Act 2024, Sch. 4 para 2; SI 2024/1226"));

        Boolean jurisdiction = or(turnover, shareOfSupply, hybrid);
        findings.add(new Finding(
                "uk-jurisdiction",
                outcome(jurisdiction),
                "Jurisdiction thresholds: "
                        + (jurisdiction == null ? ThreeValued.CANNOT_TELL : jurisdiction ? "met" : "not met"),
                harbourInLaw || figures.has(Figure.UK_HYBRID_SHARE)
                        ? "The CMA has jurisdiction where the turnover, share of supply or hybrid test is met"
                        : "The CMA has jurisdiction where the turnover or share of supply test is met",
                List.of(used),
                UK_ACT));
        return new UkResult(turnover, shareOfSupply, hybrid, harbour, jurisdiction, figures, findings);
    }

    // ---------------------------------------------------------------- US

    /** What the acquiring person acquires, for the HSR rules that depend on it. */
    public enum UsInterest {
        VOTING_SECURITIES,
        ASSETS,
        NON_CORPORATE
    }

    /** Why a US result is what it is, in the order the rules were applied. */
    public enum UsReason {
        NON_CORPORATE_NO_CONTROL,
        NON_CORPORATE_CONTROL,
        NON_CORPORATE_SHARE_NOT_KNOWN,
        INVESTMENT_ONLY_EXEMPT,
        INVESTMENT_ONLY_NOT_KNOWN,
        INTEREST_NOT_KNOWN,
        SIZE_OF_TRANSACTION_NOT_KNOWN,
        SIZE_OF_TRANSACTION_NOT_EXCEEDED,
        ABOVE_UPPER_THRESHOLD,
        SIZE_OF_PERSON_MET,
        SIZE_OF_PERSON_NOT_MET,
        SIZE_OF_PERSON_NOT_KNOWN
    }

    /**
     * The acquisition: its size, each person's annual net sales or total assets (the larger), what is acquired, the
     * share of profits or assets of a non-corporate entity, the voting share held after it, and whether it is held
     * solely for investment.
     */
    public record UsInput(
            BigDecimal sizeOfTransactionUsd,
            BigDecimal acquiringPersonUsd,
            BigDecimal acquiredPersonUsd,
            UsInterest interest,
            BigDecimal profitsOrAssetsPercent,
            BigDecimal votingPercent,
            Boolean solelyForInvestment) {}

    public record UsResult(
            Boolean reportable,
            BigDecimal sizeOfTransactionThresholdUsd,
            List<UsReason> reasons,
            FigureSet figures,
            List<Finding> findings) {}

    public static UsResult us(UsInput in, FigureSet figures) {
        List<UsReason> reasons = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Basis used = figuresUsed(figures);
        Boolean interestAllows = interestAllows(in, reasons, findings);

        BigDecimal threshold = figures.amount(Figure.US_SIZE_OF_TRANSACTION);
        BigDecimal upper = figures.amount(Figure.US_UPPER_THRESHOLD);
        BigDecimal smaller = figures.amount(Figure.US_SIZE_OF_PERSON_SMALLER);
        BigDecimal larger = figures.amount(Figure.US_SIZE_OF_PERSON_LARGER);
        Basis size =
                Basis.of("us.sizeOfTransactionUsd", "Size of transaction", money("USD", in.sizeOfTransactionUsd()));
        Boolean sizeTests;
        if (in.sizeOfTransactionUsd() == null) {
            reasons.add(UsReason.SIZE_OF_TRANSACTION_NOT_KNOWN);
            sizeTests = null;
        } else if (in.sizeOfTransactionUsd().compareTo(threshold) <= 0) {
            reasons.add(UsReason.SIZE_OF_TRANSACTION_NOT_EXCEEDED);
            sizeTests = Boolean.FALSE;
        } else if (in.sizeOfTransactionUsd().compareTo(upper) > 0) {
            reasons.add(UsReason.ABOVE_UPPER_THRESHOLD);
            sizeTests = Boolean.TRUE;
        } else {
            Boolean acquiringLarger = atLeast(in.acquiringPersonUsd(), larger);
            Boolean acquiredLarger = atLeast(in.acquiredPersonUsd(), larger);
            Boolean acquiringSmaller = atLeast(in.acquiringPersonUsd(), smaller);
            Boolean acquiredSmaller = atLeast(in.acquiredPersonUsd(), smaller);
            sizeTests = or(and(acquiringLarger, acquiredSmaller), and(acquiredLarger, acquiringSmaller));
            reasons.add(
                    sizeTests == null
                            ? UsReason.SIZE_OF_PERSON_NOT_KNOWN
                            : sizeTests ? UsReason.SIZE_OF_PERSON_MET : UsReason.SIZE_OF_PERSON_NOT_MET);
        }
        findings.add(new Finding(
                "us-size",
                outcome(sizeTests),
                "Size of transaction and size of person: " + ThreeValued.word(sizeTests, "met", "not met"),
                "The acquiring person holds, as a result, more than " + money("USD", threshold)
                        + " of the acquired person's voting securities, assets or interests; up to "
                        + money("USD", upper)
                        + " one person must also have annual net sales or total assets of " + money("USD", larger)
                        + " or more and the other of " + money("USD", smaller) + " or more",
                List.of(
                        size,
                        Basis.of(
                                "us.acquiringPersonUsd",
                                "Acquiring person's net sales or assets",
                                money("USD", in.acquiringPersonUsd())),
                        Basis.of(
                                "us.acquiredPersonUsd",
                                "Acquired person's net" + " sales or assets",
                                money("USD", in.acquiredPersonUsd())),
                        used),
                HSR + "(a)(2)"));

        Boolean reportable = and(interestAllows, sizeTests);
        findings.add(new Finding(
                "us-reportable",
                outcome(reportable),
                "HSR notification: "
                        + (reportable == null ? ThreeValued.CANNOT_TELL : reportable ? "reportable" : "not reportable"),
                "Reportable where the size tests"
                        + " are met and no exemption or lack of control takes it outside the Act",
                List.of(used),
                HSR));
        return new UsResult(reportable, threshold, List.copyOf(reasons), figures, findings);
    }

    /** Whether what is acquired can be reportable at all: control of a non-corporate entity, no investment exemption. */
    private static Boolean interestAllows(UsInput in, List<UsReason> reasons, List<Finding> findings) {
        if (in.interest() == null) {
            reasons.add(UsReason.INTEREST_NOT_KNOWN);
            return null;
        }
        switch (in.interest()) {
            case NON_CORPORATE -> {
                Boolean control = atLeast(in.profitsOrAssetsPercent(), NON_CORPORATE_CONTROL_PERCENT);
                reasons.add(
                        control == null
                                ? UsReason.NON_CORPORATE_SHARE_NOT_KNOWN
                                : control ? UsReason.NON_CORPORATE_CONTROL : UsReason.NON_CORPORATE_NO_CONTROL);
                findings.add(new Finding(
                        "us-non-corporate-control",
                        outcome(control),
                        "Control of the non-corporate" + " entity: " + ThreeValued.word(control, "met", "not met"),
                        "An interest in a partnership or LLC is reportable only where"
                                + " it gives the right to " + percent(NON_CORPORATE_CONTROL_PERCENT) + " or more of its"
                                + " profits or of its assets on dissolution",
                        List.of(Basis.of(
                                "us.profitsOrAssetsPercent",
                                "Share of profits or assets",
                                in.profitsOrAssetsPercent() == null
                                        ? Basis.NOT_KNOWN
                                        : percent(in.profitsOrAssetsPercent()))),
                        "16 CFR 801.1(b)"));
                return control;
            }
            case VOTING_SECURITIES -> {
                Boolean withinLimit =
                        in.votingPercent() == null ? null : in.votingPercent().compareTo(INVESTMENT_ONLY_PERCENT) <= 0;
                Boolean exempt = and(withinLimit, in.solelyForInvestment());
                if (exempt == null) {
                    reasons.add(UsReason.INVESTMENT_ONLY_NOT_KNOWN);
                } else if (exempt) {
                    reasons.add(UsReason.INVESTMENT_ONLY_EXEMPT);
                }
                findings.add(new Finding(
                        "us-investment-only",
                        outcome(exempt),
                        "Investment-only exemption: "
                                + (exempt == null ? ThreeValued.CANNOT_TELL : exempt ? "applies" : "does not apply"),
                        "Voting"
                                + " securities held solely for the purpose of investment are exempt where the acquiring person"
                                + " holds " + percent(INVESTMENT_ONLY_PERCENT)
                                + " or less of the issuer's voting securities",
                        List.of(
                                Basis.of(
                                        "us.votingPercent",
                                        "Voting share held after the acquisition",
                                        in.votingPercent() == null ? Basis.NOT_KNOWN : percent(in.votingPercent())),
                                Basis.of(
                                        "us.solelyForInvestment",
                                        "Held solely for investment",
                                        yesNo(in.solelyForInvestment()))),
                        "16 CFR 801.1(i)(1) and 802.9"));
                return not(exempt);
            }
            default -> {
                return Boolean.TRUE;
            }
        }
    }

    // ---------------------------------------------------------------- shared

    static Basis figuresUsed(FigureSet figures) {
        return Basis.derived("Figures: " + figures.law().title() + " thresholds in force from "
                + figures.effectiveFrom() + " (" + figures.source() + ")"
                + (figures.verificationNote() == null ? "" : "; to verify: " + figures.verificationNote()));
    }

    /** More than {@code figure} in sum; an unknown part leaves it open unless the known parts already exceed it. */
    static Boolean sumAbove(Collection<BigDecimal> parts, BigDecimal figure) {
        BigDecimal known = parts.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (known.compareTo(figure) > 0) {
            return Boolean.TRUE;
        }
        return parts.stream().anyMatch(Objects::isNull) ? null : Boolean.FALSE;
    }

    /** At least two of the values are more than {@code figure}. */
    static Boolean atLeastTwoAbove(List<BigDecimal> values, BigDecimal figure) {
        long above = values.stream()
                .filter(v -> v != null && v.compareTo(figure) > 0)
                .count();
        long unknown = values.stream().filter(Objects::isNull).count();
        return above >= 2 ? Boolean.TRUE : above + unknown < 2 ? Boolean.FALSE : null;
    }

    static Boolean above(BigDecimal value, BigDecimal figure) {
        return value == null ? null : value.compareTo(figure) > 0;
    }

    private static Boolean atLeast(BigDecimal value, BigDecimal figure) {
        return value == null ? null : value.compareTo(figure) >= 0;
    }

    private static String yesNo(Boolean value) {
        return value == null ? Basis.NOT_KNOWN : value ? "yes" : "no";
    }

    private static String name(String name, String fallback) {
        return name == null || name.isBlank() ? fallback : name;
    }

    public static String money(String currency, BigDecimal amount) {
        if (amount == null) {
            return Basis.NOT_KNOWN;
        }
        BigDecimal plain = amount.stripTrailingZeros();
        return currency + " "
                + (plain.scale() <= 0
                        ? String.format(Locale.ENGLISH, "%,d", plain.toBigIntegerExact())
                        : String.format(Locale.ENGLISH, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP)));
    }

    static String percent(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString() + "%";
    }

    /** The figure sets a set of results used, once each, in the order given. */
    public static List<FigureSet> figureSets(FigureSet... used) {
        Map<String, FigureSet> sets = new LinkedHashMap<>();
        for (FigureSet s : used) {
            if (s != null) {
                sets.putIfAbsent(s.law() + "@" + s.effectiveFrom(), s);
            }
        }
        return List.copyOf(sets.values());
    }
}
