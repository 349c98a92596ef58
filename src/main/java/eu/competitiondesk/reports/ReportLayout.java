package eu.competitiondesk.reports;

import eu.competitiondesk.agreements.AgreementTimeline;
import eu.competitiondesk.assessments.AssessmentFindings;
import eu.competitiondesk.assessments.DesignationComparison;
import eu.competitiondesk.concentration.MarketSummary;
import eu.competitiondesk.concentration.ScenarioFigures;
import eu.competitiondesk.economics.AnalysisFigures;
import eu.competitiondesk.economics.EconomicsMessages;
import eu.competitiondesk.reasoning.Passage;
import eu.competitiondesk.reports.ReportDocument.Block;
import eu.competitiondesk.reports.ReportDocument.Column;
import eu.competitiondesk.reports.ReportDocument.Footnote;
import eu.competitiondesk.reports.ReportDocument.Heading;
import eu.competitiondesk.reports.ReportDocument.Paragraph;
import eu.competitiondesk.reports.ReportDocument.ParagraphRef;
import eu.competitiondesk.reports.ReportDocument.Span;
import eu.competitiondesk.reports.ReportDocument.Style;
import eu.competitiondesk.reports.ReportDocument.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lays a report edition out as a {@link ReportDocument}, in the order a decision reads: the summary built from the
 * conclusions, the question, each market with its scenarios and analyses, each assessment with its conclusions and
 * findings, then the annexes. Headings are numbered 1, 1.1 and annexes lettered; body paragraphs are numbered (1),
 * (2), … through the document, annex rows are not; the legal source of each finding becomes a footnote. A summary
 * paragraph refers to the paragraph that develops it; references are resolved once the body is laid out.
 */
@ApplicationScoped
public class ReportLayout {

    @Inject
    ReportMessages msg;

    @Inject
    EconomicsMessages economics;

    public ReportDocument layout(ReportContent c) {
        Builder b = new Builder();
        summary(b, c);
        if (!c.introduction().isEmpty()) {
            b.heading(1, msg.introduction_heading(), "introduction", false);
            b.passages(c.introduction());
        }
        b.heading(1, msg.question_heading(), "question", false);
        b.paragraph(Style.TEXT, c.summary() == null ? msg.summary_none() : c.summary());

        for (ReportContent.MarketSection section : c.markets()) {
            market(b, section);
        }
        for (ReportContent.AssessmentSection section : c.assessments()) {
            assessment(b, section);
        }
        // Reports filed before the comparison existed carry none.
        List<DesignationComparison> comparisons = c.comparisons() == null ? List.of() : c.comparisons();
        for (int i = 0; i < comparisons.size(); i++) {
            comparison(b, comparisons.get(i), "comparison-" + (i + 1));
        }
        // Reports filed before agreements were held carry none.
        List<AgreementTimeline> agreements = c.agreements() == null ? List.of() : c.agreements();
        for (int i = 0; i < agreements.size(); i++) {
            agreement(b, agreements.get(i), "agreement-" + (i + 1));
        }

        if (!c.closing().isEmpty()) {
            b.heading(1, msg.closing_heading(), "closing", false);
            b.passages(c.closing());
        }
        b.annex(msg.annex_heading(), "annex");
        for (ReportContent.AssessmentSection s : c.assessments()) {
            b.heading(2, s.assessment().title(), s.anchor() + "-answers", false);
            b.table(
                    null,
                    List.of(new Column(msg.question(), false), new Column(msg.answer(), false)),
                    s.assessment().answers().stream()
                            .map(l -> List.of(
                                    l.question(),
                                    l.answer()
                                            + (l.evidence() == null
                                                    ? ""
                                                    : " — " + msg.evidence() + ": " + l.evidence())))
                            .toList());
        }
        b.annex(msg.sources_heading(), "sources");
        b.add(new ReportDocument.Bullets(c.sources()));
        if (!c.citedDocuments().isEmpty()) {
            b.heading(2, msg.cited_documents(), "cited", false);
            b.add(new ReportDocument.Bullets(c.citedDocuments()));
        }
        return new ReportDocument(c, b.resolved());
    }

