package eu.competitiondesk.assessments.engine;

import eu.competitiondesk.assessments.engine.ExclusivityScreen.RestraintType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * An agreement as a history of clauses, each in force from its first day to its last (inclusive; open-ended without
 * one): which clauses were in force on a given day, and the terms they set together. Where clauses in force set the
 * same term, the one in force from the later day speaks; two that start the same day may not disagree.
 */
public final class ClauseHistory {

    /** The kinds of clause an agreement between a cloud provider and a model developer is reported to hold. */
    public enum ClauseKind {
        COMPUTE_EXCLUSIVITY,
        API_EXCLUSIVITY,
        RIGHT_OF_FIRST_REFUSAL,
        IP_LICENCE,
        PRIORITY,
        MINIMUM_SPEND,
        REVENUE_SHARE,
        EQUITY,
        BOARD_RIGHTS,
        TERM_AND_TERMINATION
    }

    /** The terms a clause sets; null where it says nothing of one. */
    public record Terms(
            RestraintType restraintType,
            BigDecimal requirementsSharePercent,
            Integer durationMonths,
            Boolean tacitRenewal,
            Boolean terminableWithReasonableNotice,
            BigDecimal stakePercent) {

        public static final Terms NONE = new Terms(null, null, null, null, null, null);

        /** Each term by its name, in the order of the record; absent where not set. */
        public Map<String, Object> set() {
            Map<String, Object> set = new LinkedHashMap<>();
            FIELDS.forEach((name, read) -> {
                Object value = read.apply(this);
                if (value != null) {
                    set.put(name, value);
                }
            });
            return set;
        }

        static Terms of(Map<String, Object> set) {
            return new Terms(
                    (RestraintType) set.get("restraintType"),
                    (BigDecimal) set.get("requirementsSharePercent"),
                    (Integer) set.get("durationMonths"),
                    (Boolean) set.get("tacitRenewal"),
                    (Boolean) set.get("terminableWithReasonableNotice"),
                    (BigDecimal) set.get("stakePercent"));
        }
    }

    private static final Map<String, Function<Terms, Object>> FIELDS = fields();

    private static Map<String, Function<Terms, Object>> fields() {
        Map<String, Function<Terms, Object>> fields = new LinkedHashMap<>();
        fields.put("restraintType", Terms::restraintType);
        fields.put("requirementsSharePercent", Terms::requirementsSharePercent);
        fields.put("durationMonths", Terms::durationMonths);
        fields.put("tacitRenewal", Terms::tacitRenewal);
        fields.put("terminableWithReasonableNotice", Terms::terminableWithReasonableNotice);
        fields.put("stakePercent", Terms::stakePercent);
        return fields;
    }

    /** One clause: {@code effectiveTo} is its last day in force, null while it runs on. */
    public record Clause(String id, ClauseKind kind, LocalDate effectiveFrom, LocalDate effectiveTo, Terms terms) {

        public Clause {
            terms = terms == null ? Terms.NONE : terms;
        }

        public boolean inForceOn(LocalDate day) {
            return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
        }
    }

    /**
     * The agreement on {@code asOf}: the clauses in force (earliest first), the terms they set together, and which
     * clause set each term.
     */
    public record InForce(LocalDate asOf, List<Clause> clauses, Terms terms, Map<String, String> setBy) {

        public boolean has(ClauseKind kind) {
            return clauses.stream().anyMatch(c -> c.kind() == kind);
        }
    }

    private ClauseHistory() {}

    public static InForce asOf(List<Clause> clauses, LocalDate asOf) {
        List<Clause> inForce = clauses.stream()
                .filter(c -> c.inForceOn(asOf))
                .sorted(Comparator.comparing(Clause::effectiveFrom).thenComparing(Clause::id))
                .toList();
        Map<String, Object> terms = new HashMap<>();
        Map<String, String> setBy = new LinkedHashMap<>();
        for (Clause clause : inForce) {
            clause.terms().set().forEach((name, value) -> {
                terms.put(name, value);
                setBy.put(name, clause.id());
            });
        }
        return new InForce(asOf, inForce, Terms.of(terms), setBy);
    }

    /** Whether the history records a clause of this kind at any time: one that is not in force was there before or after. */
    public static boolean records(List<Clause> clauses, ClauseKind kind) {
        return clauses.stream().anyMatch(c -> c.kind() == kind);
    }

    /**
     * What is wrong with a history, each fault named by its place ({@code prefix} + {@code [i].field}): a last day
     * before the first, an id given twice, two clauses from the same day that set one term differently.
     */
    public static List<RuleViolation> faults(List<Clause> clauses, String prefix) {
        List<RuleViolation> faults = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            String at = prefix + "[" + i + "].";
            if (!ids.add(c.id())) {
                faults.add(new RuleViolation(at + "id", "given twice; each clause needs its own id"));
            }
            if (c.effectiveTo() != null && c.effectiveTo().isBefore(c.effectiveFrom())) {
                faults.add(new RuleViolation(at + "effectiveTo", "the last day in force comes before the first"));
            }
            for (int j = 0; j < i; j++) {
                Clause earlier = clauses.get(j);
                if (!earlier.effectiveFrom().equals(c.effectiveFrom())) {
                    continue;
                }
                Map<String, Object> mine = c.terms().set();
                Map<String, Object> theirs = earlier.terms().set();
                for (String term : mine.keySet()) {
                    if (theirs.containsKey(term) && !same(mine.get(term), theirs.get(term))) {
                        faults.add(new RuleViolation(
                                at + "terms." + term,
                                "clause " + earlier.id() + " sets it differently from the same day; which applies"
                                        + " cannot be told"));
                    }
                }
            }
        }
        return faults;
    }

    private static boolean same(Object a, Object b) {
        return a instanceof BigDecimal x && b instanceof BigDecimal y ? x.compareTo(y) == 0 : Objects.equals(a, b);
    }
}
