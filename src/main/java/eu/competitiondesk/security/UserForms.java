package eu.competitiondesk.security;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** The forms of the user administration pages. */
public final class UserForms {

    private UserForms() {}

    /** Adds a user. */
    public static class NewUser {

        @RestForm
        @NotBlank(message = "{desk.user.username.invalid}")
        @Pattern(regexp = AppUser.USERNAME_PATTERN, message = "{desk.user.username.invalid}")
        public String username;

        @RestForm
        @NotBlank(message = "{desk.user.fullname.required}")
        @Size(max = 200, message = "{desk.too.long}")
        public String fullName;

        @RestForm
        @NotBlank(message = "{desk.choose}")
        @OneOf(Role.class)
        public String role;

        @RestForm
        @NotBlank(message = "{desk.user.password.short}")
        @AcceptablePassword
        public String password;

        /** Trims names and turns blanks into null so an empty field gets one message. Passwords stay as typed. */
        void normalise() {
            username = FormText.trimToNull(username);
            fullName = FormText.trimToNull(fullName);
            role = FormText.trimToNull(role);
            password = password == null || password.isEmpty() ? null : password;
        }
    }

    /** Changes a user's name, role and, when given, password. */
    public static class EditUser {

        @RestForm
        @NotBlank(message = "{desk.user.fullname.required}")
        @Size(max = 200, message = "{desk.too.long}")
        public String fullName;

        @RestForm
        @NotBlank(message = "{desk.choose}")
        @OneOf(Role.class)
        public String role;

        /** Empty keeps the current password. */
        @RestForm
        @AcceptablePassword
        public String password;

        @RestForm
        public Long version;

        void normalise() {
            fullName = FormText.trimToNull(fullName);
            role = FormText.trimToNull(role);
            password = password == null ? "" : password;
        }

        /** The role as chosen; only called once the form has passed validation. */
        public Role chosenRole() {
            return Role.valueOf(role);
        }

        static EditUser of(AppUser user) {
            EditUser form = new EditUser();
            form.fullName = user.fullName;
            form.role = user.role.name();
            return form;
        }
    }
}