    /**
     * "1 Summary": one paragraph per conclusion of each assessment (its outcome and the reason that decides it), then
     * each kept scenario's verdicts and each analysis's result, each referring to the paragraph that develops it.
     */
    private void summary(Builder b, ReportContent c) {
        b.heading(1, msg.summary_heading(), "summary", false);
        int summaryParagraphs = 0;
        for (ReportContent.AssessmentSection s : c.assessments()) {
            List<AssessmentFindings.ConclusionLine> conclusions = s.assessment().conclusions();
            for (int i = 0; i < conclusions.size(); i++) {
                AssessmentFindings.ConclusionLine line = conclusions.get(i);
                List<Span> spans =
                        new ArrayList<>(List.of(new Text(s.assessment().title() + ". " + line.line() + ".")));
                if (!line.reasons().isEmpty()) {
                    spans.add(new Text(" "));
                    spans.addAll(reason(b, line.reasons().get(0)));
                    spans.add(new Text("."));
                }
                b.paragraphWithRef(Style.TEXT, spans, conclusionAnchor(s, i));
                summaryParagraphs++;
            }
        }
        for (ReportContent.MarketSection m : c.markets()) {
            List<ScenarioFigures> scenarios = m.market().scenarios();
            for (int i = 0; i < scenarios.size(); i++) {
                ScenarioFigures sc = scenarios.get(i);
                if (!sc.screens().isEmpty()) {
                    b.paragraphWithRef(
                            Style.TEXT,
                            msg.summary_scenario(
                                    m.market().name(),
                                    sc.name(),
                                    sc.screens().stream()
                                            .map(g -> g.guideline() + ": " + g.verdict())
                                            .collect(Collectors.joining("; "))),
                            m.anchor() + "-scenario-" + i);
                    summaryParagraphs++;
                }
            }
            for (int i = 0; i < m.analyses().size(); i++) {
                AnalysisFigures an = m.analyses().get(i);
                if (!an.conclusions().isEmpty()) {
                    b.paragraphWithRef(
                            Style.TEXT,
                            msg.summary_analysis(
                                    m.market().name(), an.kind(), an.name(), String.join(" ", an.conclusions())),
                            m.anchor() + "-analysis-" + i);
                    summaryParagraphs++;
                }
            }
        }
        if (summaryParagraphs == 0) {
            b.paragraph(Style.TEXT, msg.summary_nothing());
        }
    }

    private void market(Builder b, ReportContent.MarketSection section) {
        MarketSummary m = section.market();
        b.heading(1, msg.market_prefix() + " " + m.name(), section.anchor(), false);
        b.paragraph(
                Style.NOTE,
                m.scope() + ". " + msg.market_dataset() + ": " + m.dataset()
                        + (m.confidential() ? " (" + msg.confidential() + ")" : "") + ".");
        if (m.note() != null) {
            b.paragraph(Style.NOTE, m.note());
        }
        b.passages(section.officerText());
        b.table(
                null,
                figureColumns(),
                m.figures().figures().stream()
                        .map(f -> List.of(f.label(), f.value(), f.formula()))
                        .toList());
        if (!m.figures().bars().isEmpty()) {
            b.add(new ReportDocument.Chart(
                    m.figures(), section.anchor() + "-chart", m.figures().chartText()));
        }
        b.table(
                null,
                List.of(new Column(msg.firm(), false), new Column(msg.share(), true)),
                m.figures().shares().stream()
                        .map(s -> List.of(s.firm(), s.share()))
                        .toList());
        for (int i = 0; i < m.scenarios().size(); i++) {
            scenario(b, m.scenarios().get(i), section.anchor() + "-scenario-" + i);
        }
        for (int i = 0; i < section.analyses().size(); i++) {
            analysis(b, section.analyses().get(i), section.anchor() + "-analysis-" + i);
        }
    }

