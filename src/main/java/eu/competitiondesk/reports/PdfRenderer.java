package eu.competitiondesk.reports;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;

/**
 * Renders the report's XHTML to PDF with the Liberation fonts embedded, SVG charts as vector graphics, bookmarks
 * and title and author metadata. Fonts are read once; every render reuses them. The document dates are fixed so
 * that the same content gives the same bytes.
 */
@ApplicationScoped
public class PdfRenderer {

    static final String FAMILY = "Liberation Sans";
    private static final Map<String, Integer> FACES = Map.of(
            "LiberationSans-Regular.ttf", 400, "LiberationSans-Bold.ttf", 700);

    private final Map<String, byte[]> fonts = loadFonts();

    public byte[] render(String xhtml, java.time.LocalDate date) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.withHtmlContent(xhtml, "/");
            builder.useSVGDrawer(new BatikSVGDrawer());
            for (Map.Entry<String, byte[]> font : fonts.entrySet()) {
                byte[] bytes = font.getValue();
                builder.useFont(() -> new java.io.ByteArrayInputStream(bytes), FAMILY, FACES.get(font.getKey()),
                        PdfRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.withProducer("Competition Desk");
            builder.toStream(out);
            try (var renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                var document = renderer.getPdfDocument();
                Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
                fixed.clear();
                fixed.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
                document.getDocumentInformation().setCreationDate(fixed);
                document.getDocumentInformation().setModificationDate(fixed);
                document.getDocument().setIsXRefStream(false);
                document.save(out);
                document.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Map<String, byte[]> loadFonts() {
        java.util.HashMap<String, byte[]> loaded = new java.util.HashMap<>();
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
