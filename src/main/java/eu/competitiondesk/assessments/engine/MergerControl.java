package eu.competitiondesk.assessments.engine;

import static eu.competitiondesk.engine.ThreeValued.and;
import static eu.competitiondesk.engine.ThreeValued.met;
import static eu.competitiondesk.engine.ThreeValued.or;
import static eu.competitiondesk.engine.ThreeValued.outcome;

import eu.competitiondesk.engine.Basis;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import eu.competitiondesk.engine.ThreeValued;
import eu.competitiondesk.referencedata.engine.ExchangeRates;
import eu.competitiondesk.referencedata.engine.Figure;
import eu.competitiondesk.referencedata.engine.FigureSet;
import eu.competitiondesk.referencedata.engine.FigureSets;
import eu.competitiondesk.referencedata.engine.Jurisdiction;
import eu.competitiondesk.referencedata.engine.MergerThresholds;
import eu.competitiondesk.referencedata.engine.ThresholdLaw;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merger-control questionnaire's rules: whether the transaction is a concentration (EU), a relevant merger
 * situation (UK) and a reportable transaction (US), from the answers and the figure sets in force on the date the
 * officer names; then the US minority-interest factors and the partnership factors of the FTC's 2025 report. The
 * threshold tests are those of {@link MergerThresholds}, the same as the JSON API's. Readings: docs/methodology.md,
 * "Merger control".
 */
final class MergerControl {

    static final String FTC_REPORT = "FTC staff report on AI partnerships and investments (January 2025)";
    private static final String GUIDELINE_11 = "2023 Merger Guidelines, Guideline 11";

    /** The kinds of EU control an acquirer can gain, in the questionnaire's values. */
    private static final Map<String, String> EU_CONTROL = Map.of(
            "SOLE",
            "sole control",
            "DE_FACTO_SOLE",
            "sole control in fact (a stable majority at shareholder meetings)",
            "NEGATIVE_SOLE",
            "negative sole control (a sole veto over strategic decisions)",
            "JOINT",
            "joint control");

    /** The UK levels of s.26, lowest first. */
    private static final List<String> UK_LEVELS =
            List.of("NONE", "MATERIAL_INFLUENCE", "DE_FACTO_CONTROL", "CONTROLLING_INTEREST");

    private static final List<String> UK_LEVEL_WORDS =
            List.of("less than material influence", "material influence", "de facto control", "a controlling interest");

    /** The factors of the FTC's report and the arrangements that show each. */
    static final List<Map.Entry<String, List<String>>> FTC_FACTORS = List.of(
            Map.entry("Equity and revenue-sharing rights", List.of("stake_percent", "revenue_sharing")),
            Map.entry(
                    "Consultation, control and exclusivity rights",
                    List.of("board_seats", "veto_rights", "consultation_rights", "exclusivity")),
            Map.entry(
                    "Commitments to spend on the partner's cloud, and discounted compute",
                    List.of("compute_commitments", "credits")),
            Map.entry("Access to sensitive technical and business information", List.of("information_access")),
            Map.entry("Switching costs for the AI developer", List.of("switching_costs")),
            Map.entry("Access to talent", List.of("talent")));

    private static final Map<String, String> ARRANGEMENT_LABELS = Map.ofEntries(
            Map.entry("stake_percent", "Equity stake"),
            Map.entry("revenue_sharing", "Revenue-sharing or profit rights"),
            Map.entry("board_seats", "Board seats or observers"),
            Map.entry("veto_rights", "Veto rights"),
            Map.entry("consultation_rights", "Consultation or information rights"),
            Map.entry("exclusivity", "Exclusivity"),
            Map.entry("compute_commitments", "Cloud spending commitments"),
            Map.entry("credits", "Cloud credits or discounted compute"),
            Map.entry("information_access", "Access to non-public information"),
            Map.entry("switching_costs", "Switching costs"),
            Map.entry("talent", "Hiring of the target's staff"));

