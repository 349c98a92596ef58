package eu.competitiondesk.assessments.engine;

import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import eu.competitiondesk.referencedata.engine.Deadline;
import eu.competitiondesk.referencedata.engine.Jurisdiction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The UK strategic market status questionnaire: {@link StrategicMarketStatus} on a case's answers. */
public final class UkSmsQuestionnaire implements QuestionnaireKind {

    public static final String ID = "uk-sms";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String undertakingQuestion() {
        return "undertaking";
    }

    private static StrategicMarketStatus.Result evaluate(AnswerSheet a, ReferenceData reference, List<Finding> extra) {
        RegimeAmounts amounts = new RegimeAmounts(a, Jurisdiction.UK, "financial_year", reference.exchangeRates());
        BigDecimal global = amounts.amount("global_turnover", "Global turnover of the group");
        BigDecimal uk = amounts.amount("uk_turnover", "UK turnover of the group");
        amounts.finding(
                        "sms-amounts",
                        "Digital Markets, Competition and Consumers Act 2024, s.7; the product's reading:"
                                + " docs/methodology.md")
                .ifPresent(extra::add);
        return StrategicMarketStatus.evaluate(new StrategicMarketStatus.Input(
                a.yesNo("digital_activity"),
                new StrategicMarketStatus.UkLink(a.yesNo("uk_users"), a.yesNo("uk_business"), a.yesNo("uk_effect")),
                global,
                uk,
                a.yesNo("market_power"),
                new StrategicMarketStatus.StrategicSignificance(
                        a.yesNo("size_scale"),
                        a.yesNo("reliance"),
                        a.yesNo("extend_power"),
                        a.yesNo("rules_of_conduct")),
                a.date("investigation_notice"),
                a.date("decision_notice")));
    }

    @Override
    public List<Finding> findings(AnswerSheet answers, ReferenceData reference) {
        List<Finding> findings = new ArrayList<>();
        StrategicMarketStatus.Result result = evaluate(answers, reference, findings);
        // The engine names its inputs after the API's fields; the questionnaire's answers carry their own ids.
        Map<String, String> questions = Map.ofEntries(
                Map.entry("digitalActivity", "digital_activity"),
                Map.entry("ukLink.significantNumberOfUkUsers", "uk_users"),
                Map.entry("ukLink.carriesOnBusinessInUk", "uk_business"),
                Map.entry("ukLink.immediateSubstantialForeseeableEffectOnUkTrade", "uk_effect"),
                Map.entry("globalTurnover", "global_turnover"),
                Map.entry("ukTurnover", "uk_turnover"),
                Map.entry("substantialAndEntrenchedMarketPower", "market_power"),
                Map.entry("strategicSignificance.sizeOrScale", "size_scale"),
                Map.entry("strategicSignificance.relianceByOtherUndertakings", "reliance"),
                Map.entry("strategicSignificance.extendMarketPower", "extend_power"),
                Map.entry("strategicSignificance.determineRulesOfConduct", "rules_of_conduct"),
                Map.entry("investigationNoticeDate", "investigation_notice"),
                Map.entry("decisionNoticeDate", "decision_notice"));
        result.findings().forEach(f -> findings.add(f.withInputs(input -> questions.getOrDefault(input, input))));
        return findings;
    }

    @Override
    public List<Conclusion> conclusions(List<Finding> findings) {
        Map<String, Finding> byId = Conclusions.byId(findings);
        List<Finding> parts = Conclusions.present(
                byId,
                "sms-amounts",
                "sms-digital-activity",
                "sms-uk-link",
                "sms-turnover",
                "sms-market-power",
                "sms-strategic-significance",
                "sms-conditions");
        Finding conditions = byId.get("sms-conditions");
        Finding amounts = byId.get("sms-amounts");
        List<Conclusion> conclusions = new ArrayList<>();
        conclusions.add(new Conclusion(
                "UK: strategic market status",
                conditions.outcome(),
                "UK: " + Conclusions.lowerFirst(conditions.title())
                        // A turnover waiting for its exchange rate says so where the conclusion is read.
                        + (amounts != null && amounts.outcome() == Outcome.UNDETERMINED
                                ? "; " + Conclusions.lowerFirst(amounts.title())
                                : ""),
                Conclusions.reasons(parts, f -> true),
                Conclusions.unknown(parts)));
        List<Finding> dates = Conclusions.present(byId, "sms-decision-due", "sms-designation-ends");
        if (!dates.isEmpty()) {
            conclusions.add(new Conclusion(
                    "UK: the SMS procedure's dates",
                    Outcome.INFORMATION,
                    String.join("; ", dates.stream().map(Finding::title).toList()),
                    Conclusions.reasons(dates, f -> true),
                    List.of()));
        }
        return conclusions;
    }

    @Override
    public List<SetDeadline> deadlines(AnswerSheet answers, ReferenceData reference) {
        StrategicMarketStatus.Result result = evaluate(answers, reference, new ArrayList<>());
        return List.of(
                new SetDeadline(
                        "SMS decision notice due",
                        deadline(answers, "investigation_notice", result.decisionDue()),
                        "DMCC Act 2024, s.14(2)"),
                new SetDeadline(
                        "SMS designation period ends",
                        deadline(answers, "decision_notice", result.designationEnds()),
                        "DMCC Act 2024, s.18"),
                new SetDeadline(
                        "Further SMS investigation to begin by",
                        deadline(answers, "decision_notice", result.furtherInvestigationLatestStart()),
                        "DMCC Act 2024, s.10(2)"));
    }

    /** A date of the Act as a key date, counted from the answer that gives its event. */
    private static Deadline deadline(AnswerSheet answers, String event, StatutoryDate date) {
        return date == null ? null : Deadline.onCalendarDay(answers.date(event), date.date());
    }
}
