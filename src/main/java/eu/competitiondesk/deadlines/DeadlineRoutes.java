package eu.competitiondesk.deadlines;

import eu.competitiondesk.web.Routes;
import io.quarkus.qute.TemplateExtension;

/** The addresses of the deadlines page, its calendar forms and the calendar files, for templates and Java. */
@TemplateExtension(namespace = "deadlinePath")
public final class DeadlineRoutes {

    private DeadlineRoutes() {}

    public static String list() {
        return Routes.path(DeadlineResource.class, "list");
    }

    public static String renewCalendar() {
        return Routes.path(DeadlineResource.class, "renew");
    }

    public static String revokeCalendar() {
        return Routes.path(DeadlineResource.class, "revoke");
    }

    public static String caseCalendar(long caseId) {
        return Routes.path(CaseCalendarResource.class, "caseCalendar", caseId);
    }

    public static String feed(String secret) {
        return Routes.path(CalendarFeedResource.class, "feed", secret);
    }
}