    private void scenario(Builder b, ScenarioFigures sc, String anchor) {
        b.heading(2, msg.scenario_prefix() + " " + sc.name(), anchor + "-heading", false);
        if (sc.illustrative()) {
            b.paragraph(Style.NOTE, msg.scenario_illustrative());
        }
        b.anchored(Style.NOTE, List.of(new Text(msg.scenario_assumes() + ": " + sc.assumptions())), anchor);
        if (sc.problem() != null) {
            b.paragraph(Style.TEXT, sc.problem());
            return;
        }
        b.table(
                null,
                figureColumns(),
                sc.figures().stream()
                        .map(f -> List.of(f.label(), f.value(), f.formula()))
                        .toList());
        if (!sc.screens().isEmpty()) {
            b.table(
                    null,
                    List.of(
                            new Column(msg.screen_guideline(), false),
                            new Column(msg.screen_verdict(), false),
                            new Column(msg.screen_reason(), false)),
                    sc.screens().stream()
                            .map(g -> List.of(
                                    g.guideline(),
                                    g.verdict() + " (" + msg.screen_range() + ": " + g.verdictRange() + ")",
                                    g.reason()
                                            + (g.circumstances().isEmpty()
                                                    ? ""
                                                    : " " + msg.screen_circumstances() + ": " + g.circumstances() + ".")
                                            + (g.boundNote().isEmpty() ? "" : " " + g.boundNote())))
                            .toList());
        }
    }

    private void analysis(Builder b, AnalysisFigures an, String anchor) {
        b.heading(2, an.kind() + ": " + an.name(), anchor + "-heading", false);
        if (an.illustrative()) {
            b.paragraph(Style.NOTE, msg.analysis_illustrative());
        }
        b.paragraph(Style.NOTE, msg.analysis_source() + ": " + an.source());
        b.table(
                null,
                List.of(new Column(msg.analysis_inputs(), false), new Column(msg.value(), true)),
                an.inputs().stream().map(i -> List.of(i.label(), i.value())).toList());
        b.table(
                null,
                figureColumns(),
                an.figures().stream()
                        .map(f -> List.of(f.label(), f.value(), f.formula() + "; " + f.inputs() + ". " + f.source()))
                        .toList());
        b.anchored(
                Style.TEXT,
                List.of(new Text(msg.analysis_conclusions() + ": " + String.join(" ", an.conclusions()))),
                anchor);
        for (AnalysisFigures.Table table : an.tables()) {
            b.table(
                    table.title(),
                    table.headings().stream()
                            .map(heading -> new Column(heading, true))
                            .toList(),
                    table.rows());
        }
        for (int i = 0; i < an.spreads().size(); i++) {
            AnalysisFigures.Spread spread = an.spreads().get(i);
            b.add(new ReportDocument.SpreadChart(spread, anchor + "-spread-" + (i + 1), spread.text()));
        }
    }

    /**
     * An agreement over time: its clauses as a table (period, kind, what it provides with the terms the rules read,
     * source), then each day it changed as a numbered paragraph.
     */
    private void agreement(Builder b, AgreementTimeline agreement, String anchor) {
        b.heading(1, msg.agreement_heading(agreement.title()), anchor, false);
        b.paragraph(Style.NOTE, msg.agreement_parties(agreement.parties()));
        b.table(
                null,
                List.of(
                        new Column(msg.agreement_in_force(), false),
                        new Column(msg.agreement_clause(), false),
                        new Column(msg.agreement_provides(), false),
                        new Column(msg.agreement_source(), false)),
                agreement.clauses().stream()
                        .map(c -> List.of(
                                c.period(),
                                c.kind(),
                                c.summary() + (c.terms().isEmpty() ? "" : " (" + String.join("; ", c.terms()) + ")"),
                                c.source() + (c.sourceUrl() == null ? "" : ", " + c.sourceUrl())))
                        .toList());
        for (AgreementTimeline.Change change : agreement.changes()) {
            b.paragraph(Style.TEXT, change.heading() + ": " + String.join("; ", change.events()) + ".");
        }
    }

