package eu.competitiondesk.reports;

import eu.competitiondesk.export.WrittenDates;
import eu.competitiondesk.export.XmlText;
import eu.competitiondesk.reports.ReportDocument.Block;
import eu.competitiondesk.reports.ReportDocument.Column;
import eu.competitiondesk.reports.ReportDocument.Heading;
import eu.competitiondesk.reports.ReportDocument.Paragraph;
import eu.competitiondesk.reports.ReportDocument.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * The same report as a Word document, for officers who edit in a word processor: it renders the one
 * {@link ReportDocument} the PDF renders, so headings, paragraph numbers (written as text), footnotes and
 * cross-references agree with the PDF. A cover with the contents as a field Word updates on opening, the charts as
 * pictures with their text alternative, a running header with the reference and marking, "Page x of y", and title
 * and author properties.
 */
@ApplicationScoped
public class DocxRenderer {

    /** A picture in a paragraph of its own, at its nominal size, with its text alternative. */
    private static void picture(XWPFDocument doc, ChartImages.Png png, String anchor, String alt) {
        XWPFRun run = doc.createParagraph().createRun();
        try {
            run.addPicture(
                    new ByteArrayInputStream(png.bytes()),
                    PictureType.PNG,
                    anchor + ".png",
                    Units.pixelToEMU(png.width() / 2),
                    Units.pixelToEMU(png.height() / 2));
        } catch (InvalidFormatException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(alt);
    }

    private static final String FONT = "Liberation Sans";
    /** Hanging indent for a paragraph number, in twentieths of a point. */
    private static final int NUMBER_INDENT = 620;

    @Inject
    ReportMessages msg;

    @Inject
    ChartImages charts;

    public byte[] render(ReportDocument document, boolean draft, Approval approval) {
        ReportContent c = document.content();
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

            text(
                    doc.createHeader(HeaderFooterType.DEFAULT).createParagraph(),
                    c.reference() + " · " + c.marking() + (draft ? " · " + msg.draft_marking() : ""),
                    8,
                    false);
            XWPFParagraph pages = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            pages.setAlignment(ParagraphAlignment.RIGHT);
            text(pages, msg.page_label() + " ", 9, false);
            field(pages, "PAGE", "1");
            text(pages, " " + msg.page_of() + " ", 9, false);
            field(pages, "NUMPAGES", "1");

            cover(doc, document, draft, approval);
            int bookmark = 0;
            for (Block block : document.body()) {
                if (block instanceof Heading h) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setStyle("Heading" + h.level());
                    p.setPageBreak(h.newPage());
                    p.setSpacingBefore(h.level() == 1 ? 240 : 160);
                    bookmark(p, h.anchor(), ++bookmark);
                    text(p, h.numbered(), h.level() == 1 ? 14 : 11, true);
                } else if (block instanceof Paragraph para) {
                    paragraph(doc, para, ++bookmark);
                } else if (block instanceof ReportDocument.Table t) {
                    table(doc, t);
                } else if (block instanceof ReportDocument.Chart chart) {
                    picture(doc, charts.png(chart.figures(), chart.anchor()), chart.anchor(), chart.alt());
                } else if (block instanceof ReportDocument.SpreadChart spread) {
                    picture(doc, charts.png(spread.spread(), spread.anchor()), spread.anchor(), spread.alt());
                } else if (block instanceof ReportDocument.Bullets list) {
                    for (String item : list.items()) {
                        text(doc.createParagraph(), "• " + item, 10, false);
                    }
                }
            }
            approval(doc, approval);
            text(doc.createParagraph(), msg.integrity() + ": " + msg.sha256_label() + " " + c.inputSha256(), 8, false);
            doc.enforceUpdateFields();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cover as in the PDF: marking, approval or draft marking, title, particulars, caveat and contents. */
    private void cover(XWPFDocument doc, ReportDocument document, boolean draft, Approval approval) {
        ReportContent c = document.content();
        text(doc.createParagraph(), c.marking(), 10, true);
        if (draft) {
            text(doc.createParagraph(), msg.draft_marking(), 10, true);
        }
        approval(doc, approval);
        XWPFParagraph title = doc.createParagraph();
        title.setStyle("Title");
        text(title, c.title(), 20, true);
        text(doc.createParagraph(), msg.cover_subtitle(), 11, false);
        XWPFTable particulars = doc.createTable();
        row(particulars, true, List.of(msg.cover_reference(), c.reference()), null, true);
        row(particulars, false, List.of(msg.cover_parties(), String.join("; ", c.parties())), null, false);
        row(
                particulars,
                false,
                List.of(
                        msg.cover_edition(),
                        c.isConfidentialEdition() ? msg.edition_confidential() : msg.edition_public()),
                null,
                false);
        row(particulars, false, List.of(msg.cover_date(), c.date().toString()), null, false);
        row(particulars, false, List.of(msg.cover_author(), c.author()), null, false);
        row(particulars, false, List.of(msg.cover_version(), Integer.toString(c.reportVersion())), null, false);
        text(doc.createParagraph(), msg.cover_caveat(), 9, false);
        if (c.shareBands() != null) {
            text(doc.createParagraph(), msg.bands_note(c.shareBands()), 9, false);
        }
        XWPFParagraph contentsHeading = doc.createParagraph();
        text(contentsHeading, msg.toc_heading(), 14, true);
        // The contents as a field Word fills with page numbers on opening; until then it lists the headings.
        XWPFParagraph contents = doc.createParagraph();
        CTSimpleField toc = contents.getCTP().addNewFldSimple();
        toc.setInstr("TOC \\o \"1-1\" \\h \\z");
        for (Heading h : document.contents()) {
            CTR run = toc.addNewR();
            run.addNewT().setStringValue(h.numbered());
            run.addNewBr();
        }
        doc.createParagraph().setPageBreak(true);
    }

    /**
     * A body paragraph: its number, a tab and the text hanging from it; footnotes as Word footnotes (Word numbers
     * them in order of appearance, which is the document's order), references as links to the paragraph's bookmark.
     */
    private void paragraph(XWPFDocument doc, Paragraph para, int bookmarkId) {
        XWPFParagraph p = doc.createParagraph();
        int size = para.note() ? 9 : 10;
        if (para.anchor() != null) {
            bookmark(p, para.anchor(), bookmarkId);
        }
        if (para.number() != null) {
            p.setIndentationLeft(NUMBER_INDENT);
            p.setIndentationHanging(NUMBER_INDENT);
            text(p, para.numberLabel(), size, false).addTab();
        }
        for (Span span : para.spans()) {
            if (span.footnote() != null) {
                // The footnote's one paragraph holds the note; POI puts Word's footnote mark before it when the
                // reference is added to the body paragraph.
                XWPFFootnote note = doc.createFootnote();
                text(note.createParagraph(), " " + span.footnote().note(), 8, false);
                p.addFootnoteReference(note);
            } else if (span.reference() != null) {
                CTHyperlink link = p.getCTP().addNewHyperlink();
                link.setAnchor(span.reference().target());
                CTR run = link.addNewR();
                run.addNewRPr().addNewU().setVal(STUnderline.SINGLE);
                CTText t = run.addNewT();
                t.setStringValue(span.reference().words());
            } else {
                text(p, span.text(), size, span.strong());
            }
        }
    }

    private static void bookmark(XWPFParagraph p, String name, int id) {
        CTBookmark start = p.getCTP().addNewBookmarkStart();
        start.setName(name);
        start.setId(BigInteger.valueOf(id));
        p.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(id));
    }

