package eu.competitiondesk.documents;

import java.util.Locale;

/** Plain, safe file names for stored documents. */
public final class FileNames {

    /** In characters (code points), as the database column counts them. */
    static final int MAX_LENGTH = 255;

    private FileNames() {}

    /**
     * The last path segment of what the browser sent, ending in the extension of the detected type, so a download
     * opens with the program its content belongs to. Control and format characters go: line breaks could forge
     * headers, and bidirectional overrides, isolates, right-to-left marks and zero-width characters make a name read
     * differently from what it is ("invoice‮fdp.exe"). A long name is cut on whole characters, never inside one.
     */
    public static String clean(String uploaded, String extension) {
        String name = uploaded == null ? "" : uploaded;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "document";
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            name = name + "." + extension;
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            int keep = MAX_LENGTH - extension.length() - 1;
            name = name.substring(0, name.offsetByCodePoints(0, keep)) + "." + extension;
        }
        return name;
    }

    /** The letters and digits after the last dot of a name, in lower case, at most ten; empty when none. */
    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return "";
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return extension.length() > 10 ? extension.substring(0, 10) : extension;
    }
}