    /** The thresholds engine's name for an undertaking's input: eu.undertakings[i].field. */
    private static final Pattern UNDERTAKING_INPUT = Pattern.compile("eu\\.undertakings\\[(\\d+)]\\.(\\w+)");

    private MergerControl() {}

    static List<Finding> findings(AnswerSheet a, FigureSets figureSets, ExchangeRates rates) {
        List<Finding> findings = new ArrayList<>();
        LocalDate day = a.date("thresholds_date");
        eu(
                a,
                figureSet(figureSets, ThresholdLaw.EUMR, day),
                new RegimeAmounts(a, Jurisdiction.EU, "eu_financial_year", rates),
                findings);
        uk(
                a,
                figureSet(figureSets, ThresholdLaw.EA2002_S23, day),
                new RegimeAmounts(a, Jurisdiction.UK, "uk_financial_year", rates),
                findings);
        us(
                a,
                figureSet(figureSets, ThresholdLaw.HSR, day),
                figureSet(figureSets, ThresholdLaw.CLAYTON_8, day),
                new RegimeAmounts(a, Jurisdiction.US, "us_financial_year", rates),
                findings);
        ftc(a, findings);
        return findings;
    }

    private static Optional<FigureSet> figureSet(FigureSets sets, ThresholdLaw law, LocalDate day) {
        return day == null ? Optional.empty() : sets.inForce(law, day);
    }

    // ---------------------------------------------------------------- EU

