package eu.competitiondesk.referencedata;

import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the Commission holiday calendar: {@code {hol:key}} in templates, in messages/hol_en.properties. */
@MessageBundle("hol")
public interface HolidayMessages {

    String holidays_title(int year);

    String holidays_intro();

    String holidays_years();

    String holidays_year_complete(String source);

    String holidays_year_missing();

    String holidays_none();

    String holiday_day();

    String holiday_label();

    String holiday_add();

    String holiday_added(String day);

    String holiday_removed(String day);

    String holiday_exists();

    String holiday_year();

    String holiday_source();

    String holiday_source_hint();

    String holiday_year_record();

    String holiday_verification();

    String holiday_verification_hint();

    String holiday_year_recorded(int year);
}
