package eu.competitiondesk.referencedata;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the Commission holiday calendar: {@code {hol:key}} in templates, in messages/hol_en.properties. */
@MessageBundle("hol")
public interface HolidayMessages {

    @Message String holidays_title(int year);
    @Message String holidays_intro();
    @Message String holidays_years();
    @Message String holidays_year_complete(String source);
    @Message String holidays_year_missing();
    @Message String holidays_none();
    @Message String holiday_day();
    @Message String holiday_label();
    @Message String holiday_add();
    @Message String holiday_added(String day);
    @Message String holiday_removed(String day);
    @Message String holiday_exists();
    @Message String holiday_year();
    @Message String holiday_source();
    @Message String holiday_source_hint();
    @Message String holiday_year_record();
    @Message String holiday_year_recorded(int year);
}
