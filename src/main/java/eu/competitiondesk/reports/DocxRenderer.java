package eu.competitiondesk.reports;

import eu.competitiondesk.assessments.AssessmentFindings;
import eu.competitiondesk.concentration.MarketFigures;
import eu.competitiondesk.concentration.MarketSummary;
import eu.competitiondesk.concentration.ScenarioFigures;
import eu.competitiondesk.economics.AnalysisFigures;
import eu.competitiondesk.economics.EconomicsMessages;
import eu.competitiondesk.export.WrittenDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The same report content as a Word document, for officers who edit in a word processor: the same sections,
 * tables and redactions as the PDF (the chart is left out; its numbers are in the table), a running header with
 * the reference and marking, page numbers, and title and author properties.
 */
@ApplicationScoped
public class DocxRenderer {

    @Inject
    ReportMessages msg;

    @Inject
    EconomicsMessages economics;

    public byte[] render(ReportContent c, boolean draft, Approval approval) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            addHeadingStyles(doc);
            var properties = doc.getProperties().getCoreProperties();
            properties.setTitle(c.reference() + " " + c.title());
            properties.setCreator(c.author());
            properties.setSubjectProperty(c.marking());
            Date fixed = Date.from(c.date().atStartOfDay().toInstant(ZoneOffset.UTC));
            properties.setCreated(Optional.of(fixed));
            properties.setModified(Optional.of(fixed));

            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            run(
                    header.createParagraph(),
                    c.reference() + " · " + c.marking() + (draft ? " · " + msg.draft_marking() : ""),
                    8,
                    false);
            XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph pageNumber = footer.createParagraph();
            pageNumber.setAlignment(ParagraphAlignment.RIGHT);
            pageNumber.getCTP().addNewFldSimple().setInstr("PAGE");

            run(doc.createParagraph(), c.marking(), 10, true);
            if (draft) {
                run(doc.createParagraph(), msg.draft_marking(), 10, true);
            }
            approval(doc, approval);
            run(doc.createParagraph(), c.title(), 20, true);
            XWPFTable cover = doc.createTable();
            row(cover, true, msg.cover_reference(), c.reference());
            row(cover, false, msg.cover_parties(), String.join("; ", c.parties()));
            row(
                    cover,
                    false,
                    msg.cover_edition(),
                    c.isConfidentialEdition() ? msg.edition_confidential() : msg.edition_public());
            row(cover, false, msg.cover_date(), c.date().toString());
            row(cover, false, msg.cover_author(), c.author());
            row(cover, false, msg.cover_version(), Integer.toString(c.reportVersion()));
            run(doc.createParagraph(), msg.cover_caveat(), 9, false);
            if (c.shareBands() != null) {
                run(doc.createParagraph(), msg.bands_note(c.shareBands()), 9, false);
            }

            heading(doc, msg.summary_heading());
            for (int i = 0; i < c.bottomLine().size(); i++) {
                run(doc.createParagraph(), "(" + (i + 1) + ") " + c.bottomLine().get(i), 10, false);
            }
            if (c.bottomLine().isEmpty()) {
                run(doc.createParagraph(), msg.summary_nothing(), 10, false);
            }
            heading(doc, msg.question_heading());
            run(doc.createParagraph(), Optional.ofNullable(c.summary()).orElse(msg.summary_none()), 10, false);

