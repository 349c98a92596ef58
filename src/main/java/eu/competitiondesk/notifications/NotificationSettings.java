package eu.competitiondesk.notifications;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A user's choices: the address e-mails go to, which kinds of notice reach them by e-mail, and how many working days
 * ahead a deadline is announced. A user who never saved any has the defaults (every kind by e-mail once an address is
 * given; five working days).
 */
@Entity
public class NotificationSettings extends IdentifiedEntity {

    /** Working days ahead a deadline is announced unless the user chooses otherwise. */
    public static final int DEFAULT_DEADLINE_DAYS = 5;

    /** The version a settings form posts for a user who never saved any. */
    static final long UNSAVED = -2;

    public long userId;

    public String emailAddress;

    /** The kinds sent by e-mail, by name, comma-separated. */
    public String emailKinds;

    public int deadlineDays = DEFAULT_DEADLINE_DAYS;

    @Version
    public long version;

    static Optional<NotificationSettings> ofUser(long userId) {
        return find("userId", userId).firstResultOptional();
    }

    static NotificationSettings defaults(long userId) {
        NotificationSettings settings = new NotificationSettings();
        settings.userId = userId;
        settings.emailKinds(EnumSet.allOf(NoticeKind.class));
        return settings;
    }

    /** The version the settings form carries. */
    public long getFormVersion() {
        return id == null ? UNSAVED : version;
    }

    public Set<NoticeKind> emailKinds() {
        return emailKinds == null || emailKinds.isBlank()
                ? EnumSet.noneOf(NoticeKind.class)
                : Arrays.stream(emailKinds.split(","))
                        .map(NoticeKind::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(NoticeKind.class)));
    }

    void emailKinds(Set<NoticeKind> kinds) {
        emailKinds = kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /** Takes the user's new choices, as the settings page posted them. */
    void change(NoticeSettings command) {
        emailAddress = command.emailAddress();
        emailKinds(command.emailKinds());
        deadlineDays = command.days();
    }
}
