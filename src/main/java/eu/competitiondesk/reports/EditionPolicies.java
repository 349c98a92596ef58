package eu.competitiondesk.reports;

import eu.competitiondesk.export.Redaction;
import eu.competitiondesk.export.ShareBands;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What each edition redacts, with the band table the installation gives ({@code desk.reports.share-bands}, the
 * upper bounds of the bands; the Commission's by default): the report, its CSV files and its notes use this one.
 */
@ApplicationScoped
public class EditionPolicies {

    private final ShareBands bands;

    EditionPolicies(
            @ConfigProperty(
                            name = "desk.reports.share-bands",
                            defaultValue = "5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100")
                    String upperBounds) {
        this.bands = ShareBands.of(upperBounds);
    }

    public Redaction.Policy of(ReportEdition edition) {
        return new Redaction.Policy(edition != ReportEdition.CONFIDENTIAL, bands);
    }

    public ShareBands bands() {
        return bands;
    }
}
