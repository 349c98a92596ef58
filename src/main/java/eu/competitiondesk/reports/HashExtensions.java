package eu.competitiondesk.reports;

import io.quarkus.qute.TemplateExtension;

/** A SHA-256 as the reports list shows it: its first 12 characters, the full value on request. */
@TemplateExtension
final class HashExtensions {

    private HashExtensions() {}

    static String shortHash(String sha256) {
        return sha256 == null || sha256.length() <= 12 ? sha256 : sha256.substring(0, 12);
    }
}
