package eu.competitiondesk.reports;

import eu.competitiondesk.concentration.MarketFigures;
import eu.competitiondesk.economics.AnalysisFigures;
import java.util.List;

/**
 * A report edition laid out as a document, independent of its file format: numbered headings, paragraphs numbered
 * through the body, footnotes numbered through the document, cross-references resolved to paragraph numbers, tables
 * and charts. The PDF (through XHTML), the DOCX and the review page all render this one layout, so a paragraph or a
 * footnote has the same number in each. Built by {@link ReportLayout}.
 */
public record ReportDocument(ReportContent content, List<Block> body) {

    /** The level-1 headings, for the table of contents. */
    public List<Heading> contents() {
        return body.stream()
                .filter(b -> b instanceof Heading h && h.level() == 1)
                .map(Heading.class::cast)
                .toList();
    }

    /** The numbered paragraphs, for the change view and comments anchored to a paragraph number. */
    public List<Paragraph> numberedParagraphs() {
        return body.stream()
                .filter(b -> b instanceof Paragraph p && p.number() != null)
                .map(Paragraph.class::cast)
                .toList();
    }

    /**
     * One block of the body. Templates cannot test a type, so each block answers for its own kind and gives null for
     * the others.
     */
    public sealed interface Block permits Heading, Paragraph, Table, Chart, SpreadChart, Bullets {
        default Heading asHeading() {
            return null;
        }

        default Paragraph asParagraph() {
            return null;
        }

        default Table asTable() {
            return null;
        }

        default Chart asChart() {
            return null;
        }

        default SpreadChart asSpreadChart() {
            return null;
        }

        default Bullets asBullets() {
            return null;
        }
    }

    /**
     * A heading: {@code number} is "1", "1.1" or "Annex A"; {@code newPage} starts it on a fresh page (each assessment
     * and the first annex).
     */
    public record Heading(int level, String number, String text, String anchor, boolean newPage) implements Block {
        @Override
        public Heading asHeading() {
            return this;
        }

        public String numbered() {
            return number + " " + text;
        }
    }

    /** How a paragraph reads: running text, or a note in smaller type (what a market's figures rest on). */
    public enum Style {
        TEXT,
        NOTE
    }

    /**
     * A paragraph: {@code number} is its number in the body, or null in an annex; {@code anchor} is what a
     * cross-reference or a comment points at ("p14").
     */
    public record Paragraph(Integer number, String anchor, Style style, List<Span> spans) implements Block {
        @Override
        public Paragraph asParagraph() {
            return this;
        }

        public String numberLabel() {
            return number == null ? null : "(" + number + ")";
        }

        public boolean note() {
            return style == Style.NOTE;
        }

        /** The paragraph's words with footnote calls as their numbers: what the change view compares. */
        public String plainText() {
            StringBuilder text = new StringBuilder();
            for (Span span : spans) {
                text.append(span.plain());
            }
            return text.toString();
        }
    }

    /** A piece of a paragraph: text, a footnote with its number, or a reference to another paragraph. */
    public sealed interface Span permits Text, Footnote, ParagraphRef {
        String plain();

        default String text() {
            return null;
        }

        default boolean strong() {
            return false;
        }

        default Footnote footnote() {
            return null;
        }

        default ParagraphRef reference() {
            return null;
        }
    }

    /** Words, {@code strong} for a statement that leads its paragraph (a conclusion, a finding). */
    public record Text(String text, boolean strong) implements Span {
        public Text(String text) {
            this(text, false);
        }

        @Override
        public String plain() {
            return text;
        }
    }

    /** A footnote: its call sits where the span does, its text at the foot of the page. */
    public record Footnote(int number, String note) implements Span {
        @Override
        public String plain() {
            return "[" + number + "]";
        }

        @Override
        public Footnote footnote() {
            return this;
        }
    }

    /** "paragraph (14)": a reference to the paragraph anchored {@code target}, whose number is {@code number}. */
    public record ParagraphRef(String target, int number, String words) implements Span {
        @Override
        public String plain() {
            return words;
        }

        @Override
        public ParagraphRef reference() {
            return this;
        }
    }

    /** A table: its columns (numeric ones are right-aligned and never wrap) and rows of text. */
    public record Table(String caption, List<Column> columns, List<List<String>> rows) implements Block {

        /** Rows a page break may not come between: the first three and the last three of a table, all of a short one. */
        static final int ROWS_KEPT_TOGETHER = 3;

        @Override
        public Table asTable() {
            return this;
        }

        /**
         * The rows in the groups a page break respects: a table of fewer than twice {@link #ROWS_KEPT_TOGETHER} rows
         * is one kept group; a longer one a kept head, the rows between (which may break anywhere) and a kept tail,
         * so that a split never leaves fewer than three rows on either page.
         */
        public List<RowGroup> rowGroups() {
            int n = rows.size();
            if (n < 2 * ROWS_KEPT_TOGETHER) {
                return List.of(new RowGroup(true, rows));
            }
            return List.of(
                    new RowGroup(true, rows.subList(0, ROWS_KEPT_TOGETHER)),
                    new RowGroup(false, rows.subList(ROWS_KEPT_TOGETHER, n - ROWS_KEPT_TOGETHER)),
                    new RowGroup(true, rows.subList(n - ROWS_KEPT_TOGETHER, n)));
        }
    }

    /** Consecutive rows of a table; {@code kept}: no page break between them. */
    public record RowGroup(boolean kept, List<List<String>> rows) {}

    public record Column(String heading, boolean numeric) {}

    /** A market's share chart; {@code alt} is its text alternative in every format. */
    public record Chart(MarketFigures figures, String anchor, String alt) implements Block {
        @Override
        public Chart asChart() {
            return this;
        }
    }

    /** The distribution of a figure over a sensitivity run's draws; {@code alt} is its text alternative. */
    public record SpreadChart(AnalysisFigures.Spread spread, String anchor, String alt) implements Block {
        @Override
        public SpreadChart asSpreadChart() {
            return this;
        }
    }

    /** A bulleted list (the sources and cited documents). */
    public record Bullets(List<String> items) implements Block {
        @Override
        public Bullets asBullets() {
            return this;
        }
    }
}
