package eu.competitiondesk.assessments.engine;

import eu.competitiondesk.engine.Basis;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What every questionnaire's conclusions are drawn with: a conclusion answers one legal question in the findings' own
 * wording, adds which findings it rests on and what is still to establish. Each questionnaire kind draws its own.
 */
final class Conclusions {

    private Conclusions() {}

    static Map<String, Finding> byId(List<Finding> findings) {
        Map<String, Finding> byId = new LinkedHashMap<>();
        findings.forEach(f -> byId.put(f.id(), f));
        return byId;
    }

    static List<Finding> present(Map<String, Finding> byId, String... ids) {
        List<Finding> found = new ArrayList<>();
        for (String id : ids) {
            if (byId.containsKey(id)) {
                found.add(byId.get(id));
            }
        }
        return found;
    }

    static List<Conclusion.Reason> reasons(List<Finding> findings, Predicate<Finding> which) {
        return findings.stream()
                .filter(which)
                .map(f -> new Conclusion.Reason(f.title(), f.source()))
                .toList();
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

    static String names(List<Finding> presumptions, Outcome outcome) {
        return String.join(
                ", ",
                presumptions.stream()
                        .filter(f -> f.outcome() == outcome)
                        .map(f -> f.id().substring("presumption:".length()))
                        .toList());
    }

    static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
