package eu.competitiondesk.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Which uploads are accepted, decided from the bytes (Apache Tika's magic numbers). The file name may only narrow a
 * type the bytes already show, for example an Office Open XML package to a Word document, or plain text to CSV; a
 * program renamed to report.pdf is still a program and is refused.
 */
public final class DocumentTypes {

    /** Accepted media types and the extension a download gets. */
    static final Map<String, String> ACCEPTED = Map.of(
            "application/pdf", "pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
            "text/csv", "csv",
            "image/png", "png",
            "image/jpeg", "jpg",
            "image/gif", "gif",
            "image/webp", "webp");

    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();

    private DocumentTypes() {
    }

    /** The accepted media type of the content, if it is one of those accepted. */
    public static Optional<String> detect(InputStream content, String fileName) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        MediaType type = DETECTOR.detect(content.markSupported() ? content
                : new java.io.BufferedInputStream(content), metadata);
        String base = type.getBaseType().toString();
        return ACCEPTED.containsKey(base) ? Optional.of(base) : Optional.empty();
    }
}
