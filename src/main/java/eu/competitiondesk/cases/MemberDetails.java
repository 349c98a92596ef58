package eu.competitiondesk.cases;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jboss.resteasy.reactive.RestForm;

/** The command to put a user on a case's team; the case page posts it as {@code memberUser} and {@code memberRole}. */
public record MemberDetails(
        @RestForm("memberUser")
        @NotBlank(message = "{desk.choose}")
        @Pattern(regexp = "[0-9]{1,18}", message = "{desk.choice.invalid}")
        String user,

        @RestForm("memberRole") @NotBlank(message = "{desk.choose}") @OneOf(TeamRole.class)
        String role) {

    public MemberDetails {
        user = FormText.trimToNull(user);
        role = FormText.trimToNull(role);
    }

    public static MemberDetails blank() {
        return new MemberDetails(null, null);
    }

    /** Call only after validation passed. */
    long userId() {
        return Long.parseLong(user);
    }

    /** Call only after validation passed. */
    TeamRole teamRole() {
        return TeamRole.valueOf(role);
    }
}