    /** The designation regimes side by side: the table of the page, then each difference as a numbered paragraph. */
    private void comparison(Builder b, DesignationComparison comparison, String anchor) {
        b.heading(1, msg.comparison_heading(comparison.undertaking()), anchor, false);
        List<Column> columns = new ArrayList<>(List.of(new Column(msg.question(), false)));
        comparison
                .regimes()
                .forEach(r -> columns.add(new Column(
                        r.name() + (r.assessmentTitle() == null ? " (" + msg.comparison_not_assessed() + ")" : ""),
                        false)));
        b.table(
                null,
                columns,
                comparison.rows().stream()
                        .map(row -> {
                            List<String> cells = new ArrayList<>(List.of(row.question()));
                            row.cells()
                                    .forEach(cell ->
                                            cells.add((cell.outcomeWords().isEmpty() ? "" : cell.outcomeWords() + ": ")
                                                    + cell.text()
                                                    + (cell.source().isEmpty() ? "" : " (" + cell.source() + ")")));
                            return cells;
                        })
                        .toList());
        for (DesignationComparison.Row row : comparison.rows()) {
            if (row.difference() != null) {
                b.paragraph(Style.TEXT, row.question() + ": " + row.difference() + ".");
            }
        }
    }

    private void assessment(Builder b, ReportContent.AssessmentSection section) {
        AssessmentFindings a = section.assessment();
        b.heading(1, msg.assessment_prefix() + " " + a.title(), section.anchor(), false);
        b.paragraph(
                Style.NOTE,
                a.questionnaire() + " (v" + a.questionnaireVersion() + "). "
                        + (a.completed() ? msg.assessment_completed() : msg.assessment_in_progress())
                        + (a.speaksFor() == null ? "" : " " + a.speaksFor() + "."));
        if (a.findings().isEmpty()) {
            b.paragraph(Style.TEXT, msg.findings_none());
        }
        if (!a.conclusions().isEmpty()) {
            b.heading(2, msg.conclusions_heading(), section.anchor() + "-conclusions", false);
            for (int i = 0; i < a.conclusions().size(); i++) {
                AssessmentFindings.ConclusionLine line = a.conclusions().get(i);
                List<Span> spans = new ArrayList<>();
                spans.add(new Text(line.statement() + " (" + line.outcomeWords() + ").", true));
                if (!line.reasons().isEmpty()) {
                    spans.add(new Text(" " + msg.conclusion_reasons() + ": "));
                    for (int r = 0; r < line.reasons().size(); r++) {
                        if (r > 0) {
                            spans.add(new Text("; "));
                        }
                        spans.addAll(reason(b, line.reasons().get(r)));
                    }
                    spans.add(new Text("."));
                }
                if (!line.toEstablish().isEmpty()) {
                    spans.add(new Text(" " + msg.to_establish() + ": "
                            + line.toEstablish().stream()
                                    .map(AssessmentFindings.BasisLine::label)
                                    .collect(Collectors.joining("; "))
                            + "."));
                }
                b.anchored(Style.TEXT, spans, conclusionAnchor(section, i));
                b.passages(section.officerTextOn(line.question()));
            }
            b.heading(2, msg.findings_heading(), section.anchor() + "-findings", false);
        }
        for (AssessmentFindings.FindingLine f : a.findings()) {
            // One paragraph per finding: the finding in bold with its legal source as a footnote, the rule, and
            // the answers it rests on.
            String basis =
                    f.basis().stream().map(AssessmentFindings.BasisLine::text).collect(Collectors.joining("; "));
            List<Span> spans = new ArrayList<>(List.of(
                    new Text(f.title() + " (" + f.outcomeWords() + ").", true),
                    b.footnote(f.source()),
                    new Text(" " + msg.rule() + ": " + sentence(f.rule()) + " " + msg.basis() + ": "
                            + sentence(basis))));
            if (!f.cited().isEmpty()) {
                spans.add(new Text(" " + msg.cited_documents() + ": " + sentence(String.join("; ", f.cited()))));
            }
            b.anchored(Style.TEXT, spans, null);
        }
    }

    /** A reason in words with its legal source as a footnote (content stored before sources were apart has none). */
    private static List<Span> reason(Builder b, AssessmentFindings.ReasonLine reason) {
        return reason.source() == null
                ? List.of(new Text(reason.text()))
                : List.of(new Text(reason.text()), b.footnote(reason.source()));
    }

