package eu.competitiondesk.assessments.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Draws the conclusions of an assessment from its findings: one per legal question, first on the page and in the
 * report. The wording is the findings' own; a conclusion adds which findings it rests on and what is still to
 * establish.
 */
public final class Conclusions {

    /** The foreclosure factors of the Vertical Guidelines, by finding, as the conclusion names them. */
    private static final Map<String, String> FACTORS = Map.of("supplier-position", "the supplier's market position",
            "parallel-networks", "parallel networks", "entry-barriers", "entry barriers", "buyer-power",
            "countervailing buyer power", "duration", "duration", "efficiencies", "efficiencies claimed");

    private Conclusions() {
    }

    public static List<Conclusion> of(String questionnaireId, List<Finding> findings) {
        Map<String, Finding> byId = new LinkedHashMap<>();
        findings.forEach(f -> byId.put(f.id(), f));
        return switch (questionnaireId) {
            case AssessmentRules.DMA -> dma(findings, byId);
            case AssessmentRules.EXCLUSIVITY -> exclusivity(findings, byId);
            case AssessmentRules.MERGER_CONTROL -> mergerControl(findings, byId);
            default -> List.of();
        };
    }

    private static List<Conclusion> exclusivity(List<Finding> findings, Map<String, Finding> byId) {
        List<Conclusion> conclusions = new ArrayList<>();
        Finding harbour = byId.get("vber-safe-harbour");
        List<Finding> parts = present(byId, "non-compete", "market-share-cap", "competitors", "information-exchange",
                "non-compete-duration");
        conclusions.add(new Conclusion("Block exemption", harbour.outcome(), harbour.title(),
                reasons(parts, f -> f.outcome() != Outcome.MET || f.id().equals("non-compete")),
                unknown(parts)));
        Finding deMinimis = byId.get("de-minimis");
        conclusions.add(new Conclusion("Minor importance", deMinimis.outcome(), deMinimis.title(),
                List.of(deMinimis.rule() + " (" + deMinimis.source() + ")"), unknown(List.of(deMinimis))));
        Finding dominance = byId.get("dominance");
        if (dominance != null) {
            conclusions.add(new Conclusion("Dominance under Article 102", dominance.outcome(), "Dominance under"
                    + " Article 102: " + lowerFirst(dominance.title()), List.of(dominance.rule() + " ("
                    + dominance.source() + ")"), List.of()));
        }
        List<String> towards = new ArrayList<>();
        List<String> away = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (Finding f : findings) {
            String factor = FACTORS.get(f.id());
            if (factor == null) {
                continue;
            }
            (f.outcome() == Outcome.POINTS_TOWARDS ? towards : f.outcome() == Outcome.POINTS_AWAY ? away
                    : f.outcome() == Outcome.NOT_ASSESSED || f.outcome() == Outcome.UNDETERMINED ? open
                    : new ArrayList<String>()).add(factor);
        }
        String statement = "Foreclosure outside the block exemption: to be weighed by the case team"
                + (towards.isEmpty() ? "" : "; pointing towards it: " + String.join(", ", towards))
                + (away.isEmpty() ? "" : "; pointing away from it: " + String.join(", ", away))
                + (open.isEmpty() ? "" : "; not assessed yet: " + String.join(", ", open));
        conclusions.add(new Conclusion("Foreclosure", Outcome.INFORMATION, statement,
                List.of("The factors of the Vertical Guidelines 2022 (single branding) are weighed together, not"
                        + " counted (Vertical Guidelines 2022)"), unknown(findings.stream().filter(f -> f.id()
                        .equals("entry-barriers")).toList())));
        return conclusions;
    }

