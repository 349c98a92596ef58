package eu.competitiondesk.assessments.engine;

import eu.competitiondesk.engine.Basis;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The merger-control questionnaire: jurisdiction in the EU, the UK and the US through {@link MergerControl} on the
 * thresholds in force, and the conclusions drawn per jurisdiction.
 */
public final class MergerControlQuestionnaire implements QuestionnaireKind {

    public static final String ID = "merger-control";

    @Override
    public String id() {
        return ID;
    }

    /** The arrangements an agreement's clauses say are there, or were there and are no longer, on a day. */
    private static final Map<String, List<ClauseHistory.ClauseKind>> ARRANGEMENTS = Map.of(
            "board_seats", List.of(ClauseHistory.ClauseKind.BOARD_RIGHTS),
            "exclusivity",
                    List.of(ClauseHistory.ClauseKind.COMPUTE_EXCLUSIVITY, ClauseHistory.ClauseKind.API_EXCLUSIVITY),
            "compute_commitments", List.of(ClauseHistory.ClauseKind.MINIMUM_SPEND),
            "revenue_sharing", List.of(ClauseHistory.ClauseKind.REVENUE_SHARE));

    @Override
    public boolean readsAgreements() {
        return true;
    }

    /**
     * The stake from the equity clause in force, and each arrangement present where a clause of its kind is in force,
     * absent where the history records one that is not in force that day; a kind the history never records is left
     * to the officer's answer.
     */
    @Override
    public Map<String, ClauseAnswer> agreementAnswers(List<ClauseHistory.Clause> history, java.time.LocalDate asOf) {
        ClauseHistory.InForce inForce = ClauseHistory.asOf(history, asOf);
        Map<String, ClauseAnswer> answers = new java.util.TreeMap<>();
        if (inForce.terms().stakePercent() != null) {
            answers.put(
                    "stake_percent",
                    new ClauseAnswer(
                            List.of(inForce.terms().stakePercent().toPlainString()),
                            inForce.setBy().get("stakePercent")));
        }
        ARRANGEMENTS.forEach((question, kinds) -> {
            java.util.Optional<ClauseHistory.Clause> present = inForce.clauses().stream()
                    .filter(c -> kinds.contains(c.kind()))
                    .reduce((first, later) -> later);
            if (present.isPresent()) {
                answers.put(
                        question,
                        new ClauseAnswer(List.of("PRESENT"), present.get().id()));
            } else {
                // The latest clause of the kind that has ended by then, or the first still to come.
                history.stream()
                        .filter(c -> kinds.contains(c.kind()))
                        .max(java.util.Comparator.comparing((ClauseHistory.Clause c) ->
                                        c.effectiveFrom().isAfter(asOf) ? 0 : 1)
                                .thenComparing(ClauseHistory.Clause::effectiveFrom))
                        .ifPresent(c -> answers.put(question, new ClauseAnswer(List.of("ABSENT"), c.id())));
            }
        });
        return answers;
    }

    @Override
    public List<Finding> findings(AnswerSheet answers, ReferenceData reference) {
        return MergerControl.findings(answers, reference.mergerFigures(), reference.exchangeRates());
    }

