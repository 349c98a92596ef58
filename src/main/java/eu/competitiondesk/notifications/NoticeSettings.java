package eu.competitiondesk.notifications;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.OneOf;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The command to change one's notification settings: the address for e-mails (empty: none are sent), the kinds of
 * notice wanted by e-mail (the ticked boxes) and how many working days ahead a deadline is announced.
 */
public record NoticeSettings(
        @RestForm @Size(max = 254, message = "{desk.too.long}") @Email(message = "{desk.notify.email}")
        String emailAddress,

        @RestForm List<@OneOf(NoticeKind.class) String> emailKind,

        @RestForm
        @NotBlank(message = "{desk.notify.days}")
        @Pattern(regexp = "[1-9]|[12][0-9]|30", message = "{desk.notify.days}")
        String deadlineDays) {

    public NoticeSettings {
        emailAddress = FormText.trimToNull(emailAddress);
        emailKind = emailKind == null
                ? List.of()
                : emailKind.stream()
                        .map(FormText::trimToNull)
                        .filter(k -> k != null)
                        .toList();
        deadlineDays = FormText.trimToNull(deadlineDays);
    }

    static NoticeSettings of(NotificationSettings settings) {
        return new NoticeSettings(
                settings.emailAddress,
                settings.emailKinds().stream().map(Enum::name).toList(),
                Integer.toString(settings.deadlineDays));
    }

    /** Whether the page shows a kind ticked. */
    public boolean wants(NoticeKind kind) {
        return emailKind.contains(kind.name());
    }

    /** Call only after validation passed. */
    Set<NoticeKind> emailKinds() {
        Set<NoticeKind> kinds = EnumSet.noneOf(NoticeKind.class);
        emailKind.forEach(k -> kinds.add(NoticeKind.valueOf(k)));
        return kinds;
    }

    /** Call only after validation passed. */
    int days() {
        return Integer.parseInt(deadlineDays);
    }
}
