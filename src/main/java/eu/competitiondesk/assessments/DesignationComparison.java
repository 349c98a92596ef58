package eu.competitiondesk.assessments;

import eu.competitiondesk.assessments.engine.DmaDesignationQuestionnaire;
import eu.competitiondesk.assessments.engine.Gwb19aQuestionnaire;
import eu.competitiondesk.assessments.engine.UkSmsQuestionnaire;
import eu.competitiondesk.engine.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One undertaking's designation under the three regimes that designate on qualitative grounds, side by side: the DMA
 * (with its market investigation), UK strategic market status and §19a GWB. Each row sets conditions that answer the
 * same question next to each other, says where two regimes answer it differently, and ends with what is still to
 * establish and the procedures' dates. Built from the assessments' own findings, so the page and the report say the
 * same.
 */
public record DesignationComparison(String undertaking, List<Regime> regimes, List<Row> rows) {

    /** A regime's column: the assessment it comes from, or none yet. */
    public record Regime(String name, String assessmentTitle, Long assessmentId) {}

    /** One regime's answer in a row: its outcome in words, the finding's text and source; empty where none. */
    public record Cell(String outcomeWords, String text, String source, Boolean leaning) {

        static final Cell NONE = new Cell("", "", "", null);
    }

    /** A row; {@code difference} says where two regimes answer its question differently (null where none does). */
    public record Row(String question, List<Cell> cells, String difference) {}

    private static final List<String> REGIMES = List.of("EU: DMA", "UK: strategic market status", "Germany: §19a GWB");

    /** Which finding answers each row's question in each regime, in the regimes' order; a prefix ends with ':'. */
    private static final List<List<String>> ROW_FINDINGS = List.of(
            List.of("size", "sms-turnover", "gwb-factor-2"),
            List.of("users:", "sms-uk-link", "gwb-precondition"),
            List.of("entrenchment:", "sms-market-power", "gwb-factor-1"),
            List.of("criterion-b", "sms-strategic-significance", "gwb-factor-5"));

    private static final List<String> ROW_QUESTIONS = List.of(
            "Size (turnover, market value, financial strength)",
            "Reach: users, link to the territory, multi-sided markets",
            "An entrenched or dominant position",
            "A gateway or position of strategic significance");

    /** The questionnaires of the regimes compared, in the columns' order. */
    private static final List<String> REGIME_QUESTIONNAIRES =
            List.of(DmaDesignationQuestionnaire.ID, UkSmsQuestionnaire.ID, Gwb19aQuestionnaire.ID);

    /** Whether assessments of these questionnaires cover two regimes or more, so that a comparison can be drawn. */
    static boolean comparable(java.util.Collection<String> questionnaireIds) {
        return questionnaireIds.stream()
                        .distinct()
                        .filter(REGIME_QUESTIONNAIRES::contains)
                        .count()
                >= 2;
    }

    /** The comparisons of a case: one per undertaking assessed under at least two of the regimes. */
    static List<DesignationComparison> of(List<Subject> assessed) {
        Map<String, List<Subject>> byUndertaking = assessed.stream()
                .collect(Collectors.groupingBy(
                        s -> s.undertaking().strip().toLowerCase(java.util.Locale.ROOT),
                        java.util.LinkedHashMap::new,
                        Collectors.toList()));
        List<DesignationComparison> comparisons = new ArrayList<>();
        for (List<Subject> subjects : byUndertaking.values()) {
            List<Optional<Subject>> columns = REGIME_QUESTIONNAIRES.stream()
                    .map(id -> latest(subjects, id))
                    .toList();
            if (columns.stream().filter(Optional::isPresent).count() < 2) {
                continue;
            }
            comparisons.add(compare(subjects.get(0).undertaking(), columns));
        }
        return comparisons;
    }

    /** An assessment of one of the regimes (its questionnaire's id), with the undertaking it concerns. */
    record Subject(String undertaking, String questionnaireId, AssessmentFindings findings) {}

    private static Optional<Subject> latest(List<Subject> subjects, String questionnaire) {
        return subjects.stream()
                .filter(s -> s.questionnaireId().equals(questionnaire))
                .reduce((earlier, later) -> later);
    }