    /**
     * Per jurisdiction, the question each law asks first (a concentration, a relevant merger situation, a reportable
     * transaction), then whether the Commission has jurisdiction, the US minority-interest factors and the FTC's
     * partnership factors.
     */
    @Override
    public List<Conclusion> conclusions(List<Finding> findings) {
        Map<String, Finding> byId = Conclusions.byId(findings);
        List<Conclusion> conclusions = new ArrayList<>();
        List<Finding> euControl = Conclusions.present(byId, "eu-control", "eu-full-function", "eu-parts", "eu-lasting");
        conclusions.add(
                jurisdiction("EU: a concentration", "EU: a concentration", byId.get("eu-concentration"), euControl));
        Finding dimension = byId.get("eu-dimension");
        Finding referral = byId.get("eu-article-22");
        List<Finding> euThresholds = Conclusions.present(
                byId, "eu-article-1-2", "eu-article-1-3", "eu-two-thirds", "eu-dimension", "eu-article-22");
        String statement = dimension.title()
                + (dimension.outcome() == Outcome.MET
                        ? "; the Commission has"
                                + " jurisdiction, and the concentration is notified and not implemented before clearance (Art. 4 and 7)"
                        : "")
                + (referral == null ? "" : "; " + Conclusions.lowerFirst(referral.title()));
        conclusions.add(new Conclusion(
                "EU: an EU dimension",
                dimension.outcome(),
                statement,
                Conclusions.reasons(euThresholds, f -> true),
                Conclusions.unknown(euThresholds)));
        List<Finding> ukParts = Conclusions.present(
                byId,
                "uk-distinct",
                "uk-stake",
                "uk-turnover",
                "uk-share-of-supply",
                "uk-hybrid",
                "uk-safe-harbour",
                "uk-jurisdiction");
        conclusions.add(jurisdiction(
                "UK: a relevant merger situation",
                "UK: a relevant merger situation",
                byId.get("uk-relevant-merger-situation"),
                ukParts));
        List<Finding> usParts =
                Conclusions.present(byId, "us-non-corporate-control", "us-investment-only", "us-size", "us-reportable");
        conclusions.add(jurisdiction(
                "US: a reportable transaction",
                "US: a transaction reportable under the HSR" + " Act",
                byId.get("us-reportable"),
                usParts));
        List<Finding> usFactors =
                Conclusions.present(byId, "g11-influence", "g11-incentive", "g11-information", "us-interlock");
        conclusions.add(new Conclusion(
                "US: minority interest and interlocks",
                Outcome.INFORMATION,
                "US: minority interest and interlocks, to be weighed by the case team" + weighed(usFactors),
                Conclusions.reasons(usFactors, f -> true),
                Conclusions.unknown(usFactors)));
        List<Finding> ftc =
                findings.stream().filter(f -> f.id().startsWith("ftc-factor-")).toList();
        conclusions.add(new Conclusion(
                "Partnership factors",
                Outcome.INFORMATION,
                "Partnership factors the FTC" + " examined in 2025: "
                        + String.join(
                                "; ",
                                ftc.stream()
                                        .map(f -> Conclusions.lowerFirst(f.title()))
                                        .toList()),
                List.of(new Conclusion.Reason(
                        "A structured summary of the arrangements, with the evidence of each answer",
                        MergerControl.FTC_REPORT)),
                List.of()));
        return conclusions;
    }

    /** "Question: yes / no / cannot tell yet", with the finding's reason and what it rests on. */
    private static Conclusion jurisdiction(String question, String words, Finding result, List<Finding> parts) {
        String answer = result.outcome() == Outcome.MET
                ? "yes"
                : result.outcome() == Outcome.NOT_MET ? "no" : "cannot tell yet";
        List<Finding> all = new ArrayList<>(parts);
        all.add(result);
        List<Basis> missing = Conclusions.unknown(all);
        String why = result.outcome() == Outcome.UNDETERMINED && !missing.isEmpty()
                ? ", missing: "
                        + String.join(
                                "; ",
                                missing.stream()
                                        .map(b -> Conclusions.lowerFirst(b.label()))
                                        .toList())
                : "";
        return new Conclusion(
                question, result.outcome(), words + ": " + answer + why, Conclusions.reasons(all, f -> true), missing);
    }

    private static String weighed(List<Finding> factors) {
        List<String> towards = new ArrayList<>();
        List<String> away = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (Finding f : factors) {
            String name =
                    Conclusions.lowerFirst(f.title().substring(0, f.title().indexOf(':')));
            (f.outcome() == Outcome.POINTS_TOWARDS ? towards : f.outcome() == Outcome.POINTS_AWAY ? away : open)
                    .add(name);
        }
        return (towards.isEmpty() ? "" : "; pointing towards a lessening of competition: " + String.join(", ", towards))
                + (away.isEmpty() ? "" : "; pointing away from it: " + String.join(", ", away))
                + (open.isEmpty() ? "" : "; yet to be assessed: " + String.join(", ", open));
    }
}
