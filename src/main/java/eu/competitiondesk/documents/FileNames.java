package eu.competitiondesk.documents;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Plain, safe file names for stored documents and the Content-Disposition header of their downloads. */
public final class FileNames {

    static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    /**
     * The last path segment of what the browser sent, without control characters, and ending in the extension of
     * the detected type, so a download opens with the program its content belongs to.
     */
    public static String clean(String uploaded, String extension) {
        String name = uploaded == null ? "" : uploaded;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "document";
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            name = name + "." + extension;
        }
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH - extension.length() - 1) + "." + extension;
        }
        return name;
    }

    /**
     * {@code attachment} with an ASCII fallback name and the exact name in RFC 5987 form, which every current
     * browser prefers. Neither can break out of the header: quotes, backslashes and non-ASCII are replaced or
     * percent-encoded.
     */
    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace('"', '_').replace('\\', '_');
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
