package eu.competitiondesk.assessments.engine;

import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The exclusivity questionnaire: the block exemption and de minimis screens through {@link ExclusivityScreen}, the
 * foreclosure factors of the Vertical Guidelines, dominance, and the conclusions drawn from them.
 */
public final class ExclusivityQuestionnaire implements QuestionnaireKind {

    public static final String ID = "exclusivity";

    /** The outcome of a legal question that nothing entered raises. */
    static final String NOT_IN_ISSUE = "Not in issue on the answers given";

    /** The foreclosure factors of the Vertical Guidelines, by finding, as the conclusion names them. */
    private static final Map<String, String> FACTORS = Map.of(
            "supplier-position",
            "the supplier's market position",
            "parallel-networks",
            "parallel networks",
            "entry-barriers",
            "entry barriers",
            "buyer-power",
            "countervailing buyer power",
            "duration",
            "duration",
            "efficiencies",
            "efficiencies claimed");

    /** The exclusivity screen's inputs and the questions that answer them. */
    private static final Map<String, String> EXCLUSIVITY_QUESTIONS = Map.ofEntries(
            Map.entry("supplierShare", "supplier_share"),
            Map.entry("buyerShare", "buyer_share"),
            Map.entry("restraintType", "restraint_type"),
            Map.entry("requirementsSharePercent", "requirements_share"),
            Map.entry("durationMonths", "duration_months"),
            Map.entry("tacitRenewal", "tacit_renewal"),
            Map.entry("terminableWithReasonableNotice", "terminable"),
            Map.entry("partiesAreCompetitors", "parties_compete"),
            Map.entry("dualDistribution", "dual_distribution"),
            Map.entry("informationExchangeBeyondAgreement", "information_exchange"),
            Map.entry("parallelNetworks", "parallel_networks"),
            Map.entry("tiedMarketShare", "tied_market_share"),
            Map.entry("shareYear", "share_year"),
            Map.entry("assessmentYear", "assessment_year"),
            Map.entry("yearFirstAbove30", "year_first_above_30"),
            Map.entry("yearFirstAbove35", "year_first_above_35"),
            Map.entry("dominantPartyShare", "dominant_share"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean readsAgreements() {
        return true;
    }

    /**
     * The restraint and its duration from the clauses in force: type, share of requirements bound, months (a clause
     * that gives them makes the obligation of definite duration), tacit renewal and termination.
     */
    @Override
    public Map<String, ClauseAnswer> agreementAnswers(List<ClauseHistory.Clause> history, java.time.LocalDate asOf) {
        ClauseHistory.InForce inForce = ClauseHistory.asOf(history, asOf);
        ClauseHistory.Terms t = inForce.terms();
        Map<String, ClauseAnswer> answers = new java.util.LinkedHashMap<>();
        if (t.restraintType() != null) {
            answers.put("restraint_type", answer(t.restraintType().name(), inForce, "restraintType"));
        }
        if (t.requirementsSharePercent() != null) {
            answers.put(
                    "requirements_share",
                    answer(t.requirementsSharePercent().toPlainString(), inForce, "requirementsSharePercent"));
        }
        if (t.durationMonths() != null) {
            answers.put("duration_months", answer(t.durationMonths().toString(), inForce, "durationMonths"));
            answers.put("indefinite", answer("no", inForce, "durationMonths"));
        }
        if (t.tacitRenewal() != null) {
            answers.put("tacit_renewal", answer(t.tacitRenewal() ? "yes" : "no", inForce, "tacitRenewal"));
        }
        if (t.terminableWithReasonableNotice() != null) {
            answers.put(
                    "terminable",
                    answer(
                            t.terminableWithReasonableNotice() ? "yes" : "no",
                            inForce,
                            "terminableWithReasonableNotice"));
        }
        return answers;
    }

    private static ClauseAnswer answer(String value, ClauseHistory.InForce inForce, String term) {
        return new ClauseAnswer(List.of(value), inForce.setBy().get(term));
    }

    @Override
    public List<Conclusion> conclusions(List<Finding> findings) {
        Map<String, Finding> byId = Conclusions.byId(findings);
        List<Conclusion> conclusions = new ArrayList<>();
        Finding harbour = byId.get("vber-safe-harbour");
        List<Finding> parts = Conclusions.present(
                byId, "non-compete", "market-share-cap", "competitors", "information-exchange", "non-compete-duration");
        Finding duration = byId.get("non-compete-duration");
        boolean exceptNonCompete = duration != null && duration.outcome() == Outcome.NOT_MET;
        conclusions.add(new Conclusion(
                "Block exemption",
                harbour.outcome(),
                harbour.title(),
                Conclusions.reasons(parts, f -> f.outcome() != Outcome.MET || f.id().equals("non-compete")),
                Conclusions.unknown(parts),
                switch (harbour.outcome()) {
                    case MET ->
                        exceptNonCompete ? "Covers the agreement except the non-compete" : "Covers the agreement";
                    case NOT_MET -> "Outside the block exemption";
                    default -> null;
                }));
        Finding deMinimis = byId.get("de-minimis");
        conclusions.add(new Conclusion(
                "Minor importance",
                deMinimis.outcome(),
                deMinimis.title(),
                List.of(new Conclusion.Reason(deMinimis.rule(), deMinimis.source())),
                Conclusions.unknown(List.of(deMinimis)),
                switch (deMinimis.outcome()) {
                    case MET -> "Of minor importance";
                    case NOT_MET -> "Outside the De minimis safe harbour";
                    default -> null;
                }));
        Finding dominance = byId.get("dominance");
        if (dominance == null) {
            conclusions.add(new Conclusion(
                    "Dominance under Article 102",
                    Outcome.INFORMATION,
                    "Dominance under Article 102: no share was given for a party said to be dominant",
                    List.of(),
                    List.of(),
                    NOT_IN_ISSUE));
        } else {
            conclusions.add(new Conclusion(
                    "Dominance under Article 102",
                    dominance.outcome(),
                    "Dominance under" + " Article 102: " + Conclusions.lowerFirst(dominance.title()),
                    List.of(new Conclusion.Reason(dominance.rule(), dominance.source())),
                    List.of()));
        }
        List<String> towards = new ArrayList<>();
        List<String> away = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (Finding f : findings) {
            String factor = FACTORS.get(f.id());
            if (factor == null) {
                continue;
            }
            (f.outcome() == Outcome.POINTS_TOWARDS
                            ? towards
                            : f.outcome() == Outcome.POINTS_AWAY
                                    ? away
                                    : f.outcome() == Outcome.NOT_ASSESSED || f.outcome() == Outcome.UNDETERMINED
                                            ? open
                                            : new ArrayList<String>())
                    .add(factor);
        }
        String statement = "Foreclosure outside the block exemption: to be weighed by the case team"
                + (towards.isEmpty() ? "" : "; pointing towards it: " + String.join(", ", towards))
                + (away.isEmpty() ? "" : "; pointing away from it: " + String.join(", ", away))
                + (open.isEmpty() ? "" : "; yet to be assessed: " + String.join(", ", open));
        conclusions.add(new Conclusion(
                "Foreclosure",
                Outcome.INFORMATION,
                statement,
                List.of(new Conclusion.Reason(
                        "The single-branding factors are weighed together, not counted",
                        "Vertical Guidelines 2022 (single branding)")),
                Conclusions.unknown(findings.stream()
                        .filter(f -> f.id().equals("entry-barriers"))
                        .toList())));
        return conclusions;
    }

    @Override
    public List<Finding> findings(AnswerSheet a, ReferenceData reference) {
        Integer months = a.yes("indefinite") || !a.has("duration_months")
                ? null
                : a.decimal("duration_months").intValue();
        String type = a.text("restraint_type");
        ExclusivityScreen.Input input = new ExclusivityScreen.Input(
                a.decimal("supplier_share"),
                a.decimal("buyer_share"),
                type == null ? null : ExclusivityScreen.RestraintType.valueOf(type),
                a.decimal("requirements_share"),
                months,
                a.yesNo("tacit_renewal"),
                a.yesNo("terminable"),
                a.yesNo("parties_compete"),
                a.yesNo("dual_distribution"),
                a.yesNo("information_exchange"),
                a.yesNo("parallel_networks"),
                a.decimal("tied_market_share"),
                a.whole("share_year"),
                a.whole("assessment_year"),
                a.whole("year_first_above_30"),
                a.whole("year_first_above_35"),
                a.decimal("dominant_share"));
        ExclusivityScreen.Result screen = ExclusivityScreen.evaluate(input);
        List<Finding> findings = new ArrayList<>(screen.findings().stream()
                .map(f -> f.withInputs(field -> EXCLUSIVITY_QUESTIONS.getOrDefault(field, field)))
                .toList());
        String guidelines = "Vertical Guidelines 2022 (single branding)";
        boolean strongSupplier = input.supplierShare().compareTo(ExclusivityScreen.MARKET_SHARE_CAP) > 0;
        findings.add(new Finding(
                "supplier-position",
                strongSupplier ? Outcome.POINTS_TOWARDS : Outcome.POINTS_AWAY,
                "Supplier's market position",
                "The supplier's market position is the first factor: the stronger it"
                        + " is, the more foreclosure is likely",
                List.of(a.cite("Supplier's share (%)", "supplier_share")),
                guidelines));
        if (a.has("tied_market_share")) {
            findings.add(new Finding(
                    "tied-share",
                    Outcome.INFORMATION,
                    "Share of the market tied by this and" + " similar obligations",
                    "The larger the share of the market tied by this and"
                            + " similar obligations, the more likely foreclosure",
                    List.of(a.cite("Tied market share (%)", "tied_market_share")),
                    guidelines));
        }
        findings.add(new Finding(
                "parallel-networks",
                a.yes("parallel_networks") ? Outcome.POINTS_TOWARDS : Outcome.POINTS_AWAY,
                "Parallel networks",
                "Similar agreements by other suppliers can add up to a" + " cumulative foreclosure effect",
                List.of(a.cite("Parallel networks", "parallel_networks")),
                guidelines));
        String barriers = a.text("entry_barriers");
        findings.add(new Finding(
                "entry-barriers",
                "HIGH".equals(barriers)
                        ? Outcome.POINTS_TOWARDS
                        : "LOW".equals(barriers)
                                ? Outcome.POINTS_AWAY
                                : "MODERATE".equals(barriers) ? Outcome.NEUTRAL : Outcome.NOT_ASSESSED,
                "Entry barriers",
                "High entry barriers make foreclosure more" + " likely",
                List.of(a.cite("Entry barriers", "entry_barriers")),
                guidelines));
        // Strong buyers resist foreclosure; weak ones do not make it likelier (Guidelines' reading, methodology.md).
        findings.add(new Finding(
                "buyer-power",
                a.yes("buyer_power") ? Outcome.POINTS_AWAY : Outcome.NEUTRAL,
                a.yes("buyer_power")
                        ? "Countervailing buyer power points away from foreclosure"
                        : "No countervailing buyer power: neutral, it does not by itself point towards foreclosure",
                "Strong buyers can resist foreclosing obligations; their absence is not a factor towards it",
                List.of(a.cite("Buyer power", "buyer_power")),
                guidelines));
        // The same test as the screen's Art. 5(1)(a): what cannot be ended with reasonable notice has no real end.
        boolean longDuration = months == null
                || months > ExclusivityScreen.MAX_NON_COMPETE_MONTHS
                || (a.yes("tacit_renewal") && !a.yes("terminable"));
        findings.add(new Finding(
                "duration",
                longDuration ? Outcome.POINTS_TOWARDS : Outcome.POINTS_AWAY,
                "Duration",
                "The longer the obligation, the greater its possible foreclosure effect; one that renews"
                        + " tacitly and cannot be ended with reasonable notice counts as long",
                List.of(
                        months == null
                                ? a.cite("Of indefinite duration", "indefinite")
                                : a.cite("Duration (months)", "duration_months"),
                        a.cite("Tacitly renewed", "tacit_renewal"),
                        a.cite("Can be ended with reasonable notice", "terminable")),
                guidelines));
        if (a.has("efficiencies")) {
            findings.add(new Finding(
                    "efficiencies",
                    Outcome.POINTS_AWAY,
                    "Efficiencies claimed",
                    "Efficiencies" + " count only if indispensable, passed on to users and not eliminating competition",
                    List.of(a.cite("Efficiencies", "efficiencies")),
                    "Art. 101(3) TFEU"));
        }
        if (a.has("intel_extent")) {
            findings.add(new Finding(
                    "intel",
                    Outcome.INFORMATION,
                    "Capability to foreclose (Intel)",
                    "Where the"
                            + " firm argues its conduct could not restrict competition: extent of dominance, share of the"
                            + " market covered, conditions, duration and amount, strategy to exclude as-efficient"
                            + " competitors",
                    List.of(a.cite("Intel factors", "intel_extent")),
                    "Intel, C-413/14 P"));
        }
        return findings;
    }
}