    /**
     * Per jurisdiction, the question each law asks first (a concentration, a relevant merger situation, a reportable
     * transaction), then whether the Commission has jurisdiction, the US minority-interest factors and the FTC's
     * partnership factors.
     */
    private static List<Conclusion> mergerControl(List<Finding> findings, Map<String, Finding> byId) {
        List<Conclusion> conclusions = new ArrayList<>();
        List<Finding> euControl = present(byId, "eu-control", "eu-full-function", "eu-parts", "eu-lasting");
        conclusions.add(jurisdiction("EU: a concentration", "EU: a concentration", byId.get("eu-concentration"),
                euControl));
        Finding dimension = byId.get("eu-dimension");
        Finding referral = byId.get("eu-article-22");
        List<Finding> euThresholds = present(byId, "eu-article-1-2", "eu-article-1-3", "eu-two-thirds",
                "eu-dimension", "eu-article-22");
        String statement = dimension.title() + (dimension.outcome() == Outcome.MET ? "; the Commission has"
                + " jurisdiction, and the concentration is notified and not implemented before clearance (Art. 4 and 7)"
                : "") + (referral == null ? "" : "; " + lowerFirst(referral.title()));
        conclusions.add(new Conclusion("EU: an EU dimension", dimension.outcome(), statement,
                reasons(euThresholds, f -> true), unknown(euThresholds)));
        List<Finding> ukParts = present(byId, "uk-distinct", "uk-stake", "uk-turnover", "uk-share-of-supply",
                "uk-hybrid", "uk-safe-harbour", "uk-jurisdiction");
        conclusions.add(jurisdiction("UK: a relevant merger situation", "UK: a relevant merger situation",
                byId.get("uk-relevant-merger-situation"), ukParts));
        List<Finding> usParts = present(byId, "us-non-corporate-control", "us-investment-only", "us-size",
                "us-reportable");
        conclusions.add(jurisdiction("US: a reportable transaction", "US: a transaction reportable under the HSR"
                + " Act", byId.get("us-reportable"), usParts));
        List<Finding> usFactors = present(byId, "g11-influence", "g11-incentive", "g11-information", "us-interlock");
        conclusions.add(new Conclusion("US: minority interest and interlocks", Outcome.INFORMATION,
                "US: minority interest and interlocks, to be weighed by the case team" + weighed(usFactors),
                reasons(usFactors, f -> true), unknown(usFactors)));
        List<Finding> ftc = findings.stream().filter(f -> f.id().startsWith("ftc-factor-")).toList();
        conclusions.add(new Conclusion("Partnership factors", Outcome.INFORMATION, "Partnership factors the FTC"
                + " examined in 2025: " + String.join("; ", ftc.stream().map(f -> lowerFirst(f.title())).toList()),
                List.of("A structured summary of the arrangements, with the evidence of each answer ("
                        + MergerControl.FTC_REPORT + ")"), List.of()));
        return conclusions;
    }

    /** "Question: yes / no / cannot tell yet", with the finding's reason and what it rests on. */
    private static Conclusion jurisdiction(String question, String words, Finding result, List<Finding> parts) {
        String answer = result.outcome() == Outcome.MET ? "yes" : result.outcome() == Outcome.NOT_MET ? "no"
                : "cannot tell yet";
        List<Finding> all = new ArrayList<>(parts);
        all.add(result);
        List<Basis> missing = unknown(all);
        String why = result.outcome() == Outcome.UNDETERMINED && !missing.isEmpty() ? ", missing: " + String.join("; ",
                missing.stream().map(b -> lowerFirst(b.label())).toList()) : "";
        return new Conclusion(question, result.outcome(), words + ": " + answer + why, reasons(all, f -> true),
                missing);
    }

    private static String weighed(List<Finding> factors) {
        List<String> towards = new ArrayList<>();
        List<String> away = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (Finding f : factors) {
            String name = lowerFirst(f.title().substring(0, f.title().indexOf(':')));
            (f.outcome() == Outcome.POINTS_TOWARDS ? towards : f.outcome() == Outcome.POINTS_AWAY ? away : open)
                    .add(name);
        }
        return (towards.isEmpty() ? "" : "; pointing towards a lessening of competition: " + String.join(", ", towards))
                + (away.isEmpty() ? "" : "; pointing away from it: " + String.join(", ", away))
                + (open.isEmpty() ? "" : "; not assessed yet: " + String.join(", ", open));
    }

