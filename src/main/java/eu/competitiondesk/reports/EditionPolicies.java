package eu.competitiondesk.reports;

import eu.competitiondesk.export.Redaction;
import eu.competitiondesk.export.ShareBands;
import eu.competitiondesk.referencedata.ShareBandTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * What each edition redacts, with the band table in force on the edition's date (reference data an administrator
 * keeps): the report, its CSV files and its notes use this one.
 */
@ApplicationScoped
public class EditionPolicies {

    @Inject
    Clock clock;

    /** The policy of an edition dated {@code date}. */
    public Redaction.Policy of(ReportEdition edition, LocalDate date) {
        return new Redaction.Policy(
                edition != ReportEdition.CONFIDENTIAL, table(date).bands());
    }

    /** The policy of an edition made today (the CSV files). */
    public Redaction.Policy of(ReportEdition edition) {
        return of(edition, LocalDate.now(clock));
    }

    /**
     * The band table in force on {@code date}. The first table is dated before any report could be; should an
     * administrator's tables all begin later, the Commission's bands stand in, named as such.
     */
    public ShareBandTable.InForce table(LocalDate date) {
        return ShareBandTable.on(date)
                .orElse(new ShareBandTable.InForce(ShareBands.COMMISSION, null, "the Commission's bands"));
    }
}
