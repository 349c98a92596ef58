package eu.competitiondesk.deadlines;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Deadlines as an iCalendar file (RFC 5545): each an all-day event on its date, named by the case's reference and
 * what is due, described by its kind, the provision it rests on and the case's title; its identifier stays the same
 * from one download to the next, so a calendar updates the event rather than adding another.
 */
final class DeadlineCalendar {

    private DeadlineCalendar() {}

    static String write(List<DeadlineLine> lines, Function<DeadlineLine, String> describe, Instant stamped) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Competition Desk//Deadlines//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (DeadlineLine line : lines) {
            VEvent event = new VEvent(line.dueOn(), line.reference() + ": " + line.label());
            event.add(new DtEnd<>(line.dueOn().plusDays(1)));
            event.add(new Uid("key-date-" + line.keyDateId() + "@competition-desk"));
            event.add(new DtStamp(stamped));
            event.add(new Description(describe.apply(line)));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
