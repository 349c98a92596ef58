package eu.competitiondesk.documents;

import java.util.Locale;

/** Plain, safe file names for stored documents. */
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
}