    private void table(XWPFDocument doc, ReportDocument.Table t) {
        if (t.caption() != null) {
            XWPFParagraph caption = doc.createParagraph();
            keepWithNext(caption);
            text(caption, t.caption(), 9, true);
        }
        XWPFTable table = doc.createTable();
        row(table, true, t.columns().stream().map(Column::heading).toList(), t.columns(), true);
        for (ReportDocument.RowGroup group : t.rowGroups()) {
            for (int i = 0; i < group.rows().size(); i++) {
                // Within a kept group each row keeps with the next, as the PDF keeps the group on one page.
                row(
                        table,
                        false,
                        group.rows().get(i),
                        t.columns(),
                        group.kept() && i < group.rows().size() - 1);
            }
        }
    }

    /** Heading 1 and 2 and the title as paragraph styles with their outline levels, like Word's built-in ones. */
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
        CTStyle title = CTStyle.Factory.newInstance();
        title.setStyleId("Title");
        title.setType(STStyleType.PARAGRAPH);
        title.addNewName().setVal("Title");
        title.addNewQFormat();
        styles.addStyle(new XWPFStyle(title, styles));
    }

    /** The approval statement of an approved report, on its cover and last page as in the PDF. */
    private void approval(XWPFDocument doc, Approval approval) {
        if (approval == null) {
            return;
        }
        text(
                doc.createParagraph(),
                msg.approval_block(approval.decision(), approval.reviewer(), approval.decidedOn(), approval.author()),
                10,
                true);
        if (approval.releasedOn() != null) {
            text(doc.createParagraph(), msg.approval_released(approval.releasedOn()), 10, true);
        }
    }

    /** A field Word computes (page numbers), showing {@code placeholder} until it does. */
    private static void field(XWPFParagraph paragraph, String instruction, String placeholder) {
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        CTR run = field.addNewR();
        run.addNewRPr().addNewSz().setVal(BigInteger.valueOf(18));
        run.addNewT().setStringValue(placeholder);
    }

    /** Keeps the paragraph on the page of the next one (POI's own setter fails on a paragraph without properties). */
    private static void keepWithNext(XWPFParagraph p) {
        (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewKeepNext();
    }

    private static XWPFRun text(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(XmlText.clean(WrittenDates.inText(text)));
        return run;
    }

    /**
     * Appends a row; the first call on a new table fills the row POI created with it, repeated on every page as
     * the column headers. Numeric cells are right-aligned and do not wrap.
     */
    private static void row(
            XWPFTable table, boolean header, List<String> cells, List<Column> columns, boolean keepWithNext) {
        XWPFTableRow row = header ? table.getRow(0) : table.createRow();
        if (header) {
            row.setRepeatHeader(true);
        }
        row.setCantSplitRow(true);
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell cell = i < row.getTableCells().size() ? row.getCell(i) : row.addNewTableCell();
            cell.removeParagraph(0);
            XWPFParagraph p = cell.addParagraph();
            boolean numeric = columns != null && columns.get(i).numeric();
            if (numeric) {
                p.setAlignment(ParagraphAlignment.RIGHT);
                var properties = cell.getCTTc().isSetTcPr()
                        ? cell.getCTTc().getTcPr()
                        : cell.getCTTc().addNewTcPr();
                properties.addNewNoWrap();
            }
            if (keepWithNext) {
                keepWithNext(p);
            }
            text(p, cells.get(i) == null ? "" : cells.get(i), 9, header);
        }
    }
}