    private static void eu(AnswerSheet a, Optional<FigureSet> figures, RegimeAmounts amounts, List<Finding> findings) {
        String type = a.text("eu_control_type");
        Boolean control = type == null || type.equals("NOT_KNOWN") ? null : EU_CONTROL.containsKey(type);
        List<Basis> controlBasis = List.of(
                a.cite("What the acquirer gains", "eu_control_type"),
                a.cite("Equity stake", "stake_percent"),
                a.cite("Voting rights", "voting_percent"),
                a.cite("Veto rights over strategic decisions", "veto_rights"),
                a.cite("Board seats or observers", "board_seats"));
        findings.add(new Finding(
                "eu-control",
                outcome(control),
                "Acquisition of control: "
                        + (control == null
                                ? ThreeValued.CANNOT_TELL
                                : control
                                        ? EU_CONTROL.get(type)
                                        : "no, no decisive influence over strategic" + " decisions"),
                "Control is the possibility of exercising decisive influence on the target's"
                        + " strategic decisions, alone or jointly, by rights, contracts or any other means, in law or in"
                        + " fact",
                controlBasis,
                "EUMR Art. 3(2); Consolidated Jurisdictional Notice, paras 54-82"));

        Boolean fullFunction = Boolean.TRUE;
        if ("JOINT".equals(type)) {
            fullFunction = a.yesNo("eu_full_function");
            findings.add(new Finding(
                    "eu-full-function",
                    outcome(fullFunction),
                    "Full-function joint venture: " + word(fullFunction),
                    "Joint control is a concentration where the joint venture performs on a"
                            + " lasting basis all the functions of an autonomous economic entity",
                    List.of(a.cite("Full-function joint venture", "eu_full_function")),
                    "EUMR Art. 3(4); Austria Asphalt, C-248/16"));
        }
        Boolean parts = Boolean.FALSE;
        if (a.answers().getOrDefault("acquired", List.of()).stream()
                .anyMatch(v -> v.equals("ASSETS") || v.equals("LICENCE_STAFF"))) {
            parts = a.yesNo("eu_parts");
            findings.add(new Finding(
                    "eu-parts",
                    outcome(parts),
                    "Acquisition of a part of an undertaking: " + word(parts),
                    "Assets are a part of an undertaking where they have a market presence to which"
                            + " turnover can be attributed, such as a licence together with the staff who use it",
                    List.of(
                            a.cite("What is acquired", "acquired"),
                            a.cite("Market presence of the assets", "eu_parts")),
                    "EUMR Art. 3(1)(b); Consolidated Jurisdictional Notice, para 24"));
        }
        Boolean lasting = a.yesNo("eu_lasting");
        findings.add(new Finding(
                "eu-lasting",
                outcome(lasting),
                "Change on a lasting basis: " + word(lasting),
                "Only a change of control on a lasting basis is a concentration",
                List.of(a.cite("Lasting basis", "eu_lasting")),
                "EUMR Art. 3(1); Consolidated Jurisdictional Notice, paras 28-35"));
        Boolean concentration = and(or(and(control, fullFunction), parts), lasting);
        findings.add(new Finding(
                "eu-concentration",
                outcome(concentration),
                "A concentration under Art. 3 EUMR: " + word(concentration),
                "A lasting change of control of the whole or parts of an undertaking (a"
                        + " jointly controlled target must be full-function)",
                List.of(),
                "EUMR Art. 3"));

        if (figures.isEmpty()) {
            findings.add(noFigures(a, "eu-dimension", "EU dimension", "EUMR Art. 1"));
            return;
        }
        List<MergerThresholds.EuUndertaking> undertakings = new ArrayList<>();
        List<String> roles = new ArrayList<>(List.of("acquirer", "target"));
        if ("JOINT".equals(type)) {
            roles.add("other");
        }
        for (String role : roles) {
            String name = undertakingName(a, role);
            undertakings.add(new MergerThresholds.EuUndertaking(
                    name,
                    amounts.amount("eu_" + role + "_worldwide", name + ": worldwide turnover"),
                    amounts.amount("eu_" + role + "_union", name + ": Union-wide turnover"),
                    amounts.memberStates("eu_" + role + "_states", name + ": turnover")));
        }
        amounts.finding("eu-amounts", "Consolidated Jurisdictional Notice, paras 204-206")
                .ifPresent(findings::add);
        MergerThresholds.EuResult eu = MergerThresholds.eu(undertakings, figures.get());
        findings.addAll(eu.findings().stream()
                .map(f -> f.withInputs(input -> euQuestion(input, roles)))
                .toList());

        if (!Boolean.TRUE.equals(eu.dimension()) && !Boolean.FALSE.equals(concentration)) {
            String referral = a.text("eu_member_state_jurisdiction");
            Boolean stateJurisdiction = present(referral);
            findings.add(new Finding(
                    "eu-article-22",
                    outcome(stateJurisdiction),
                    "Referral to the Commission under"
                            + " Art. 22: "
                            + (stateJurisdiction == null
                                    ? ThreeValued.CANNOT_TELL
                                    : stateJurisdiction
                                            ? "possible, a Member State has jurisdiction under its own law"
                                            : "excluded, as no Member State has jurisdiction under its own law"),
                    "A Member State"
                            + " may refer a concentration without an EU dimension only where its own law gives it"
                            + " jurisdiction (its thresholds or a call-in power)",
                    List.of(a.cite("A Member State has" + " jurisdiction", "eu_member_state_jurisdiction")),
                    "EUMR Art. 22; Illumina v Commission," + " C-611/22 P and C-625/22 P"));
        }
    }

    private static String undertakingName(AnswerSheet a, String role) {
        return switch (role) {
            case "acquirer" -> a.text("acquirer");
            case "target" -> a.text("target");
            default -> "Other parent";
        };
    }

    private static String euQuestion(String input, List<String> roles) {
        Matcher m = UNDERTAKING_INPUT.matcher(input);
        if (!m.matches()) {
            return input;
        }
        String prefix = "eu_" + roles.get(Integer.parseInt(m.group(1))) + "_";
        return prefix
                + switch (m.group(2)) {
                    case "worldwideTurnoverEur" -> "worldwide";
                    case "euTurnoverEur" -> "union";
                    default -> "states";
                };
    }

    // ---------------------------------------------------------------- UK