            for (ReportContent.MarketSection section : c.markets()) {
                MarketSummary m = section.market();
                heading(doc, msg.market_prefix() + " " + m.name());
                run(
                        doc.createParagraph(),
                        m.scope() + ". " + msg.market_dataset() + ": " + m.dataset()
                                + (m.confidential() ? " (" + msg.confidential() + ")" : ""),
                        9,
                        false);
                if (m.note() != null) {
                    run(doc.createParagraph(), m.note(), 9, false);
                }
                XWPFTable figures = doc.createTable();
                row(figures, true, msg.figure(), msg.value(), msg.formula());
                for (MarketFigures.Figure f : m.figures().figures()) {
                    row(figures, false, f.label(), f.value(), f.formula());
                }
                XWPFTable shares = doc.createTable();
                row(shares, true, msg.firm(), msg.share());
                for (MarketFigures.ShareLine s : m.figures().shares()) {
                    row(shares, false, s.firm(), s.share());
                }
                for (ScenarioFigures sc : m.scenarios()) {
                    heading(doc, msg.scenario_prefix() + " " + sc.name(), 2);
                    if (sc.illustrative()) {
                        run(doc.createParagraph(), msg.scenario_illustrative(), 9, false);
                    }
                    run(doc.createParagraph(), msg.scenario_assumes() + ": " + sc.assumptions(), 9, false);
                    if (sc.problem() != null) {
                        run(doc.createParagraph(), sc.problem(), 10, false);
                        continue;
                    }
                    XWPFTable scenarioFigures = doc.createTable();
                    row(scenarioFigures, true, msg.figure(), msg.value(), msg.formula());
                    for (ScenarioFigures.Line f : sc.figures()) {
                        row(scenarioFigures, false, f.label(), f.value(), f.formula());
                    }
                    if (!sc.screens().isEmpty()) {
                        XWPFTable screens = doc.createTable();
                        row(screens, true, msg.screen_guideline(), msg.screen_verdict(), msg.screen_reason());
                        for (ScenarioFigures.Screen g : sc.screens()) {
                            row(
                                    screens,
                                    false,
                                    g.guideline(),
                                    g.verdict() + " (" + msg.screen_range() + ": " + g.verdictRange() + ")",
                                    g.reason()
                                            + (g.circumstances().isEmpty()
                                                    ? ""
                                                    : " " + msg.screen_circumstances() + ": " + g.circumstances() + ".")
                                            + " "
                                            + g.boundNote());
                        }
                    }
                }
                for (AnalysisFigures an : section.analyses()) {
                    heading(doc, an.kind() + ": " + an.name(), 2);
                    if (an.illustrative()) {
                        run(doc.createParagraph(), msg.analysis_illustrative(), 9, false);
                    }
                    run(doc.createParagraph(), msg.analysis_source() + ": " + an.source(), 9, false);
                    XWPFTable inputs = doc.createTable();
                    row(inputs, true, msg.analysis_inputs(), msg.value());
                    for (AnalysisFigures.Line i : an.inputs()) {
                        row(inputs, false, i.label(), i.value());
                    }
                    XWPFTable analysisFigures = doc.createTable();
                    row(analysisFigures, true, msg.figure(), msg.value(), msg.formula());
                    for (AnalysisFigures.Line f : an.figures()) {
                        row(
                                analysisFigures,
                                false,
                                f.label(),
                                f.value(),
                                f.formula() + "; " + f.inputs() + ". " + f.source());
                    }
                    run(doc.createParagraph(), msg.analysis_conclusions() + ":", 9, false);
                    for (String conclusion : an.conclusions()) {
                        run(doc.createParagraph(), conclusion, 10, false);
                    }
                    for (AnalysisFigures.Sensitivity st : an.sensitivity()) {
                        run(doc.createParagraph(), st.title(), 9, true);
                        XWPFTable table = doc.createTable();
                        row(
                                table,
                                true,
                                economics.sensitivity_step(),
                                st.marginHeading(),
                                economics.sensitivity_guppi());
                        for (List<String> cells : st.rows()) {
                            row(table, false, cells.toArray(String[]::new));
                        }
                    }
                }
            }
            for (ReportContent.AssessmentSection section : c.assessments()) {
                AssessmentFindings a = section.assessment();
                heading(doc, msg.assessment_prefix() + " " + a.title());
                run(
                        doc.createParagraph(),
                        a.questionnaire() + " (v" + a.questionnaireVersion() + "). "
                                + (a.completed() ? msg.assessment_completed() : msg.assessment_in_progress()),
                        9,
                        false);
                if (!a.conclusions().isEmpty()) {
                    heading(doc, msg.conclusions_heading(), 2);
                    for (AssessmentFindings.ConclusionLine line : a.conclusions()) {
                        run(doc.createParagraph(), line.statement() + " (" + line.outcomeWords() + ")", 10, true);
                        if (!line.reasons().isEmpty()) {
                            run(
                                    doc.createParagraph(),
                                    msg.conclusion_reasons() + ": " + String.join("; ", line.reasons()),
                                    9,
                                    false);
                        }
                        if (!line.toEstablish().isEmpty()) {
                            run(
                                    doc.createParagraph(),
                                    msg.to_establish() + ": "
                                            + line.toEstablish().stream()
                                                    .map(AssessmentFindings.BasisLine::label)
                                                    .collect(Collectors.joining("; ")),
                                    9,
                                    false);
                        }
                    }
                    heading(doc, msg.findings_heading(), 2);
                }
                for (AssessmentFindings.FindingLine f : a.findings()) {
                    run(doc.createParagraph(), f.title() + " (" + f.outcomeWords() + ")", 10, true);
                    run(doc.createParagraph(), msg.rule() + ": " + f.rule(), 9, false);
                    run(
                            doc.createParagraph(),
                            msg.basis() + ": "
                                    + f.basis().stream()
                                            .map(AssessmentFindings.BasisLine::text)
                                            .collect(Collectors.joining("; ")),
                            9,
                            false);
                    run(doc.createParagraph(), msg.source() + ": " + f.source(), 9, false);
                    if (!f.cited().isEmpty()) {
                        run(
                                doc.createParagraph(),
                                msg.cited_documents() + ": " + String.join("; ", f.cited()),
                                9,
                                false);
                    }
                }
            }
            heading(doc, msg.annex_heading());
            for (ReportContent.AssessmentSection section : c.assessments()) {
                heading(doc, section.assessment().title(), 2);
                XWPFTable answers = doc.createTable();
                row(answers, true, msg.question(), msg.answer());
                for (AssessmentFindings.AnswerLine l : section.assessment().answers()) {
                    row(
                            answers,
                            false,
                            l.question(),
                            l.answer() + (l.evidence() == null ? "" : " — " + msg.evidence() + ": " + l.evidence()));
                }
            }
            heading(doc, msg.sources_heading());
            for (String source : c.sources()) {
                run(doc.createParagraph(), "• " + source, 10, false);
            }
            if (!c.citedDocuments().isEmpty()) {
                heading(doc, msg.cited_documents(), 2);
                for (String document : c.citedDocuments()) {
                    run(doc.createParagraph(), "• " + document, 10, false);
                }
            }
            approval(doc, approval);
            run(doc.createParagraph(), msg.integrity() + ": " + msg.sha256_label() + " " + c.inputSha256(), 8, false);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heading(XWPFDocument doc, String text) {
        heading(doc, text, 1);
    }