    private static DesignationComparison compare(String undertaking, List<Optional<Subject>> columns) {
        List<Regime> regimes = new ArrayList<>();
        for (int i = 0; i < REGIMES.size(); i++) {
            Optional<Subject> s = columns.get(i);
            regimes.add(new Regime(
                    REGIMES.get(i),
                    s.map(x -> x.findings().title()).orElse(null),
                    s.map(x -> x.findings().id()).orElse(null)));
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < ROW_QUESTIONS.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < REGIMES.size(); i++) {
                String id = ROW_FINDINGS.get(r).get(i);
                cells.add(columns.get(i)
                        .flatMap(s -> finding(s.findings(), id))
                        .map(DesignationComparison::cell)
                        .orElse(Cell.NONE));
            }
            rows.add(new Row(ROW_QUESTIONS.get(r), cells, difference(cells)));
        }
        rows.add(new Row(
                "Overall", conclusionCells(columns, c -> new Cell(c.outcomeWords(), c.statement(), "", null)), null));
        rows.add(new Row(
                "Still to establish",
                conclusionCells(
                        columns,
                        c -> new Cell(
                                "",
                                c.toEstablish().isEmpty()
                                        ? "Nothing"
                                        : String.join(
                                                "; ",
                                                c.toEstablish().stream()
                                                        .map(b -> b.label())
                                                        .filter(Objects::nonNull)
                                                        .toList()),
                                "",
                                null)),
                null));
        rows.add(new Row(
                "Key dates", columns.stream().map(DesignationComparison::dates).toList(), null));
        return new DesignationComparison(undertaking, regimes, rows);
    }

    private static List<Cell> conclusionCells(
            List<Optional<Subject>> columns, Function<AssessmentFindings.ConclusionLine, Cell> cell) {
        return columns.stream()
                .map(s -> s.flatMap(x -> x.findings().conclusions().stream().findFirst())
                        .map(cell)
                        .orElse(Cell.NONE))
                .toList();
    }

    /** The procedure's dates a regime's findings give, each said as binding or as a target. */
    private static Cell dates(Optional<Subject> column) {
        if (column.isEmpty()) {
            return Cell.NONE;
        }
        List<String> dates = column.get().findings().findings().stream()
                .filter(f -> List.of(
                                "notification-deadline",
                                "designation-deadline",
                                "market-investigation-targets",
                                "sms-decision-due",
                                "sms-designation-ends",
                                "gwb-designation-expires")
                        .contains(f.id()))
                .map(f -> f.title() + (f.id().equals("market-investigation-targets") ? "" : " (binding deadline)"))
                .toList();
        return new Cell("", dates.isEmpty() ? "None set yet" : String.join("; ", dates), "", null);
    }

    private static Optional<AssessmentFindings.FindingLine> finding(AssessmentFindings findings, String id) {
        return findings.findings().stream()
                .filter(f -> id.endsWith(":") ? f.id().startsWith(id) : f.id().equals(id))
                .findFirst();
    }

    private static Cell cell(AssessmentFindings.FindingLine f) {
        return new Cell(f.outcomeWords(), f.title(), f.source(), leaning(f.outcome()));
    }

    /** Yes-like (met, points towards), no-like (not met, points away), or neither. */
    private static Boolean leaning(Outcome outcome) {
        return switch (outcome) {
            case MET, POINTS_TOWARDS -> Boolean.TRUE;
            case NOT_MET, POINTS_AWAY -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String difference(List<Cell> cells) {
        List<String> yes = new ArrayList<>();
        List<String> no = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Boolean leaning = cells.get(i).leaning();
            if (Boolean.TRUE.equals(leaning)) {
                yes.add(REGIMES.get(i));
            } else if (Boolean.FALSE.equals(leaning)) {
                no.add(REGIMES.get(i));
            }
        }
        return yes.isEmpty() || no.isEmpty()
                ? null
                : "The regimes weigh this differently: " + String.join(" and ", yes) + " yes or towards, "
                        + String.join(" and ", no) + " no or away";
    }
}
