package eu.competitiondesk.notifications;

import eu.competitiondesk.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** How many unread notices the signed-in user has, for the header of every page ({inject:notices.unread}). */
@RequestScoped
@Named("notices")
public class UnreadNotices {

    @Inject
    CurrentUser currentUser;

    @Inject
    Notices notices;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            Long userId = currentUser.id();
            unread = userId == null ? 0 : notices.unread(userId);
        }
        return unread;
    }
}
