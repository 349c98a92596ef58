package eu.competitiondesk.assessments.engine;

import eu.competitiondesk.engine.Basis;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import eu.competitiondesk.referencedata.engine.Periods;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DMA designation questionnaire: the presumption of Art. 3(2) through {@link DmaDesignation}, designation below
 * the thresholds weighed on the factors of Art. 3(8), the conclusions drawn from both, and the notification and
 * designation deadlines a completed assessment sets on its case.
 */
public final class DmaDesignationQuestionnaire implements QuestionnaireKind {

    public static final String ID = "dma-designation";

    private static final List<String> FACTORS = List.of("a", "b", "c", "d", "e", "f", "g");
    private static final List<String> FACTOR_TITLES = List.of(
            "Size, turnover, market capitalisation, operations" + " and position",
            "Numbers of business users and end users",
            "Network effects and data-driven" + " advantages",
            "Scale and scope effects",
            "Lock-in, switching costs and bias against multi-homing",
            "Conglomerate structure or vertical integration",
            "Other structural characteristics");

    /** The criteria of Art. 3(1) and the factors of Art. 3(8) read as evidence for each (docs/methodology.md). */
    private static final List<String> CRITERIA = List.of(
            "significant impact on the internal market",
            "an important gateway for business users to reach end users",
            "an entrenched and durable position");

    private static final List<List<String>> CRITERION_FACTORS =
            List.of(List.of("a", "f"), List.of("b", "c", "e"), List.of("c", "d", "e", "g"));

    /** The DMA engine's inputs and the questions that answer them; services[n] is the (n+1)th service. */
    private static final Pattern SERVICE_INPUT = Pattern.compile("services\\[(\\d+)]\\.(\\w+)");

