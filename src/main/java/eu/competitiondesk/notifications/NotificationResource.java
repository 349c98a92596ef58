package eu.competitiondesk.notifications;

import eu.competitiondesk.platform.FormVersions;
import eu.competitiondesk.platform.StaleVersionException;
import eu.competitiondesk.security.CurrentUser;
import eu.competitiondesk.web.Flash;
import eu.competitiondesk.web.FormErrors;
import eu.competitiondesk.web.FormValidator;
import eu.competitiondesk.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** The signed-in user's notices (newest first, unread marked, marked read one by one or all) and their settings. */
@Path("/notifications")
@Produces(MediaType.TEXT_HTML)
public class NotificationResource {

    /** A notice as the list shows it: in words, with where it leads. */
    public record NoticeLine(Notification notice, String words) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<NoticeLine> notices, long unread);

        static native TemplateInstance settings(
                NoticeSettings form,
                long version,
                List<NoticeKind> kinds,
                boolean mailEnabled,
                FormErrors errors,
                boolean conflict);
    }

    @Inject
    Notices notices;

    @Inject
    CurrentUser currentUser;

    @Inject
    FormValidator validator;

    @Inject
    NotificationMessages msg;

    @ConfigProperty(name = "desk.mail.enabled", defaultValue = "false")
    boolean mailEnabled;

    @GET
    public TemplateInstance list() {
        long userId = currentUser.id();
        return Templates.list(
                notices.latest(userId).stream()
                        .map(n -> new NoticeLine(n, notices.words(n)))
                        .toList(),
                notices.unread(userId));
    }

    @POST
    @Path("/{notificationId}/read")
    public Response markRead(@RestPath long notificationId) {
        if (!notices.markRead(currentUser.id(), notificationId)) {
            throw new NotFoundException();
        }
        return Flash.redirect(NotificationRoutes.list(), msg.marked_read());
    }

    @POST
    @Path("/read")
    public Response markAllRead() {
        return Flash.redirect(NotificationRoutes.list(), msg.marked_all_read(notices.markAllRead(currentUser.id())));
    }

    @GET
    @Path("/settings")
    public TemplateInstance settings() {
        NotificationSettings settings = notices.settings(currentUser.id());
        return settingsPage(NoticeSettings.of(settings), settings.getFormVersion(), FormErrors.none());
    }

    @POST
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSettings(@BeanParam NoticeSettings form, @RestForm String version) {
        long userId = currentUser.id();
        FormErrors errors = validator.validate(form);
        if (errors.isEmpty()) {
            try {
                notices.saveSettings(userId, FormVersions.parse(version), form);
                return Flash.redirect(NotificationRoutes.settings(), msg.settings_saved());
            } catch (StaleVersionException e) {
                // What was typed stays on the page; the version is the one now stored, so saving again overwrites
                // the other window's choices knowingly.
                return Pages.conflict(Templates.settings(
                        form,
                        e.current(NotificationSettings.class).getFormVersion(),
                        List.of(NoticeKind.values()),
                        mailEnabled,
                        errors,
                        true));
            }
        }
        return Pages.unprocessable(settingsPage(form, FormVersions.parse(version), errors));
    }

    private TemplateInstance settingsPage(NoticeSettings form, long version, FormErrors errors) {
        return Templates.settings(form, version, List.of(NoticeKind.values()), mailEnabled, errors, false);
    }
}
