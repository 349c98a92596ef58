package eu.competitiondesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.reports.ReportDocument.Heading;
import eu.competitiondesk.reports.ReportDocument.Paragraph;
import eu.competitiondesk.reports.ReportDocument.Style;
import eu.competitiondesk.reports.ReportDocument.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportChangesTest {

    private static final ReportChanges.Words WORDS = new ReportChanges.Words("added", "removed");

    private static ReportDocument document(List<String> paragraphs, List<List<String>> rows) {
        List<ReportDocument.Block> body = new java.util.ArrayList<>();
        body.add(new Heading(1, "1", "Summary", "summary", false));
        for (int i = 0; i < paragraphs.size(); i++) {
            body.add(new Paragraph(i + 1, "p" + (i + 1), Style.TEXT, List.of(new Text(paragraphs.get(i)))));
        }
        body.add(new ReportDocument.Table(null, List.of(new ReportDocument.Column("Firm", false)), rows));
        return new ReportDocument(null, body);
    }

    @Test
    void aChangedWordIsMarkedInItsParagraphUnderItsNewNumber() {
        ReportDocument before = document(
                List.of("The block exemption covers the agreement.", "Unchanged."), List.of(List.of("AWS", "30%")));
        ReportDocument after = document(
                List.of("An inserted finding.", "The block exemption does not cover the agreement.", "Unchanged."),
                List.of(List.of("AWS", "31%")));
        List<ReportChanges.Line> lines = ReportChanges.between(before, after, WORDS);
        assertEquals(3, lines.size(), lines.toString());
        ReportChanges.Line inserted = lines.get(0);
        assertEquals(1, inserted.paragraph());
        assertTrue(
                inserted.html().startsWith("<ins><span class=\"govuk-visually-hidden\">added </span>An inserted"),
                lines.toString());
        ReportChanges.Line changed = lines.get(1);
        assertEquals(2, changed.paragraph(), "the paragraph's number in the later version");
        assertTrue(
                changed.html().contains("<del><span class=\"govuk-visually-hidden\">removed </span>covers</del>"),
                changed.html());
        assertTrue(changed.html().contains("added </span>does</ins>"), changed.html());
        assertTrue(changed.html().startsWith("The block exemption "), changed.html());
        ReportChanges.Line row = lines.get(2);
        assertTrue(
                row.html().contains("<del>")
                        && row.html().contains("30%")
                        && row.html().contains("31%"),
                row.html());
        assertEquals("1 Summary", row.section());
    }

    @Test
    void typedMarkupIsShownAsTextNotRun() {
        ReportDocument before = document(List.of("Plain."), List.of());
        ReportDocument after = document(List.of("Plain.", "<script>alert(1)</script> & more"), List.of());
        String html = ReportChanges.between(before, after, WORDS).get(0).html();
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"), html);
    }

    @Test
    void aRemovedParagraphHasNoNumberInTheLaterVersion() {
        ReportDocument before = document(List.of("Kept.", "Dropped."), List.of());
        ReportDocument after = document(List.of("Kept."), List.of());
        List<ReportChanges.Line> lines = ReportChanges.between(before, after, WORDS);
        assertEquals(1, lines.size());
        assertEquals(null, lines.get(0).paragraph());
        assertTrue(lines.get(0).html().contains("<del>") && lines.get(0).html().contains("Dropped."));
    }
}
