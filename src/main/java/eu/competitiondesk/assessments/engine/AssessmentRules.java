package eu.competitiondesk.assessments.engine;

import eu.competitiondesk.deadlines.engine.Periods;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the answers of a questionnaire into findings, through the same rule engines as the stateless API. Each
 * finding names its rule, the answers it rests on and its legal source. Question ids are those of the shipped
 * questionnaire files (questionnaires/*.json).
 */
public final class AssessmentRules {

    public static final String DMA = "dma-designation";
    public static final String EXCLUSIVITY = "exclusivity";
    public static final String MERGER_CONTROL = "merger-control";

    private static final List<String> FACTORS = List.of("a", "b", "c", "d", "e", "f", "g");
    private static final List<String> FACTOR_TITLES = List.of("Size, turnover, market capitalisation, operations"
            + " and position", "Numbers of business users and end users", "Network effects and data-driven"
            + " advantages", "Scale and scope effects", "Lock-in, switching costs and bias against multi-homing",
            "Conglomerate structure or vertical integration", "Other structural characteristics");

    /** The criteria of Art. 3(1) and the factors of Art. 3(8) read as evidence for each (docs/methodology.md). */
    private static final List<String> CRITERIA = List.of("significant impact on the internal market",
            "an important gateway for business users to reach end users", "an entrenched and durable position");
    private static final List<List<String>> CRITERION_FACTORS = List.of(List.of("a", "f"), List.of("b", "c", "e"),
            List.of("c", "d", "e", "g"));

    /** The exclusivity screen's inputs and the questions that answer them. */
    private static final java.util.Map<String, String> EXCLUSIVITY_QUESTIONS = java.util.Map.ofEntries(
            java.util.Map.entry("supplierShare", "supplier_share"), java.util.Map.entry("buyerShare", "buyer_share"),
            java.util.Map.entry("restraintType", "restraint_type"),
            java.util.Map.entry("requirementsSharePercent", "requirements_share"),
            java.util.Map.entry("durationMonths", "duration_months"), java.util.Map.entry("tacitRenewal", "tacit_renewal"),
            java.util.Map.entry("terminableWithReasonableNotice", "terminable"),
            java.util.Map.entry("partiesAreCompetitors", "parties_compete"),
            java.util.Map.entry("dualDistribution", "dual_distribution"),
            java.util.Map.entry("informationExchangeBeyondAgreement", "information_exchange"),
            java.util.Map.entry("parallelNetworks", "parallel_networks"),
            java.util.Map.entry("tiedMarketShare", "tied_market_share"), java.util.Map.entry("shareYear", "share_year"),
            java.util.Map.entry("assessmentYear", "assessment_year"),
            java.util.Map.entry("yearFirstAbove30", "year_first_above_30"),
            java.util.Map.entry("yearFirstAbove35", "year_first_above_35"),
            java.util.Map.entry("dominantPartyShare", "dominant_share"));

    /** The DMA engine's inputs and the questions that answer them; services[n] is the (n+1)th service. */
    private static final java.util.regex.Pattern SERVICE_INPUT = java.util.regex.Pattern.compile(
            "services\\[(\\d+)]\\.(\\w+)");

    static String dmaQuestion(String input) {
        java.util.regex.Matcher service = SERVICE_INPUT.matcher(input);
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

    private AssessmentRules() {
    }

    public static List<Finding> findings(String questionnaireId, AnswerSheet answers, ReferenceData reference) {
        return switch (questionnaireId) {
            case DMA -> dma(answers, reference.periods()).findings();
            case EXCLUSIVITY -> exclusivity(answers);
            case MERGER_CONTROL -> MergerControl.findings(answers, reference.mergerFigures());
            default -> throw new IllegalArgumentException("no rules for questionnaire " + questionnaireId);
        };
    }

    /** The DMA result, for the findings and for the deadlines the case's key dates take over. */
    public static DmaDesignation.Result dma(AnswerSheet a, Periods periods) {
        int last = a.decimal("last_financial_year").intValue();
        List<DmaDesignation.Service> services = new ArrayList<>();
        services.add(service(a, 1));
        if (a.yes("add_service_2")) {
            services.add(service(a, 2));
            if (a.yes("add_service_3")) {
                services.add(service(a, 3));
            }
        }
        DmaDesignation.Result result = DmaDesignation.evaluate(new DmaDesignation.Input(List.of(last - 2, last - 1,
                last), a.decimals("union_turnover"), a.decimal("market_cap"), a.date("thresholds_met_date"),
                a.date("notification_date"), services), periods);
        List<Finding> findings = new ArrayList<>(result.findings().stream().map(f -> f.withInputs(
                AssessmentRules::dmaQuestion)).toList());
        String route = a.text("route");
        if ("QUALITATIVE".equals(route) || "BOTH".equals(route)) {
            List<Outcome> factorOutcomes = new ArrayList<>();
            for (int i = 0; i < FACTORS.size(); i++) {
                String question = "factor_" + FACTORS.get(i);
                String value = a.text(question);
                Outcome outcome = value == null ? Outcome.NOT_ASSESSED : switch (value) {
                    case "TOWARDS" -> Outcome.POINTS_TOWARDS;
                    case "AWAY" -> Outcome.POINTS_AWAY;
                    case "NEUTRAL" -> Outcome.NEUTRAL;
                    default -> Outcome.NOT_ASSESSED;
                };
                factorOutcomes.add(outcome);
                findings.add(new Finding("factor-" + FACTORS.get(i), outcome, "(" + FACTORS.get(i) + ") "
                        + FACTOR_TITLES.get(i), "A factor the Commission weighs when designating below the"
                        + " thresholds", List.of(a.cite("Assessment", question)), "DMA Art. 3(8)(" + FACTORS.get(i)
                        + ")"));
            }
            List<Outcome> criteria = new ArrayList<>();
            for (int c = 0; c < CRITERIA.size(); c++) {
                Outcome criterion = weigh(CRITERION_FACTORS.get(c).stream().map(f -> factorOutcomes.get(
                        FACTORS.indexOf(f))).toList());
                criteria.add(criterion);
                List<Basis> basis = CRITERION_FACTORS.get(c).stream().map(f -> Basis.of("factor_" + f, "(" + f + ") "
                        + FACTOR_TITLES.get(FACTORS.indexOf(f)), words(factorOutcomes.get(FACTORS.indexOf(f)))))
                        .toList();
                findings.add(new Finding("criterion-" + "abc".charAt(c), criterion, "Art. 3(1)(" + "abc".charAt(c)
                        + ") " + CRITERIA.get(c) + ": " + summary(criterion), "The factors of Art. 3(8) are weighed"
                        + " as evidence for each criterion of Art. 3(1), some or all of them; they are not counted."
                        + " A factor that points both ways is for the case team to weigh", basis,
                        "DMA Art. 3(1) and 3(8)"));
            }
            Outcome overall = criteria.contains(Outcome.POINTS_AWAY) ? Outcome.POINTS_AWAY
                    : criteria.stream().allMatch(o -> o == Outcome.POINTS_TOWARDS) ? Outcome.POINTS_TOWARDS
                    : Outcome.UNDETERMINED;
            findings.add(new Finding("qualitative-summary", overall, "Designation below the thresholds: "
                    + switch (overall) {
                        case POINTS_TOWARDS -> "the evidence points towards all three criteria of Art. 3(1)";
                        case POINTS_AWAY -> "the evidence points away from at least one criterion of Art. 3(1)";
                        default -> "cannot tell yet, not every criterion of Art. 3(1) is supported by the factors";
                    }, "Designation through a market investigation needs all three criteria of Art. 3(1), weighed on"
                    + " some or all of the factors (a) to (g); the Commission endeavours to conclude within 12 months",
                    List.of(a.cite("Route", "route")), "DMA Art. 3(1), 3(8) and Art. 17"));
        }
        if (a.yes("has_rebuttal")) {
            findings.add(new Finding("rebuttal", Outcome.INFORMATION, "Rebuttal arguments submitted", "The"
                    + " undertaking may rebut the presumption with sufficiently substantiated arguments; the burden"
                    + " is on it", List.of(a.cite("Rebuttal", "rebuttal_arguments")), "DMA Art. 3(5); Recital 23"));
        }
        return new DmaDesignation.Result(result.sizeTestMet(), result.sizeBasis(), result.services(),
                result.presumptionMet(), result.notificationDeadline(), result.designationDeadline(), findings);
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
            default -> "not assessed yet";
        };
    }

    private static DmaDesignation.Service service(AnswerSheet a, int n) {
        String p = "service_" + n + "_";
        return new DmaDesignation.Service(a.text(p + "name"), CoreService.valueOf(a.text(p + "category")),
                a.decimal(p + "member_states").intValue(), a.wholeNumbers(p + "end_users", 3),
                a.wholeNumbers(p + "business_users", 3));
    }

    static List<Finding> exclusivity(AnswerSheet a) {
        Integer months = a.yes("indefinite") || !a.has("duration_months") ? null
                : a.decimal("duration_months").intValue();
        String type = a.text("restraint_type");
        ExclusivityScreen.Input input = new ExclusivityScreen.Input(a.decimal("supplier_share"),
                a.decimal("buyer_share"), type == null ? null : ExclusivityScreen.RestraintType.valueOf(type),
                a.decimal("requirements_share"), months, a.yes("tacit_renewal"), a.yes("terminable"),
                a.yesNo("parties_compete"), a.yesNo("dual_distribution"), a.yesNo("information_exchange"),
                a.yesNo("parallel_networks"), a.decimal("tied_market_share"), a.whole("share_year"),
                a.whole("assessment_year"), a.whole("year_first_above_30"), a.whole("year_first_above_35"),
                a.decimal("dominant_share"));
        ExclusivityScreen.Result screen = ExclusivityScreen.evaluate(input);
        List<Finding> findings = new ArrayList<>(screen.findings().stream().map(f -> f.withInputs(
                field -> EXCLUSIVITY_QUESTIONS.getOrDefault(field, field))).toList());
        String guidelines = "Vertical Guidelines 2022 (single branding)";
        boolean strongSupplier = input.supplierShare().compareTo(ExclusivityScreen.MARKET_SHARE_CAP) > 0;
        findings.add(new Finding("supplier-position", strongSupplier ? Outcome.POINTS_TOWARDS : Outcome.POINTS_AWAY,
                "Supplier's market position", "The supplier's market position is the first factor: the stronger it"
                + " is, the more foreclosure is likely", List.of(a.cite("Supplier's share (%)", "supplier_share")),
                guidelines));
        if (a.has("tied_market_share")) {
            findings.add(new Finding("tied-share", Outcome.INFORMATION, "Share of the market tied by this and"
                    + " similar obligations", "The larger the share of the market tied by this and"
                    + " similar obligations, the more likely foreclosure", List.of(a.cite("Tied market share (%)",
                    "tied_market_share")), guidelines));
        }
        findings.add(new Finding("parallel-networks", a.yes("parallel_networks") ? Outcome.POINTS_TOWARDS
                : Outcome.POINTS_AWAY, "Parallel networks", "Similar agreements by other suppliers can add up to a"
                + " cumulative foreclosure effect", List.of(a.cite("Parallel networks", "parallel_networks")),
                guidelines));
        String barriers = a.text("entry_barriers");
        findings.add(new Finding("entry-barriers", "HIGH".equals(barriers) ? Outcome.POINTS_TOWARDS
                : "LOW".equals(barriers) ? Outcome.POINTS_AWAY : "MODERATE".equals(barriers) ? Outcome.NEUTRAL
                        : Outcome.NOT_ASSESSED, "Entry barriers", "High entry barriers make foreclosure more"
                + " likely", List.of(a.cite("Entry barriers", "entry_barriers")), guidelines));
        // Strong buyers resist foreclosure; weak ones do not make it likelier (Guidelines' reading, methodology.md).
        findings.add(new Finding("buyer-power", a.yes("buyer_power") ? Outcome.POINTS_AWAY : Outcome.NEUTRAL,
                a.yes("buyer_power") ? "Countervailing buyer power points away from foreclosure"
                        : "No countervailing buyer power: neutral, it does not by itself point towards foreclosure",
                "Strong buyers can resist foreclosing obligations; their absence is not a factor towards it",
                List.of(a.cite("Buyer power", "buyer_power")), guidelines));
        // The same test as the screen's Art. 5(1)(a): what cannot be ended with reasonable notice has no real end.
        boolean longDuration = months == null || months > ExclusivityScreen.MAX_NON_COMPETE_MONTHS
                || (a.yes("tacit_renewal") && !a.yes("terminable"));
        findings.add(new Finding("duration", longDuration ? Outcome.POINTS_TOWARDS : Outcome.POINTS_AWAY,
                "Duration", "The longer the obligation, the greater its possible foreclosure effect; one that renews"
                + " tacitly and cannot be ended with reasonable notice counts as long",
                List.of(months == null ? a.cite("Of indefinite duration", "indefinite") : a.cite("Duration (months)",
                        "duration_months"),
                        a.cite("Tacitly renewed", "tacit_renewal"), a.cite("Can be ended with reasonable notice",
                                "terminable")), guidelines));
        if (a.has("efficiencies")) {
            findings.add(new Finding("efficiencies", Outcome.POINTS_AWAY, "Efficiencies claimed", "Efficiencies"
                    + " count only if indispensable, passed on to users and not eliminating competition",
                    List.of(a.cite("Efficiencies", "efficiencies")), "Art. 101(3) TFEU"));
        }
        if (a.has("intel_extent")) {
            findings.add(new Finding("intel", Outcome.INFORMATION, "Capability to foreclose (Intel)", "Where the"
                    + " firm argues its conduct could not restrict competition: extent of dominance, share of the"
                    + " market covered, conditions, duration and amount, strategy to exclude as-efficient"
                    + " competitors", List.of(a.cite("Intel factors", "intel_extent")), "Intel, C-413/14 P"));
        }
        return findings;
    }
}
