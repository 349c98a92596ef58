package eu.competitiondesk.notifications;

import eu.competitiondesk.web.Routes;
import io.quarkus.qute.TemplateExtension;

/** The addresses of the notices page, its forms and the settings page, for templates and Java. */
@TemplateExtension(namespace = "noticePath")
public final class NotificationRoutes {

    private NotificationRoutes() {}

    public static String list() {
        return Routes.path(NotificationResource.class, "list");
    }

    public static String markRead(long notificationId) {
        return Routes.path(NotificationResource.class, "markRead", notificationId);
    }

    public static String markAllRead() {
        return Routes.path(NotificationResource.class, "markAllRead");
    }

    public static String settings() {
        return Routes.path(NotificationResource.class, "settings");
    }
}
