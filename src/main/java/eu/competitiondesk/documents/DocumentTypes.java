package eu.competitiondesk.documents;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Which uploads are accepted, decided from the bytes. Apache Tika's magic numbers give the kind of file; the name may
 * only narrow a kind the bytes already show, for example a ZIP container to a Word document, or plain text to CSV,
 * and a program renamed to report.pdf is still a program and is refused. Because any ZIP archive named .docx would
 * pass that test, an Office file must also be the package it claims: its content types part and the main part of
 * its kind (a Word document's {@code document.xml}, a workbook's {@code workbook.xml}, a presentation's
 * {@code presentation.xml}) as Apache POI reads them, without macros. A PDF must begin with the PDF header.
 */
public final class DocumentTypes {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    /** Accepted media types and the extension a download gets. */
    static final Map<String, String> ACCEPTED = Map.of(
            PDF,
            "pdf",
            DOCX,
            "docx",
            XLSX,
            "xlsx",
            PPTX,
            "pptx",
            "text/csv",
            "csv",
            "image/png",
            "png",
            "image/jpeg",
            "jpg",
            "image/gif",
            "gif",
            "image/webp",
            "webp");

    /** The content type of the main part of each Office kind, as its package's content types part declares it. */
    private static final Map<String, String> MAIN_PART = Map.of(
            DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            PPTX, "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml");

    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();

    private DocumentTypes() {}

    /** Why a file was refused; each has its own words on the page. */
    public enum Refusal {
        /** Not one of the accepted kinds at all. */
        KIND,
        /** Named and shaped like an Office file (a ZIP archive), but not the package of that kind. */
        NOT_THE_PACKAGE,
        /** An Office file with macros (.docm, .xlsm, .pptm saved under another name). */
        MACROS,
        /** Named .pdf but not beginning with the PDF header. */
        NOT_A_PDF
    }

    /** The accepted media type, or why the file is refused. */
    public record Verdict(String mediaType, Refusal refusal) {
        static Verdict accepted(String mediaType) {
            return new Verdict(mediaType, null);
        }

        static Verdict refused(Refusal refusal) {
            return new Verdict(null, refusal);
        }

        public boolean isAccepted() {
            return refusal == null;
        }
    }

    /** Judges the stored upload {@code file}, sent under {@code fileName}. */
    public static Verdict judge(Path file, String fileName) throws IOException {
        String type;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            type = DETECTOR.detect(in, metadata).getBaseType().toString();
        }
        if (MAIN_PART.containsKey(type)) {
            return officePackage(file, type);
        }
        if (PDF.equals(type)
                || fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return startsWith(file, "%PDF-") && PDF.equals(type)
                    ? Verdict.accepted(PDF)
                    : Verdict.refused(Refusal.NOT_A_PDF);
        }
        return ACCEPTED.containsKey(type) ? Verdict.accepted(type) : Verdict.refused(Refusal.KIND);
    }

    /**
     * The package's main part, found through its relationships as the Open Packaging Conventions define it, must be
     * of the kind the name gave. POI refuses archives that inflate suspiciously far (its zip bomb guard).
     */
    private static Verdict officePackage(Path file, String claimed) {
        try (OPCPackage pack = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            PackageRelationshipCollection main = pack.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (main.size() != 1) {
                return Verdict.refused(Refusal.NOT_THE_PACKAGE);
            }
            PackagePart part = pack.getPart(main.getRelationship(0));
            if (part == null) {
                return Verdict.refused(Refusal.NOT_THE_PACKAGE);
            }
            String contentType = part.getContentType();
            if (contentType.toLowerCase(Locale.ROOT).contains("macroenabled")) {
                return Verdict.refused(Refusal.MACROS);
            }
            return MAIN_PART.get(claimed).equals(contentType)
                    ? Verdict.accepted(claimed)
                    : Verdict.refused(Refusal.NOT_THE_PACKAGE);
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            // Not a package POI can read: a bare ZIP archive, a damaged file, or one its zip bomb guard stopped.
            return Verdict.refused(Refusal.NOT_THE_PACKAGE);
        }
    }

    private static boolean startsWith(Path file, String header) throws IOException {
        byte[] expected = header.getBytes(StandardCharsets.US_ASCII);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(expected.length);
            return Arrays.equals(start, expected);
        }
    }
}