    private static void uk(AnswerSheet a, Optional<FigureSet> figures, RegimeAmounts amounts, List<Finding> findings) {
        int before = UK_LEVELS.indexOf(a.text("uk_level_before"));
        int after = UK_LEVELS.indexOf(a.text("uk_level_after"));
        Boolean distinct = before < 0 || after < 0 ? null : after > before && after > 0;
        String title = distinct == null
                ? ThreeValued.CANNOT_TELL
                : distinct
                        ? "yes, from " + UK_LEVEL_WORDS.get(before) + " to " + UK_LEVEL_WORDS.get(after)
                        : after == 0
                                ? "no, the acquirer has less than material influence"
                                : "no, the acquirer held " + UK_LEVEL_WORDS.get(before)
                                        + " already and does not move to a higher" + " level";
        findings.add(new Finding(
                "uk-distinct",
                outcome(distinct),
                "Enterprises cease to be distinct: " + title,
                "Enterprises cease to be distinct when brought under common ownership or control: material"
                        + " influence, de facto control or a controlling interest; a move from one level to a higher one is"
                        + " a new merger situation",
                List.of(a.cite("Level before", "uk_level_before"), a.cite("Level" + " after", "uk_level_after")),
                "Enterprise Act 2002 s.26 and s.29"));
        BigDecimal stake = a.decimal("stake_percent");
        if (stake != null) {
            String reading = stake.compareTo(new BigDecimal("25")) >= 0
                    ? "25% or more generally gives material" + " influence"
                    : stake.compareTo(new BigDecimal("15")) >= 0
                            ? "from 15% to less than 25% may give" + " material influence, with other factors"
                            : "below 15% gives material influence only" + " exceptionally";
            // The band, not the figure, in the title: the stake may be a business secret, redacted in the basis.
            findings.add(new Finding(
                    "uk-stake",
                    Outcome.INFORMATION,
                    "Equity stake: " + reading,
                    "The CMA's guidance reads a stake with the rights and the commercial"
                            + " relationship around it; the percentages are indications, not thresholds (to verify against"
                            + " the current guidance)",
                    List.of(a.cite("Equity stake", "stake_percent")),
                    "CMA2 (jurisdiction and procedure guidance, revised 2025)"));
        }
        if (figures.isEmpty()) {
            findings.add(noFigures(a, "uk-jurisdiction", "UK jurisdiction thresholds", "Enterprise Act 2002 s.23"));
        } else {
            MergerThresholds.UkInput input = new MergerThresholds.UkInput(
                    amounts.amount("uk_target_turnover", "Target's UK turnover"),
                    List.of(new MergerThresholds.UkParty(
                            a.text("acquirer"), amounts.amount("uk_acquirer_turnover", "Acquirer's UK turnover"))),
                    a.decimal("uk_share_of_supply"),
                    a.yesNo("uk_share_increment"),
                    new MergerThresholds.UkHybrid(
                            a.decimal("uk_hybrid_share"),
                            amounts.amount("uk_hybrid_turnover", "Hybrid test: that party's UK turnover"),
                            a.yesNo("uk_other_nexus")));
            amounts.finding("uk-amounts", "Enterprise Act 2002 s.28; the product's reading: docs/methodology.md")
                    .ifPresent(findings::add);
            MergerThresholds.UkResult uk = MergerThresholds.uk(input, figures.get());
            findings.addAll(rename(
                    uk.findings(),
                    Map.of(
                            "uk.targetUkTurnoverGbp",
                            "uk_target_turnover",
                            "uk.parties[0].ukTurnoverGbp",
                            "uk_acquirer_turnover",
                            "uk.shareOfSupplyPercent",
                            "uk_share_of_supply",
                            "uk.shareIncrement",
                            "uk_share_increment",
                            "uk.hybrid.shareOfSupplyPercent",
                            "uk_hybrid_share",
                            "uk.hybrid.ukTurnoverGbp",
                            "uk_hybrid_turnover",
                            "uk.hybrid.otherPartyUkNexus",
                            "uk_other_nexus")));
        }
        Boolean jurisdiction = findings.stream()
                .filter(f -> f.id().equals("uk-jurisdiction"))
                .findFirst()
                .map(f -> met(f.outcome()))
                .orElse(null);
        Boolean situation = and(distinct, jurisdiction);
        findings.add(new Finding(
                "uk-relevant-merger-situation",
                outcome(situation),
                "A relevant merger situation: " + word(situation),
                "Two or more enterprises cease to be distinct and the jurisdiction thresholds are" + " met",
                List.of(),
                "Enterprise Act 2002 s.23"));
    }

