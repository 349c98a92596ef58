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

    private static final List<String> FACTORS = List.of("a", "b", "c", "d", "e", "f", "g");
    private static final List<String> FACTOR_TITLES = List.of("Size, turnover, market capitalisation, operations"
            + " and position", "Numbers of business users and end users", "Network effects and data-driven"
            + " advantages", "Scale and scope effects", "Lock-in, switching costs and bias against multi-homing",
            "Conglomerate structure or vertical integration", "Other structural characteristics");

    private AssessmentRules() {
    }

    public static List<Finding> findings(String questionnaireId, AnswerSheet answers, Periods periods) {
        return switch (questionnaireId) {
            case DMA -> dma(answers, periods).findings();
            case EXCLUSIVITY -> exclusivity(answers);
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
        List<Finding> findings = new ArrayList<>(result.findings());
        String route = a.text("route");
        if ("QUALITATIVE".equals(route) || "BOTH".equals(route)) {
            int towards = 0;
            int away = 0;
            for (int i = 0; i < FACTORS.size(); i++) {
                String question = "factor_" + FACTORS.get(i);
                String value = a.text(question);
                Outcome outcome = value == null ? Outcome.UNDETERMINED : switch (value) {
                    case "TOWARDS" -> Outcome.POINTS_TOWARDS;
                    case "AWAY" -> Outcome.POINTS_AWAY;
                    case "NEUTRAL" -> Outcome.INFORMATION;
                    default -> Outcome.UNDETERMINED;
                };
                towards += outcome == Outcome.POINTS_TOWARDS ? 1 : 0;
                away += outcome == Outcome.POINTS_AWAY ? 1 : 0;
                findings.add(new Finding("factor-" + FACTORS.get(i), outcome, "(" + FACTORS.get(i) + ") "
                        + FACTOR_TITLES.get(i), "A factor the Commission weighs when designating below the"
                        + " thresholds", List.of(a.cite("Assessment", question)), "DMA Art. 3(8)(" + FACTORS.get(i)
                        + ")"));
            }
            findings.add(new Finding("qualitative-summary", towards > away ? Outcome.POINTS_TOWARDS
                    : towards < away ? Outcome.POINTS_AWAY : Outcome.UNDETERMINED, "Qualitative route: " + towards
                    + " of 7 factors point towards designation, " + away + " away", "Designation through a market"
                    + " investigation weighs some or all of the factors (a) to (g); the Commission endeavours to"
                    + " conclude within 12 months", List.of(a.cite("Route", "route")), "DMA Art. 3(8) and Art. 17"));
        }
        if (a.yes("has_rebuttal")) {
            findings.add(new Finding("rebuttal", Outcome.INFORMATION, "Rebuttal arguments submitted", "The"
                    + " undertaking may rebut the presumption with sufficiently substantiated arguments; the burden"
                    + " is on it", List.of(a.cite("Rebuttal", "rebuttal_arguments")), "DMA Art. 3(5); Recital 23"));
        }
        return new DmaDesignation.Result(result.sizeTestMet(), result.sizeBasis(), result.services(),
                result.presumptionMet(), result.notificationDeadline(), result.designationDeadline(), findings);
    }

    private static DmaDesignation.Service service(AnswerSheet a, int n) {
        String p = "service_" + n + "_";
        return new DmaDesignation.Service(a.text(p + "name"), CoreService.valueOf(a.text(p + "category")),
                a.decimal(p + "member_states").intValue(), a.wholeNumbers(p + "end_users"),
                a.wholeNumbers(p + "business_users"));
    }

    static List<Finding> exclusivity(AnswerSheet a) {
        Integer months = a.yes("indefinite") || !a.has("duration_months") ? null
                : a.decimal("duration_months").intValue();
        ExclusivityScreen.Result screen = ExclusivityScreen.evaluate(new ExclusivityScreen.Input(
                a.number("supplier_share"), a.number("buyer_share"), a.number("requirements_share"), months,
                a.yes("tacit_renewal"), a.yes("terminable"), a.yes("parties_compete"), a.number("dominant_share")));
        List<Finding> findings = new ArrayList<>(screen.findings());
        String guidelines = "Vertical Guidelines 2022 (single branding)";
        findings.add(new Finding("supplier-position", a.number("supplier_share") > ExclusivityScreen.MARKET_SHARE_CAP
                ? Outcome.POINTS_TOWARDS : Outcome.POINTS_AWAY, "Supplier's market position", "The supplier's market"
                + " position is the first factor: the stronger it is, the more foreclosure is likely",
                List.of(a.cite("Supplier's share (%)", "supplier_share")), guidelines));
        if (a.has("tied_market_share")) {
            findings.add(new Finding("tied-share", Outcome.INFORMATION, "Tied market share "
                    + a.text("tied_market_share") + "%", "The larger the share of the market tied by this and"
                    + " similar obligations, the more likely foreclosure", List.of(a.cite("Tied market share (%)",
                    "tied_market_share")), guidelines));
        }
        findings.add(new Finding("parallel-networks", a.yes("parallel_networks") ? Outcome.POINTS_TOWARDS
                : Outcome.POINTS_AWAY, "Parallel networks", "Similar agreements by other suppliers can add up to a"
                + " cumulative foreclosure effect", List.of(a.cite("Parallel networks", "parallel_networks")),
                guidelines));
        String barriers = a.text("entry_barriers");
        findings.add(new Finding("entry-barriers", "HIGH".equals(barriers) ? Outcome.POINTS_TOWARDS
                : "LOW".equals(barriers) ? Outcome.POINTS_AWAY : "MODERATE".equals(barriers) ? Outcome.INFORMATION
                        : Outcome.UNDETERMINED, "Entry barriers", "High entry barriers make foreclosure more"
                + " likely", List.of(a.cite("Entry barriers", "entry_barriers")), guidelines));
        findings.add(new Finding("buyer-power", a.yes("buyer_power") ? Outcome.POINTS_AWAY : Outcome.POINTS_TOWARDS,
                "Countervailing buyer power", "Strong buyers can resist foreclosing obligations",
                List.of(a.cite("Buyer power", "buyer_power")), guidelines));
        boolean longDuration = months == null || months > ExclusivityScreen.MAX_NON_COMPETE_MONTHS;
        findings.add(new Finding("duration", longDuration ? Outcome.POINTS_TOWARDS : Outcome.POINTS_AWAY,
                "Duration", "The longer the obligation, the greater its possible foreclosure effect",
                List.of(months == null ? "Duration: indefinite" : "Duration: " + months + " months"), guidelines));
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
