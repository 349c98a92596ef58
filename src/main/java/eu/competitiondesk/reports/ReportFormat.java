package eu.competitiondesk.reports;

import java.util.Locale;
import java.util.Optional;

/** File formats a report is exported in. */
public enum ReportFormat {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    public final String mediaType;
    public final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public static Optional<ReportFormat> parse(String value) {
        if (value == null) {
            return Optional.of(PDF);
        }
        for (ReportFormat format : values()) {
            if (format.extension.equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