    // ---------------------------------------------------------------- US

    private static void us(
            AnswerSheet a,
            Optional<FigureSet> figures,
            Optional<FigureSet> interlockFigures,
            RegimeAmounts amounts,
            List<Finding> findings) {
        if (figures.isEmpty()) {
            findings.add(noFigures(a, "us-reportable", "HSR notification", "15 U.S.C. 18a (HSR Act)"));
        } else {
            String interest = a.text("us_interest");
            BigDecimal size = amounts.amount("us_size_of_transaction", "Size of transaction");
            BigDecimal acquiring = amounts.amount("us_acquiring_person", "Acquiring person's net sales or assets");
            BigDecimal acquired = amounts.amount("us_acquired_person", "Acquired person's net sales or assets");
            amounts.finding(
                            "us-amounts",
                            "16 CFR 801.10 (value of the acquisition); the product's reading:" + " docs/methodology.md")
                    .ifPresent(findings::add);
            MergerThresholds.UsResult us = MergerThresholds.us(
                    new MergerThresholds.UsInput(
                            size,
                            acquiring,
                            acquired,
                            interest == null || interest.equals("NOT_KNOWN")
                                    ? null
                                    : MergerThresholds.UsInterest.valueOf(interest),
                            a.decimal("us_profits_or_assets"),
                            a.decimal("voting_percent"),
                            a.yesNo("us_solely_investment")),
                    figures.get());
            List<Finding> renamed = rename(
                    us.findings(),
                    Map.of(
                            "us.sizeOfTransactionUsd",
                            "us_size_of_transaction",
                            "us.acquiringPersonUsd",
                            "us_acquiring_person",
                            "us.acquiredPersonUsd",
                            "us_acquired_person",
                            "us.profitsOrAssetsPercent",
                            "us_profits_or_assets",
                            "us.votingPercent",
                            "voting_percent",
                            "us.solelyForInvestment",
                            "us_solely_investment"));
            for (Finding f : renamed) {
                // What is acquired decides which rule applies: cite it where the engine's result rests on it.
                if (f.id().equals("us-reportable")) {
                    List<Basis> basis = new ArrayList<>(List.of(a.cite("What is acquired", "us_interest")));
                    basis.addAll(f.basis());
                    f = new Finding(f.id(), f.outcome(), f.title(), f.rule(), basis, f.source());
                }
                findings.add(f);
            }
        }
        factor(a, findings, "g11-influence", "g11_influence", "Ability to influence the target", GUIDELINE_11);
        factor(
                a,
                findings,
                "g11-incentive",
                "g11_incentive",
                "Reduced incentive to compete with the target",
                GUIDELINE_11);
        factor(
                a,
                findings,
                "g11-information",
                "g11_information",
                "Access to the target's non-public, competitively" + " sensitive information",
                GUIDELINE_11);
        factor(
                a,
                findings,
                "us-interlock",
                "us_interlock",
                "Interlocking directorates or officers between competitors ("
                        + interlockFigures
                                .map(set -> "s.8 reaches them where each corporation's capital, surplus and undivided"
                                        + " profits are more than "
                                        + MergerThresholds.money("USD", set.amount(Figure.US_INTERLOCK_CAPITAL))
                                        + ", unless the competitive sales of either are less than "
                                        + MergerThresholds.money(
                                                "USD", set.amount(Figure.US_INTERLOCK_COMPETITIVE_SALES))
                                        + " or 2% of its sales, or of each less than 4%: the figures in force from "
                                        + set.effectiveFrom()
                                        + "; the thresholds API applies them to the corporations' figures")
                                .orElse("the s.8 figures depend on the date, which is not given or has no set")
                        + ")",
                "Clayton Act s.8 (15 U.S.C. 19)");
    }

