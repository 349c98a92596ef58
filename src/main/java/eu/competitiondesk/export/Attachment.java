package eu.competitiondesk.export;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A download: the one place that writes a Content-Disposition header, for every feature's files. */
public final class Attachment {

    private Attachment() {}

    /** {@code body} as {@code mediaType}, to be saved as {@code fileName}. */
    public static Response.ResponseBuilder of(Object body, String mediaType, String fileName) {
        return Response.ok(body, mediaType).header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName));
    }

    /**
     * {@code attachment} with an ASCII fallback name and the exact name in RFC 5987 form, which every current
     * browser prefers. Neither can break out of the header: quotes, backslashes, control characters and non-ASCII
     * are replaced or percent-encoded.
     */
    public static String disposition(String fileName) {
        String ascii =
                fileName.replaceAll("[^\\x20-\\x7E]", "_").replace('"', '_').replace('\\', '_');
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
