package eu.competitiondesk.reports;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import com.github.difflib.text.DiffRowGenerator;
import eu.competitiondesk.reports.ReportDocument.Block;
import eu.competitiondesk.reports.ReportDocument.Heading;
import eu.competitiondesk.reports.ReportDocument.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two versions of a report, as the reviewer reads it: each heading, paragraph and table row of
 * the earlier version compared with the later one (numbers aside, since an inserted paragraph renumbers the rest),
 * and each change shown word by word with {@code <ins>} and {@code <del>}. The text is escaped before the marks are
 * added, so the lines are safe to show as HTML.
 */
public final class ReportChanges {

    /** Words a screen reader says before an addition and a removal. */
    public record Words(String added, String removed) {}

    /**
     * One changed line: the section it is in (the later version's heading), the paragraph number it has in the later
     * version (null for a removed line or a table row), and the line as HTML with its additions and removals marked.
     */
    public record Line(String section, Integer paragraph, String html) {}

    private record Unit(String text, String section, Integer paragraph) {}

    private ReportChanges() {}

    public static List<Line> between(ReportDocument earlier, ReportDocument later, Words words) {
        List<Unit> before = units(earlier);
        List<Unit> after = units(later);
        DiffRowGenerator wordByWord = DiffRowGenerator.create()
                .showInlineDiffs(true)
                .mergeOriginalRevised(true)
                .inlineDiffByWord(true)
                // The units are escaped already (see units).
                .lineNormalizer(line -> line)
                .oldTag(start -> start ? removedTag(words) : "</del>")
                .newTag(start -> start ? addedTag(words) : "</ins>")
                .build();
        Patch<String> patch = DiffUtils.diff(
                before.stream().map(Unit::text).toList(),
                after.stream().map(Unit::text).toList());
        List<Line> lines = new ArrayList<>();
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int from = delta.getSource().getPosition();
            int to = delta.getTarget().getPosition();
            int removed = delta.getSource().size();
            int added = delta.getTarget().size();
            // Within a changed stretch, a line of the later version is matched with the earlier line it most
            // resembles, in order, so an inserted paragraph reads as inserted and not as a rewrite of its neighbour.
            int next = 0;
            for (int j = 0; j < added; j++) {
                Unit now = after.get(to + j);
                int match = -1;
                for (int i = next; i < removed && match < 0; i++) {
                    if (similar(before.get(from + i).text(), now.text())) {
                        match = i;
                    }
                }
                if (match >= 0) {
                    for (int i = next; i < match; i++) {
                        lines.add(removedLine(before.get(from + i), now.section(), words));
                    }
                    String html = wordByWord
                            .generateDiffRows(List.of(before.get(from + match).text()), List.of(now.text()))
                            .get(0)
                            .getOldLine();
                    lines.add(new Line(now.section(), now.paragraph(), html));
                    next = match + 1;
                } else {
                    lines.add(new Line(now.section(), now.paragraph(), addedTag(words) + now.text() + "</ins>"));
                }
            }
            String section = to + added > 0 && to + added <= after.size()
                    ? after.get(Math.max(0, to + added - 1)).section()
                    : "";
            for (int i = next; i < removed; i++) {
                lines.add(removedLine(before.get(from + i), section, words));
            }
        }
        return List.copyOf(lines);
    }

    private static Line removedLine(Unit unit, String section, Words words) {
        return new Line(section.isEmpty() ? unit.section() : section, null, removedTag(words) + unit.text() + "</del>");
    }

    private static String addedTag(Words words) {
        return "<ins><span class=\"govuk-visually-hidden\">" + words.added() + " </span>";
    }

    private static String removedTag(Words words) {
        return "<del><span class=\"govuk-visually-hidden\">" + words.removed() + " </span>";
    }

    /** Two lines are one line changed when at least half of their words are shared. */
    private static boolean similar(String a, String b) {
        java.util.Set<String> left = new java.util.HashSet<>(List.of(a.split("\\s+")));
        java.util.Set<String> right = new java.util.HashSet<>(List.of(b.split("\\s+")));
        java.util.Set<String> shared = new java.util.HashSet<>(left);
        shared.retainAll(right);
        return 2 * shared.size() >= Math.max(left.size(), right.size());
    }

    /** The document as lines to compare: headings and paragraphs without their numbers, table rows cell by cell. */
    private static List<Unit> units(ReportDocument document) {
        List<Unit> raw = rawUnits(document);
        return raw.stream()
                .map(u -> new Unit(escape(u.text()), u.section(), u.paragraph()))
                .toList();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static List<Unit> rawUnits(ReportDocument document) {
        List<Unit> units = new ArrayList<>();
        String section = "";
        for (Block block : document.body()) {
            if (block instanceof Heading h) {
                section = h.numbered();
                units.add(new Unit(h.text(), section, null));
            } else if (block instanceof Paragraph p) {
                units.add(new Unit(p.plainText(), section, p.number()));
            } else if (block instanceof ReportDocument.Table t) {
                for (List<String> row : t.rows()) {
                    units.add(new Unit(String.join(" | ", row), section, null));
                }
            } else if (block instanceof ReportDocument.Bullets b) {
                for (String item : b.items()) {
                    units.add(new Unit(item, section, null));
                }
            }
        }
        return units;
    }
}