    private static void factor(
            AnswerSheet a, List<Finding> findings, String id, String question, String title, String source) {
        Boolean present = present(a.text(question));
        Outcome outcome =
                present == null ? Outcome.NOT_ASSESSED : present ? Outcome.POINTS_TOWARDS : Outcome.POINTS_AWAY;
        findings.add(new Finding(
                id,
                outcome,
                title + ": "
                        + (present == null
                                ? "not assessed yet"
                                : present
                                        ? "present, points towards a lessening of competition"
                                        : "absent, points away from it"),
                "A partial interest can lessen competition through the acquirer's influence, its reduced incentive"
                        + " to compete, or its access to the target's information, whether or not it is reportable",
                List.of(a.cite(title, question)),
                source));
    }

    // ---------------------------------------------------------------- FTC partnership factors

    private static void ftc(AnswerSheet a, List<Finding> findings) {
        for (int i = 0; i < FTC_FACTORS.size(); i++) {
            Map.Entry<String, List<String>> factor = FTC_FACTORS.get(i);
            List<String> presentHere = new ArrayList<>();
            List<String> absent = new ArrayList<>();
            List<String> open = new ArrayList<>();
            List<Basis> basis = new ArrayList<>();
            for (String question : factor.getValue()) {
                String label = ARRANGEMENT_LABELS.get(question);
                basis.add(a.cite(label, question));
                if (question.equals("stake_percent")) {
                    // The stake itself may be a business secret: the title names it, the basis holds the figure.
                    (a.has(question) ? presentHere : open).add(lowerFirst(label));
                    continue;
                }
                Boolean present = present(a.text(question));
                (present == null ? open : present ? presentHere : absent).add(lowerFirst(label));
            }
            List<String> parts = new ArrayList<>();
            if (!presentHere.isEmpty()) {
                parts.add("present: " + String.join(", ", presentHere));
            }
            if (!absent.isEmpty()) {
                parts.add("absent: " + String.join(", ", absent));
            }
            if (!open.isEmpty()) {
                parts.add("unknown: " + String.join(", ", open));
            }
            findings.add(new Finding(
                    "ftc-factor-" + (i + 1),
                    Outcome.INFORMATION,
                    factor.getKey() + ": " + String.join("; ", parts),
                    "A factor the FTC's staff examined in AI partnerships; the evidence" + " is given with each answer",
                    basis,
                    FTC_REPORT));
        }
    }

    // ---------------------------------------------------------------- shared

    private static Finding noFigures(AnswerSheet a, String id, String what, String source) {
        LocalDate day = a.date("thresholds_date");
        return new Finding(
                id,
                Outcome.UNDETERMINED,
                what + ": cannot tell yet, "
                        + (day == null
                                ? "the date the" + " thresholds are applied on is not known"
                                : "no figure set is in force on " + day + "; an"
                                        + " administrator adds it on the merger thresholds page"),
                "The thresholds are those in force on" + " the date named",
                List.of(a.cite("Date the thresholds are applied on", "thresholds_date")),
                source);
    }

    private static List<Finding> rename(List<Finding> findings, Map<String, String> questions) {
        UnaryOperator<String> names = input -> questions.getOrDefault(input, input);
        return findings.stream().map(f -> f.withInputs(names)).toList();
    }

    /** An arrangement answered yes, no or not known (null also where unanswered). */
    private static Boolean present(String answer) {
        return answer == null || answer.equals("NOT_KNOWN") ? null : answer.equals("PRESENT");
    }

    private static String word(Boolean met) {
        return ThreeValued.word(met, "yes", "no");
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
