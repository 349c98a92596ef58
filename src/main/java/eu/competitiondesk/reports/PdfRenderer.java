package eu.competitiondesk.reports;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Renders the report's XHTML to an archival, accessible PDF: PDF/A-3u and PDF/UA-1 (tagged: headings, tables,
 * figure alternatives, language and title), Liberation fonts embedded, SVG charts as vector graphics, bookmarks,
 * and the report's data attached as an associated JSON file. The font files and the colour profile are read once;
 * each document parses its own fonts, as a parsed font is not safe to share between threads. The document dates are
 * fixed to the report date so that the same content gives the same bytes.
 */
@ApplicationScoped
public class PdfRenderer {

    static final String FAMILY = "Liberation Sans";
    /** The name of the attached data file in every exported PDF. */
    public static final String DATA_FILE = "report-data.json";

    private static final Map<String, Integer> FACES =
            Map.of("LiberationSans-Regular.ttf", 400, "LiberationSans-Bold.ttf", 700);

    private final Map<String, byte[]> fonts = loadFonts();
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /**
     * The PDF of {@code xhtml}, dated {@code date}, carrying {@code data} (the JSON the report was built from, whose
     * SHA-256 is {@code dataSha256}) as an associated file.
     */
    public byte[] render(String xhtml, LocalDate date, byte[] data, String dataSha256) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<TrueTypeFont> parsed = new ArrayList<>();
        try (PDDocument target = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(target);
            builder.withHtmlContent(eu.competitiondesk.export.XmlText.clean(xhtml), "/");
            builder.useSVGDrawer(new BatikSVGDrawer());
            for (Map.Entry<String, byte[]> font : fonts.entrySet()) {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font.getValue()));
                parsed.add(ttf);
                // The layout measures each word glyph by glyph; ligatures substituted only when the text is drawn
                // would make the drawn line narrower than the measured one, and PDFBox's substitution compiles a
                // pattern for every string it draws, which was most of a report's rendering time.
                ttf.setEnableGsub(false);
                builder.useFont(
                        new PDFontSupplier(PDType0Font.load(target, ttf, true)),
                        FAMILY,
                        FACES.get(font.getKey()),
                        PdfRendererBuilder.FontStyle.NORMAL,
                        true);
            }
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            builder.usePdfUaAccessibility(true);
            builder.useColorProfile(srgb);
            builder.withProducer("Competition Desk");
            builder.toStream(out);
            try (var renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                PDDocument document = renderer.getPdfDocument();
                Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
                fixed.clear();
                fixed.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
                document.getDocumentInformation().setCreationDate(fixed);
                document.getDocumentInformation().setModificationDate(fixed);
                datedMetadata(document, date);
                attach(document, data, dataSha256, fixed);
                describeLinks(document);
                document.getDocument().setIsXRefStream(false);
                document.save(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            parsed.forEach(PdfRenderer::closeQuietly);
        }
        return out.toByteArray();
    }

    /**
     * PDF/A wants the XMP dates to equal the document information's. The renderer's XMP names the PDF/UA schema,
     * which XMP parsers do not know, so the three dates are replaced in the packet's text.
     */
    private static void datedMetadata(PDDocument document, LocalDate date) throws IOException {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return;
        }
        String xmp;
        try (InputStream in = metadata.exportXMPMetadata()) {
            xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String stamp = date + "T00:00:00Z";
        for (String property : new String[] {"CreateDate", "ModifyDate", "MetadataDate"}) {
            xmp = xmp.replaceAll(
                            "<xmp:" + property + ">[^<]*</xmp:" + property + ">",
                            "<xmp:" + property + ">" + stamp + "</xmp:" + property + ">")
                    .replaceAll("xmp:" + property + "=\"[^\"]*\"", "xmp:" + property + "=\"" + stamp + "\"");
        }
        PDMetadata fresh = new PDMetadata(document);
        fresh.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(fresh);
    }

    /**
     * PDF/UA wants every link annotation to carry its description in Contents too; the renderer puts the link's
     * title into the Alt of its structure element only, so it is copied over.
     */
    private static void describeLinks(PDDocument document) throws IOException {
        var root = document.getDocumentCatalog().getStructureTreeRoot();
        var parents = root == null ? null : root.getParentTree();
        for (var page : document.getPages()) {
            for (var annotation : page.getAnnotations()) {
                if (!(annotation instanceof PDAnnotationLink link) || link.getContents() != null) {
                    continue;
                }
                String alt = null;
                if (parents != null && link.getStructParent() >= 0) {
                    var element = parents.getValue(link.getStructParent());
                    if (element instanceof PDStructureElement structure) {
                        alt = structure.getAlternateDescription();
                    }
                }
                link.setContents(alt == null ? "Link within the report" : alt);
            }
        }
    }

    /** The report's data as an associated file of the document (PDF/A-3, ISO 19005-3 clause 6.8). */
    private static void attach(PDDocument document, byte[] data, String sha256, Calendar date) throws IOException {
        PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(data));
        embedded.setSubtype("application/json");
        embedded.setSize(data.length);
        embedded.setCreationDate(date);
        embedded.setModDate(date);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(DATA_FILE);
        spec.setFileUnicode(DATA_FILE);
        spec.setEmbeddedFile(embedded);
        spec.setEmbeddedFileUnicode(embedded);
        spec.setFileDescription("The data of this report edition as JSON; SHA-256 " + sha256);
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(DATA_FILE, spec));
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentNameDictionary names =
                catalog.getNames() == null ? new PDDocumentNameDictionary(catalog) : catalog.getNames();
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        COSArray associated = new COSArray();
        associated.add(spec);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
    }

    private static void closeQuietly(TrueTypeFont font) {
        try {
            font.close();
        } catch (IOException e) {
            // an in-memory font holds no file; nothing is left open
        }
    }

    private static Map<String, byte[]> loadFonts() {
        HashMap<String, byte[]> loaded = new HashMap<>();
        for (String name : FACES.keySet()) {
            try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream("liberation/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("font liberation/" + name + " not on the classpath");
                }
                loaded.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(loaded);
    }
}