    /** The text closed by a full stop unless it already ends in one. */
    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    private static String conclusionAnchor(ReportContent.AssessmentSection s, int index) {
        return s.anchor() + "-conclusion-" + index;
    }

    private List<Column> figureColumns() {
        return List.of(
                new Column(msg.figure(), false), new Column(msg.value(), true), new Column(msg.formula(), false));
    }

    /**
     * Numbers as it goes: headings per level, paragraphs through the body (none in the annexes), footnotes through
     * the document. A paragraph can refer to one laid out later; the reference is filled in by {@link #resolved()}.
     */
    private final class Builder {
        private final List<Block> blocks = new ArrayList<>();
        private final int[] headingNumbers = new int[3];
        private final Map<String, Integer> anchors = new HashMap<>();
        private int paragraphs;
        private int footnotes;
        private int annexes;

        void add(Block block) {
            blocks.add(block);
        }

        void heading(int level, String text, String anchor, boolean newPage) {
            String number;
            if (annexes > 0) {
                number = (char) ('A' + annexes - 1) + "." + (++headingNumbers[2]);
            } else {
                headingNumbers[level]++;
                Arrays.fill(headingNumbers, level + 1, headingNumbers.length, 0);
                number = level == 1 ? Integer.toString(headingNumbers[1]) : headingNumbers[1] + "." + headingNumbers[2];
            }
            blocks.add(new Heading(level, number, text, anchor, newPage));
        }

        void annex(String text, String anchor) {
            annexes++;
            headingNumbers[2] = 0;
            blocks.add(new Heading(1, msg.annex_label((char) ('A' + annexes - 1)), text, anchor, annexes == 1));
        }

        void paragraph(Style style, String text) {
            anchored(style, List.of(new Text(text)), null);
        }

        /** A paragraph ending in "(see paragraph (n))" for the paragraph anchored {@code target}. */
        void paragraphWithRef(Style style, String text, String target) {
            paragraphWithRef(style, List.of(new Text(text)), target);
        }

        void paragraphWithRef(Style style, List<Span> spans, String target) {
            List<Span> all = new ArrayList<>(spans);
            all.addAll(List.of(new Text(" (" + msg.see() + " "), new ParagraphRef(target, 0, null), new Text(")")));
            anchored(style, all, null);
        }

        /**
         * A paragraph; {@code name} lets a summary paragraph refer to it. A numbered paragraph's address is its number
         * ("p14"), which references, bookmarks and review comments all use.
         */
        void anchored(Style style, List<Span> spans, String name) {
            Integer number = annexes > 0 ? null : ++paragraphs;
            if (name != null && number != null) {
                anchors.put(name, number);
            }
            blocks.add(new Paragraph(number, number == null ? null : "p" + number, style, spans));
        }

        /** The officer's own paragraphs, numbered like the rest; a redacted one keeps its number. */
        void passages(List<Passage> passages) {
            passages.forEach(p -> paragraph(Style.TEXT, p.text()));
        }

        Footnote footnote(String note) {
            return new Footnote(++footnotes, note);
        }

        void table(String caption, List<Column> columns, List<List<String>> rows) {
            blocks.add(new ReportDocument.Table(caption, columns, rows));
        }

        List<Block> resolved() {
            List<Block> out = new ArrayList<>(blocks.size());
            for (Block block : blocks) {
                if (block instanceof Paragraph p && p.spans().stream().anyMatch(s -> s instanceof ParagraphRef)) {
                    List<Span> spans = p.spans().stream()
                            .map(s -> s instanceof ParagraphRef r ? reference(r.target()) : s)
                            .toList();
                    out.add(new Paragraph(p.number(), p.anchor(), p.style(), spans));
                } else {
                    out.add(block);
                }
            }
            return List.copyOf(out);
        }

        private ParagraphRef reference(String target) {
            Integer number = anchors.get(target);
            if (number == null) {
                throw new IllegalStateException("a summary paragraph refers to " + target + ", which is not laid out");
            }
            return new ParagraphRef("p" + number, number, msg.paragraph_ref(number));
        }
    }
}
