package eu.competitiondesk.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Exports reports through the API and reads their text back, for tests that check what a report says. */
public final class Reports {

    private Reports() {}

    /**
     * Exports a report of the case with the given JSON body; its id. Unchanged content exported again in the same
     * edition and format answers 200 with the snapshot made before.
     */
    public static String create(Session session, long caseId, String body) {
        return session.request()
                .contentType("application/json")
                .body(body)
                .post("/api/v1/cases/" + caseId + "/reports")
                .then()
                .statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.equalTo(201), org.hamcrest.Matchers.equalTo(200)))
                .extract()
                .path("id")
                .toString();
    }

    /** Exports a report of the case in an edition and format, and downloads the file. */
    public static byte[] export(Session session, long caseId, String edition, String format) {
        String id = create(session, caseId, "{\"edition\":\"" + edition + "\",\"format\":\"" + format + "\"}");
        return session.request()
                .get("/api/v1/reports/" + id + "/" + format)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
    }

    public static String pdfText(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            // In reading order: the renderer draws some boxes (links, footnote calls) after the line they sit in.
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String docxText(byte[] docx) {
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
