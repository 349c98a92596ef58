package eu.competitiondesk.methodology;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The methodology (docs/methodology.md, shipped inside the application) as HTML in the pages' own style. The text
 * is part of the build and never changes while the application runs, so it is rendered once.
 */
final class MethodologyText {

    /** An API value in capitals ({@code FURTHER_ANALYSIS}, {@code PRESUMED}). */
    private static final Pattern API_VALUE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|[A-Z]{4,}");

    /** The JSON values the text explains, as a reader of the page says them. */
    private static final Map<String, String> JSON_WORDS = Map.of("null", "no value", "true", "yes", "false", "no");

    /** A letter or name with a subscript written after an underscore: D_AB, s_i, UPP_A. */
    private static final Pattern SUBSCRIPT = Pattern.compile("\\b([\\p{L}]+)_([\\p{L}0-9]+)\\b");

    /** The pages' style of each other kind of block. */
    private static final Map<Class<? extends Node>, String> STYLES = Map.of(
            Paragraph.class, "govuk-body",
            BulletList.class, "govuk-list govuk-list--bullet",
            OrderedList.class, "govuk-list govuk-list--number",
            Link.class, "govuk-link",
            TableBlock.class, "govuk-table",
            TableHead.class, "govuk-table__head",
            TableBody.class, "govuk-table__body",
            TableRow.class, "govuk-table__row");

    private static final Map<Integer, String> HEADINGS =
            Map.of(1, "govuk-heading-xl", 2, "govuk-heading-l", 3, "govuk-heading-m", 4, "govuk-heading-s");

    static final String HTML = render(read());

    private MethodologyText() {}

    static String render(String markdown) {
        var extensions = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
        Node document = Parser.builder().extensions(extensions).build().parse(markdown);
        Properties words = properties("messages/mkt_en.properties");
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                if (SUBSCRIPT.matcher(text.getLiteral()).find()) {
                    HtmlInline formula = new HtmlInline();
                    formula.setLiteral(subscripts(text.getLiteral()));
                    text.insertBefore(formula);
                    text.unlink();
                }
            }

            @Override
            public void visit(Code code) {
                String literal = code.getLiteral();
                Node shown = API_VALUE.matcher(literal).matches() || JSON_WORDS.containsKey(literal)
                        ? new Text(inWords(literal, words))
                        : new HtmlInline();
                if (shown instanceof HtmlInline html) {
                    // A formula: its subscripts (D_AB, s_i) set as subscripts.
                    html.setLiteral("<code>" + subscripts(literal) + "</code>");
                }
                code.insertBefore(shown);
                code.unlink();
            }
        });
        return HtmlRenderer.builder()
                .extensions(extensions)
                // The text is the application's own, shipped with it; its formulas are set here as HTML.
                .escapeHtml(false)
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

    /**
     * An API value the text names (a verdict, a reason) in the words the pages give it, or else in plain words: the
     * file serves developers too, and a page shows no code.
     */
    static String inWords(String value, Properties words) {
        String shown = JSON_WORDS.getOrDefault(value, words.getProperty("verdict_$" + value));
        if (shown == null) {
            shown = value.charAt(0)
                    + value.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        return "\u201c" + shown + "\u201d";
    }

    private static String subscripts(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return SUBSCRIPT.matcher(escaped).replaceAll("$1<sub>$2</sub>");
    }

    private static String style(Node node) {
        if (node instanceof Heading heading) {
            return HEADINGS.getOrDefault(heading.getLevel(), "govuk-heading-s");
        }
        if (node instanceof TableCell cell) {
            return cell.isHeader() ? "govuk-table__header" : "govuk-table__cell";
        }
        return STYLES.get(node.getClass());
    }

    private static String read() {
        try (InputStream in = open("methodology/methodology.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties properties(String resource) {
        Properties properties = new Properties();
        try (InputStream in = open(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static InputStream open(String resource) {
        InputStream in = MethodologyText.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not in the application");
        }
        return in;
    }
}
