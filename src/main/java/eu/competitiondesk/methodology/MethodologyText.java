package eu.competitiondesk.methodology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The methodology (docs/methodology.md, shipped inside the application) as HTML in the pages' own style. The text
 * is part of the build and never changes while the application runs, so it is rendered once.
 */
final class MethodologyText {

    private static final Map<Integer, String> HEADINGS =
            Map.of(1, "govuk-heading-xl", 2, "govuk-heading-l", 3, "govuk-heading-m", 4, "govuk-heading-s");

    static final String HTML = render(read());

    private MethodologyText() {}

    static String render(String markdown) {
        var extensions = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
        Node document = Parser.builder().extensions(extensions).build().parse(markdown);
        return HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    String style = style(node);
                    if (style != null) {
                        attributes.put("class", style);
                    }
                })
                .build()
                .render(document);
    }

    private static String style(Node node) {
        if (node instanceof Heading heading) {
            return HEADINGS.getOrDefault(heading.getLevel(), "govuk-heading-s");
        }
        if (node instanceof Paragraph) {
            return "govuk-body";
        }
        if (node instanceof BulletList) {
            return "govuk-list govuk-list--bullet";
        }
        if (node instanceof OrderedList) {
            return "govuk-list govuk-list--number";
        }
        if (node instanceof Link) {
            return "govuk-link";
        }
        if (node instanceof TableBlock) {
            return "govuk-table";
        }
        if (node instanceof TableHead) {
            return "govuk-table__head";
        }
        if (node instanceof TableBody) {
            return "govuk-table__body";
        }
        if (node instanceof TableRow) {
            return "govuk-table__row";
        }
        if (node instanceof TableCell cell) {
            return cell.isHeader() ? "govuk-table__header" : "govuk-table__cell";
        }
        return null;
    }

    private static String read() {
        try (InputStream in =
                MethodologyText.class.getClassLoader().getResourceAsStream("methodology/methodology.md")) {
            if (in == null) {
                throw new IllegalStateException("methodology/methodology.md is not in the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
