package eu.competitiondesk.assessments;

import eu.competitiondesk.assessments.AgreementHistory.DatedClause;
import eu.competitiondesk.engine.Basis;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One assessment read as at two days side by side: the clauses that came into force or ceased to apply between
 * them, and each finding on both days, those that changed with the clauses that changed them (a clause whose answer
 * a changed finding rests on and whose force differs between the days).
 */
public record DateComparison(String first, String second, List<ClauseChange> clauses, List<Row> rows) {

    /** A clause in force on one day only. */
    public record ClauseChange(String clause, boolean inForceOnFirst, boolean inForceOnSecond) {}

    /** A finding on both days ({@code null} on a day it is not made), and why it changed. */
    public record Row(
            String title,
            String firstWords,
            String secondWords,
            String firstOutcome,
            String secondOutcome,
            boolean changed,
            List<String> because) {}

    static DateComparison of(
            AgreementReading first,
            AgreementReading second,
            List<Finding> onFirst,
            List<Finding> onSecond,
            Function<Outcome, String> words) {
        Map<String, DatedClause> firstClauses = byId(first.inForce());
        Map<String, DatedClause> secondClauses = byId(second.inForce());
        Set<String> changedIds = new LinkedHashSet<>();
        List<ClauseChange> clauses = new ArrayList<>();
        Map<String, DatedClause> all = new LinkedHashMap<>(firstClauses);
        secondClauses.forEach(all::putIfAbsent);
        all.forEach((id, clause) -> {
            boolean a = firstClauses.containsKey(id);
            boolean b = secondClauses.containsKey(id);
            if (a != b) {
                changedIds.add(id);
                clauses.add(new ClauseChange(clause.publicLabel(), a, b));
            }
        });
        Map<String, Finding> a = findings(onFirst);
        Map<String, Finding> b = findings(onSecond);
        Set<String> ids = new LinkedHashSet<>(a.keySet());
        ids.addAll(b.keySet());
        List<Row> rows = new ArrayList<>();
        for (String id : ids) {
            if (id.equals("agreement-as-of")) {
                continue;
            }
            Finding x = a.get(id);
            Finding y = b.get(id);
            boolean changed =
                    x == null || y == null || x.outcome() != y.outcome() || !Objects.equals(x.title(), y.title());
            List<String> because = new ArrayList<>();
            if (changed) {
                Set<String> questions = new LinkedHashSet<>();
                for (Finding f : new Finding[] {x, y}) {
                    if (f != null) {
                        f.basis().stream()
                                .map(Basis::input)
                                .filter(Objects::nonNull)
                                .forEach(questions::add);
                    }
                }
                for (String question : questions) {
                    for (AgreementReading reading : List.of(first, second)) {
                        AgreementReading.FromClause given = reading.answers().get(question);
                        if (given != null && changedIds.contains(given.clauseId())) {
                            String label = all.get(given.clauseId()).publicLabel();
                            if (!because.contains(label)) {
                                because.add(label);
                            }
                        }
                    }
                }
            }
            rows.add(new Row(
                    (y != null ? y : x).title(),
                    x == null ? null : x.title(),
                    y == null ? null : y.title(),
                    x == null ? null : words.apply(x.outcome()),
                    y == null ? null : words.apply(y.outcome()),
                    changed,
                    because));
        }
        return new DateComparison(first.day(), second.day(), clauses, rows);
    }

    private static Map<String, DatedClause> byId(List<DatedClause> clauses) {
        Map<String, DatedClause> byId = new LinkedHashMap<>();
        clauses.forEach(c -> byId.put(c.clause().id(), c));
        return byId;
    }

    private static Map<String, Finding> findings(List<Finding> findings) {
        Map<String, Finding> byId = new LinkedHashMap<>();
        findings.forEach(f -> byId.putIfAbsent(f.id(), f));
        return byId;
    }
}