    static String question(String input) {
        Matcher service = SERVICE_INPUT.matcher(input);
        if (service.matches()) {
            String prefix = "service_" + (Integer.parseInt(service.group(1)) + 1) + "_";
            return switch (service.group(2)) {
                case "monthlyActiveEndUsers" -> prefix + "end_users";
                case "yearlyActiveBusinessUsers" -> prefix + "business_users";
                case "memberStates" -> prefix + "member_states";
                default -> prefix + service.group(2);
            };
        }
        return switch (input) {
            case "unionTurnoverEur" -> "union_turnover";
            case "marketCapitalisationEur" -> "market_cap";
            case "thresholdsMetDate" -> "thresholds_met_date";
            case "notificationDate" -> "notification_date";
            default -> input;
        };
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String undertakingQuestion() {
        return "undertaking_name";
    }

    @Override
    public List<Finding> findings(AnswerSheet answers, ReferenceData reference) {
        return result(answers, reference.periods()).findings();
    }

    @Override
    public List<SetDeadline> deadlines(AnswerSheet answers, ReferenceData reference) {
        DmaDesignation.Result result = result(answers, reference.periods());
        LocalDate opening = answers.date("market_investigation_opening");
        DmaMarketInvestigation.Targets targets =
                opening == null ? null : DmaMarketInvestigation.targets(opening, reference.periods());
        return List.of(
                new SetDeadline("DMA notification deadline", result.notificationDeadline(), "DMA Art. 3(3)"),
                new SetDeadline("DMA designation deadline", result.designationDeadline(), "DMA Art. 3(4)"),
                new SetDeadline(
                        "DMA market investigation: preliminary findings",
                        targets == null ? null : targets.preliminaryFindings(),
                        "DMA Art. 17(2) (a target)",
                        false),
                new SetDeadline(
                        "DMA market investigation: conclusion",
                        targets == null ? null : targets.conclusion(),
                        "DMA Art. 17(1) (a target)",
                        false));
    }

    @Override
    public List<Conclusion> conclusions(List<Finding> findings) {
        Map<String, Finding> byId = Conclusions.byId(findings);
        List<Conclusion> conclusions = new ArrayList<>();
        List<Finding> presumptions =
                findings.stream().filter(f -> f.id().startsWith("presumption:")).toList();
        List<Finding> tests = findings.stream()
                .filter(f -> f.id().equals("size")
                        || f.id().startsWith("users:")
                        || f.id().startsWith("entrenchment:")
                        || f.id().startsWith("member-states:"))
                .toList();
        if (!presumptions.isEmpty() || byId.containsKey("size")) {
            Outcome outcome = presumptions.stream().anyMatch(f -> f.outcome() == Outcome.MET)
                    ? Outcome.MET
                    : presumptions.stream().anyMatch(f -> f.outcome() == Outcome.UNDETERMINED)
                            ? Outcome.UNDETERMINED
                            : Outcome.NOT_MET;
            List<Basis> missing = Conclusions.unknown(tests);
            String statement = switch (outcome) {
                case MET ->
                    "Presumption of gatekeeper status: met for " + Conclusions.names(presumptions, Outcome.MET)
                            + " (Art. 3(2)); the undertaking must notify within two months (Art. 3(3))";
                case UNDETERMINED ->
                    "Presumption of gatekeeper status: cannot tell yet"
                            + (missing.isEmpty()
                                    ? ""
                                    : ", missing: "
                                            + String.join(
                                                    "; ",
                                                    missing.stream()
                                                            .map(b -> Conclusions.lowerFirst(b.label()))
                                                            .toList()));
                default ->
                    presumptions.isEmpty()
                            ? "Presumption of gatekeeper status: no core platform service is assessed"
                            : "Presumption of gatekeeper status: no core platform service assessed"
                                    + " meets it (Art. 3(2))";
            };
            conclusions.add(new Conclusion(
                    "Presumption of gatekeeper status",
                    outcome,
                    statement,
                    Conclusions.reasons(tests, f -> true),
                    missing));
        }
        Finding qualitative = byId.get("qualitative-summary");
        if (qualitative != null) {
            List<Finding> criteria = Conclusions.present(byId, "criterion-a", "criterion-b", "criterion-c");
            conclusions.add(new Conclusion(
                    "Designation below the thresholds",
                    qualitative.outcome(),
                    qualitative.title(),
                    Conclusions.reasons(criteria, f -> true),
                    Conclusions.unknown(findings.stream()
                            .filter(f -> f.id().startsWith("factor-") && f.outcome() == Outcome.NOT_ASSESSED)
                            .toList())));
        }
        List<Finding> deadlines = Conclusions.present(
                byId, "notification-deadline", "designation-deadline", "market-investigation-targets");
        if (!deadlines.isEmpty()) {
            conclusions.add(new Conclusion(
                    "Deadlines",
                    Outcome.INFORMATION,
                    String.join("; ", deadlines.stream().map(Finding::title).toList()),
                    Conclusions.reasons(deadlines, f -> true),
                    List.of()));
        }
        return conclusions;
    }

    /** The DMA result, for the findings and for the deadlines the case's key dates take over. */
    public static DmaDesignation.Result result(AnswerSheet a, Periods periods) {
        int last = a.decimal("last_financial_year").intValue();
        List<DmaDesignation.Service> services = new ArrayList<>();
        services.add(service(a, 1));
        if (a.yes("add_service_2")) {
            services.add(service(a, 2));
            if (a.yes("add_service_3")) {
                services.add(service(a, 3));
            }
        }
        DmaDesignation.Result result = DmaDesignation.evaluate(
                new DmaDesignation.Input(
                        List.of(last - 2, last - 1, last),
                        a.decimals("union_turnover"),
                        a.decimal("market_cap"),
                        a.date("thresholds_met_date"),
                        a.date("notification_date"),
                        services),
                periods);
        List<Finding> findings = new ArrayList<>(result.findings().stream()
                .map(f -> f.withInputs(DmaDesignationQuestionnaire::question))
                .toList());
        DmaMarketInvestigation.QualitativeRoute qualitativeRoute =
                DmaMarketInvestigation.qualitativeRoute(result.presumptionMet(), result.services());
        if (Boolean.TRUE.equals(qualitativeRoute.indicated())) {
            findings.add(new Finding(
                    "qualitative-route",
                    Outcome.INFORMATION,
                    "A service fails the presumption on the user thresholds: designation would need a market"
                            + " investigation on the criteria of Art. 3(8)",
                    "Below the thresholds of Art. 3(2), the Commission may designate after a market investigation",
                    List.of(Basis.derived("The users test of Art. 3(2)(b) or the entrenchment test of Art. 3(2)(c) is"
                            + " not met for at least one service, and no presumption is met")),
                    "DMA " + qualitativeRoute.source()));
        }
        LocalDate opening = a.date("market_investigation_opening");
        if (opening != null) {
            DmaMarketInvestigation.Targets targets = DmaMarketInvestigation.targets(opening, periods);
            findings.add(new Finding(
                    "market-investigation-targets",
                    Outcome.INFORMATION,
                    "Market investigation: preliminary findings by "
                            + targets.preliminaryFindingsTarget().date()
                            + ", conclusion by " + targets.conclusionTarget().date()
                            // Worded without "not": a conclusion joins these lines, and two negations read badly.
                            + " (targets the Commission endeavours to meet, no binding deadlines"
                            + (targets.holidaysKnown()
                                    ? ""
                                    : "; weekends alone were skipped in a year whose Commission holidays are unknown")
                            + ")",
                    "Six and twelve months from the opening, counted as Regulation 1182/71 counts months; the"
                            + " Commission shall endeavour to meet them",
                    List.of(a.cite("Opened on", "market_investigation_opening")),
                    "DMA Art. 17(1) and (2)"));
        }
        String route = a.text("route");
        if ("QUALITATIVE".equals(route) || "BOTH".equals(route)) {
            List<Outcome> factorOutcomes = new ArrayList<>();
            for (int i = 0; i < FACTORS.size(); i++) {
                String question = "factor_" + FACTORS.get(i);
                String value = a.text(question);
                Outcome outcome = value == null
                        ? Outcome.NOT_ASSESSED
                        : switch (value) {
                            case "TOWARDS" -> Outcome.POINTS_TOWARDS;
                            case "AWAY" -> Outcome.POINTS_AWAY;
                            case "NEUTRAL" -> Outcome.NEUTRAL;
                            default -> Outcome.NOT_ASSESSED;
                        };
                factorOutcomes.add(outcome);
                findings.add(new Finding(
                        "factor-" + FACTORS.get(i),
                        outcome,
                        "(" + FACTORS.get(i) + ") " + FACTOR_TITLES.get(i),
                        "A factor the Commission weighs when designating below the" + " thresholds",
                        List.of(a.cite("Assessment", question)),
                        "DMA Art. 3(8)(" + FACTORS.get(i) + ")"));
            }
            List<Outcome> criteria = new ArrayList<>();
            for (int c = 0; c < CRITERIA.size(); c++) {
                Outcome criterion = weigh(CRITERION_FACTORS.get(c).stream()
                        .map(f -> factorOutcomes.get(FACTORS.indexOf(f)))
                        .toList());
                criteria.add(criterion);
                List<Basis> basis = CRITERION_FACTORS.get(c).stream()
                        .map(f -> Basis.of(
                                "factor_" + f,
                                "(" + f + ") " + FACTOR_TITLES.get(FACTORS.indexOf(f)),
                                words(factorOutcomes.get(FACTORS.indexOf(f)))))
                        .toList();
                findings.add(new Finding(
                        "criterion-" + "abc".charAt(c),
                        criterion,
                        "Art. 3(1)(" + "abc".charAt(c) + ") " + CRITERIA.get(c) + ": " + summary(criterion),
                        "The factors of Art. 3(8) are weighed"
                                + " as evidence for each criterion of Art. 3(1), some or all of them; they are not counted."
                                + " A factor that points both ways is for the case team to weigh",
                        basis,
                        "DMA Art. 3(1) and 3(8)"));
            }
            Outcome overall = criteria.contains(Outcome.POINTS_AWAY)
                    ? Outcome.POINTS_AWAY
                    : criteria.stream().allMatch(o -> o == Outcome.POINTS_TOWARDS)
                            ? Outcome.POINTS_TOWARDS
                            : Outcome.UNDETERMINED;
            findings.add(new Finding(
                    "qualitative-summary",
                    overall,
                    "Designation below the thresholds: "
                            + switch (overall) {
                                case POINTS_TOWARDS -> "the evidence points towards all three criteria of Art. 3(1)";
                                case POINTS_AWAY -> "the evidence points away from at least one criterion of Art. 3(1)";
                                default ->
                                    "cannot tell yet, not every criterion of Art. 3(1) is supported by the factors";
                            },
                    "Designation through a market investigation needs all three criteria of Art. 3(1), weighed on"
                            + " some or all of the factors (a) to (g); the Commission endeavours to conclude within 12 months",
                    List.of(a.cite("Route", "route")),
                    "DMA Art. 3(1), 3(8) and Art. 17"));
        }
        if (a.yes("has_rebuttal")) {
            findings.add(new Finding(
                    "rebuttal",
                    Outcome.INFORMATION,
                    "Rebuttal arguments submitted",
                    "The"
                            + " undertaking may rebut the presumption with sufficiently substantiated arguments; the burden"
                            + " is on it",
                    List.of(a.cite("Rebuttal", "rebuttal_arguments")),
                    "DMA Art. 3(5); Recital 23"));
        }
        return new DmaDesignation.Result(
                result.sizeTestMet(),
                result.sizeBasis(),
                result.services(),
                result.presumptionMet(),
                result.notificationDeadline(),
                result.designationDeadline(),
                findings);
    }

    /** Weighs factors: one way only when all assessed factors lean that way or are neutral; both ways is open. */
    static Outcome weigh(List<Outcome> factors) {
        boolean towards = factors.contains(Outcome.POINTS_TOWARDS);
        boolean away = factors.contains(Outcome.POINTS_AWAY);
        if (towards && !away) {
            return Outcome.POINTS_TOWARDS;
        }
        if (away && !towards) {
            return Outcome.POINTS_AWAY;
        }
        if (!towards && factors.stream().allMatch(o -> o == Outcome.NEUTRAL)) {
            return Outcome.NEUTRAL;
        }
        return Outcome.UNDETERMINED;
    }

    private static String summary(Outcome criterion) {
        return switch (criterion) {
            case POINTS_TOWARDS -> "the factors assessed point towards it";
            case POINTS_AWAY -> "the factors assessed point away from it";
            case NEUTRAL -> "the factors assessed are neutral";
            default -> "cannot tell yet (factors not assessed, or pointing both ways: to be weighed)";
        };
    }

    private static String words(Outcome factor) {
        return switch (factor) {
            case POINTS_TOWARDS -> "points towards";
            case POINTS_AWAY -> "points away";
            case NEUTRAL -> "neutral";
            default -> "yet to be assessed";
        };
    }

    private static DmaDesignation.Service service(AnswerSheet a, int n) {
        String p = "service_" + n + "_";
        return new DmaDesignation.Service(
                a.text(p + "name"),
                CoreService.valueOf(a.text(p + "category")),
                a.decimal(p + "member_states").intValue(),
                a.wholeNumbers(p + "end_users", 3),
                a.wholeNumbers(p + "business_users", 3));
    }
}
