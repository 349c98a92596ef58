package eu.competitiondesk.referencedata;

import eu.competitiondesk.referencedata.engine.ThresholdLaw;
import eu.competitiondesk.web.Routes;
import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;

/** The addresses of the reference-data pages an administrator keeps: holidays, merger-control figures, share bands. */
@TemplateExtension(namespace = "referencePath")
public final class ReferenceDataRoutes {

    private ReferenceDataRoutes() {}

    public static String holidays() {
        return Routes.path(HolidayAdminResource.class, "holidays");
    }

    public static String holidaysOf(int year) {
        return Routes.query(holidays(), "year", year);
    }

    public static String removeHoliday(LocalDate day) {
        return Routes.path(HolidayAdminResource.class, "removeHoliday", day);
    }

    public static String years() {
        return Routes.path(HolidayAdminResource.class, "recordYear");
    }

    public static String mergerThresholds() {
        return Routes.path(MergerThresholdAdminResource.class, "thresholds");
    }

    public static String mergerThresholdsOf(ThresholdLaw law) {
        return Routes.query(mergerThresholds(), "law", law);
    }

    public static String editMergerThresholds(ThresholdLaw law, long setId) {
        return Routes.query(mergerThresholdsOf(law), "edit", setId);
    }

    public static String recordMergerThresholds(ThresholdLaw law) {
        return Routes.path(MergerThresholdAdminResource.class, "record", law);
    }

    public static String removeMergerThresholds(long setId) {
        return Routes.path(MergerThresholdAdminResource.class, "remove", setId);
    }

    public static String shareBands() {
        return Routes.path(ShareBandAdminResource.class, "bands");
    }

    public static String removeShareBands(long tableId) {
        return Routes.path(ShareBandAdminResource.class, "remove", tableId);
    }

    public static String exchangeRates() {
        return Routes.path(ExchangeRateAdminResource.class, "rates");
    }

    public static String editExchangeRate(long rateId) {
        return Routes.query(exchangeRates(), "edit", rateId);
    }

    public static String removeExchangeRate(long rateId) {
        return Routes.path(ExchangeRateAdminResource.class, "remove", rateId);
    }
}