    private static List<Conclusion> dma(List<Finding> findings, Map<String, Finding> byId) {
        List<Conclusion> conclusions = new ArrayList<>();
        List<Finding> presumptions = findings.stream().filter(f -> f.id().startsWith("presumption:")).toList();
        List<Finding> tests = findings.stream().filter(f -> f.id().equals("size") || f.id().startsWith("users:")
                || f.id().startsWith("entrenchment:") || f.id().startsWith("member-states:")).toList();
        if (!presumptions.isEmpty() || byId.containsKey("size")) {
            Outcome outcome = presumptions.stream().anyMatch(f -> f.outcome() == Outcome.MET) ? Outcome.MET
                    : presumptions.stream().anyMatch(f -> f.outcome() == Outcome.UNDETERMINED) ? Outcome.UNDETERMINED
                    : Outcome.NOT_MET;
            List<Basis> missing = unknown(tests);
            String statement = switch (outcome) {
                case MET -> "Presumption of gatekeeper status: met for " + names(presumptions, Outcome.MET)
                        + " (Art. 3(2)); the undertaking must notify within two months (Art. 3(3))";
                case UNDETERMINED -> "Presumption of gatekeeper status: cannot tell yet" + (missing.isEmpty() ? ""
                        : ", missing: " + String.join("; ", missing.stream().map(b -> lowerFirst(b.label())).toList()));
                default -> presumptions.isEmpty() ? "Presumption of gatekeeper status: not met, no core platform"
                        + " service is assessed" : "Presumption of gatekeeper status: not met for any core platform"
                        + " service assessed (Art. 3(2))";
            };
            conclusions.add(new Conclusion("Presumption of gatekeeper status", outcome, statement,
                    reasons(tests, f -> true), missing));
        }
        Finding qualitative = byId.get("qualitative-summary");
        if (qualitative != null) {
            List<Finding> criteria = present(byId, "criterion-a", "criterion-b", "criterion-c");
            conclusions.add(new Conclusion("Designation below the thresholds", qualitative.outcome(),
                    qualitative.title(), reasons(criteria, f -> true), unknown(findings.stream()
                    .filter(f -> f.id().startsWith("factor-") && f.outcome() == Outcome.NOT_ASSESSED).toList())));
        }
        List<Finding> deadlines = present(byId, "notification-deadline", "designation-deadline");
        if (!deadlines.isEmpty()) {
            conclusions.add(new Conclusion("Deadlines", Outcome.INFORMATION, String.join("; ", deadlines.stream()
                    .map(Finding::title).toList()), reasons(deadlines, f -> true), List.of()));
        }
        return conclusions;
    }

    private static List<Finding> present(Map<String, Finding> byId, String... ids) {
        List<Finding> found = new ArrayList<>();
        for (String id : ids) {
            if (byId.containsKey(id)) {
                found.add(byId.get(id));
            }
        }
        return found;
    }

    private static List<String> reasons(List<Finding> findings, Predicate<Finding> which) {
        return findings.stream().filter(which).map(f -> f.title() + " (" + f.source() + ")").toList();
    }

    /** The inputs still unknown in findings that cannot tell yet (or are not assessed), once each. */
    static List<Basis> unknown(List<Finding> findings) {
        Map<String, Basis> missing = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.outcome() != Outcome.UNDETERMINED && f.outcome() != Outcome.NOT_ASSESSED) {
                continue;
            }
            for (Basis b : f.basis()) {
                if (b.isUnknown() || b.input() != null && f.outcome() == Outcome.NOT_ASSESSED) {
                    missing.putIfAbsent(b.input(), b);
                }
            }
        }
        return List.copyOf(missing.values());
    }

    private static String names(List<Finding> presumptions, Outcome outcome) {
        return String.join(", ", presumptions.stream().filter(f -> f.outcome() == outcome)
                .map(f -> f.id().substring("presumption:".length())).toList());
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
