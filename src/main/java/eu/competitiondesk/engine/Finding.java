package eu.competitiondesk.engine;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One finding of an assessment: what it concludes, the rule that produced it, references to the answers and figures
 * it rests on, and the legal source. A screening indicator for the officer, never a decision. A finding always has a source.
 */
public record Finding(String id, Outcome outcome, String title, String rule, List<Basis> basis, String source) {

    public Finding {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a finding needs its legal source: " + id);
        }
        basis = List.copyOf(basis);
    }

    /**
     * The finding as it speaks for one day ({@code day} in words): an assessment of an agreement as it stood then
     * names that day among what each finding rests on.
     */
    public Finding asOf(String day) {
        List<Basis> dated = new java.util.ArrayList<>(basis);
        dated.add(Basis.of("asOf", "As at", day));
        return new Finding(id, outcome, title, rule, dated, source);
    }

    /** The finding with each engine input renamed as {@code names} says (inputs it does not name are kept). */
    public Finding withInputs(UnaryOperator<String> names) {
        return new Finding(
                id,
                outcome,
                title,
                rule,
                basis.stream()
                        .map(b -> b.input() == null ? b : b.as(names.apply(b.input())))
                        .toList(),
                source);
    }
}