    /** A paragraph in the document's real heading style, so Word's navigation pane and screen readers find it. */
    private static void heading(XWPFDocument doc, String text, int level) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setStyle("Heading" + level);
        paragraph.setSpacingBefore(level == 1 ? 240 : 160);
        run(paragraph, text, level == 1 ? 14 : 11, true);
    }

    /** Heading 1 and 2 as paragraph styles with their outline levels, like Word's built-in ones. */
    private static void addHeadingStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        for (int level = 1; level <= 2; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            style.addNewQFormat();
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            style.getPPr().addNewKeepNext();
            styles.addStyle(new XWPFStyle(style, styles));
        }
    }

    /** The approval statement of an approved report, on its cover and last page as in the PDF. */
    private void approval(XWPFDocument doc, Approval approval) {
        if (approval == null) {
            return;
        }
        run(
                doc.createParagraph(),
                msg.approval_block(approval.decision(), approval.reviewer(), approval.decidedOn(), approval.author()),
                10,
                true);
        if (approval.releasedOn() != null) {
            run(doc.createParagraph(), msg.approval_released(approval.releasedOn()), 10, true);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily("Liberation Sans");
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(eu.competitiondesk.export.XmlText.clean(WrittenDates.inText(text)));
    }

    /** Appends a row; the first call on a new table fills the row POI created with it. */
    private static void row(XWPFTable table, boolean first, String... cells) {
        XWPFTableRow row = first ? table.getRow(0) : table.createRow();
        if (first) {
            // A header row: repeated on every page, and announced as column headers.
            row.setRepeatHeader(true);
        }
        for (int i = 0; i < cells.length; i++) {
            var cell = i < row.getTableCells().size() ? row.getCell(i) : row.addNewTableCell();
            cell.removeParagraph(0);
            run(cell.addParagraph(), cells[i] == null ? "" : cells[i], 9, first && table.getNumberOfRows() == 1);
        }
    }
}
