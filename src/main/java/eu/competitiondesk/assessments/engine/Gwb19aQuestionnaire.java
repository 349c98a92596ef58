package eu.competitiondesk.assessments.engine;

import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import eu.competitiondesk.referencedata.engine.Deadline;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The §19a GWB questionnaire: {@link ParamountSignificance} on a case's answers. */
public final class Gwb19aQuestionnaire implements QuestionnaireKind {

    public static final String ID = "gwb-19a";

    private static final Map<ParamountSignificance.ListedFactor, String> QUESTIONS = Map.of(
            ParamountSignificance.ListedFactor.DOMINANCE, "dominance",
            ParamountSignificance.ListedFactor.FINANCIAL_STRENGTH, "financial_strength",
            ParamountSignificance.ListedFactor.VERTICAL_INTEGRATION, "vertical_integration",
            ParamountSignificance.ListedFactor.ACCESS_TO_DATA, "access_to_data",
            ParamountSignificance.ListedFactor.IMPORTANCE_FOR_THIRD_PARTY_ACCESS, "third_party_access");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String undertakingQuestion() {
        return "undertaking";
    }

    static ParamountSignificance.Result evaluate(AnswerSheet a) {
        Map<ParamountSignificance.ListedFactor, ParamountSignificance.Assessment> factors =
                new EnumMap<>(ParamountSignificance.ListedFactor.class);
        QUESTIONS.forEach((factor, question) -> {
            String answer = a.text(question);
            if (answer != null) {
                factors.put(factor, ParamountSignificance.Assessment.valueOf(answer));
            }
        });
        List<ParamountSignificance.OtherFactor> others = new ArrayList<>();
        String other = a.text("other_factor");
        String weight = a.text("other_factor_weight");
        if (other != null && weight != null) {
            others.add(new ParamountSignificance.OtherFactor(other, ParamountSignificance.Assessment.valueOf(weight)));
        }
        return ParamountSignificance.evaluate(
                new ParamountSignificance.Input(a.yesNo("active_18_3a"), factors, others, a.date("bestandskraft")));
    }

    @Override
    public List<Finding> findings(AnswerSheet answers, ReferenceData reference) {
        return evaluate(answers).findings().stream()
                .map(f -> f.withInputs(Gwb19aQuestionnaire::question))
                .toList();
    }

    /** The question that answers an engine input. */
    private static String question(String input) {
        for (Map.Entry<ParamountSignificance.ListedFactor, String> factor : QUESTIONS.entrySet()) {
            if (input.equals("factors." + factor.getKey().field())) {
                return factor.getValue();
            }
        }
        return switch (input) {
            case "activeToSignificantExtentOnMarketsOf18_3a" -> "active_18_3a";
            case "bestandskraftDate" -> "bestandskraft";
            default -> input;
        };
    }

    @Override
    public List<Conclusion> conclusions(List<Finding> findings) {
        Map<String, Finding> byId = Conclusions.byId(findings);
        Finding paramount = byId.get("gwb-paramount-significance");
        List<Finding> parts = findings.stream()
                .filter(f -> f.id().startsWith("gwb-") && !f.id().equals("gwb-designation-expires"))
                .toList();
        List<Conclusion> conclusions = new ArrayList<>();
        conclusions.add(new Conclusion(
                "Germany: paramount significance for competition across markets",
                paramount.outcome(),
                "Germany (§19a GWB): " + Conclusions.lowerFirst(paramount.title()),
                Conclusions.reasons(parts, f -> true),
                Conclusions.unknown(parts)));
        conclusions.add(new Conclusion(
                "Germany: what a designation would allow",
                Outcome.INFORMATION,
                "A designation would allow the Bundeskartellamt to prohibit: "
                        + String.join(
                                "; ",
                                ParamountSignificance.FOLLOW_ON.stream()
                                        .map(p -> "(" + p.number() + ") " + Conclusions.lowerFirst(p.summary()))
                                        .toList()),
                ParamountSignificance.FOLLOW_ON.stream()
                        .map(p -> new Conclusion.Reason(p.summary(), p.source()))
                        .toList(),
                List.of()));
        return conclusions;
    }

    @Override
    public List<SetDeadline> deadlines(AnswerSheet answers, ReferenceData reference) {
        StatutoryDate expires = evaluate(answers).designationExpires();
        return List.of(new SetDeadline(
                "§19a designation expires",
                expires == null ? null : Deadline.onCalendarDay(answers.date("bestandskraft"), expires.date()),
                "§19a(1) Satz 3 GWB"));
    }
}
