package eu.competitiondesk.export;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dates as a document of the authority writes them ("6 December 2026"), for the report's running text and cover:
 * every calendar date written YYYY-MM-DD in a text is written out. Period labels ("2025-Q2", "2022-2023") are not
 * dates and stay as they are.
 */
public final class WrittenDates {

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private WrittenDates() {}

    public static String of(LocalDate date) {
        return date == null ? null : date.format(WRITTEN);
    }

    /** The text with each ISO date in it written out; a string that only looks like a date is left alone. */
    public static String inText(String text) {
        if (text == null || text.indexOf('-') < 0) {
            return text;
        }
        return ISO_DATE.matcher(text).replaceAll(m -> {
            try {
                return of(LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                return m.group();
            }
        });
    }
}
