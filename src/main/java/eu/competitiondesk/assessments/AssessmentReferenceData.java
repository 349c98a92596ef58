package eu.competitiondesk.assessments;

import eu.competitiondesk.assessments.engine.ReferenceData;
import eu.competitiondesk.referencedata.CommissionCalendar;
import eu.competitiondesk.referencedata.MergerFigures;
import eu.competitiondesk.referencedata.ReferenceDataService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The reference data the assessment rules read, as the administrator keeps it now. */
@ApplicationScoped
public class AssessmentReferenceData {

    @Inject
    CommissionCalendar calendar;

    @Inject
    MergerFigures mergerFigures;

    @Inject
    ReferenceDataService referenceData;

    public ReferenceData current() {
        return new ReferenceData(calendar.periods(), mergerFigures.loaded(), referenceData.exchangeRates());
    }
}
