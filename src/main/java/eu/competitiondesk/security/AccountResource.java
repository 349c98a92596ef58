package eu.competitiondesk.security;

import eu.competitiondesk.web.AppMessages;
import eu.competitiondesk.web.Flash;
import eu.competitiondesk.web.FormErrors;
import eu.competitiondesk.web.FormValidator;
import eu.competitiondesk.web.Pages;
import eu.competitiondesk.web.Routes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import org.jboss.resteasy.reactive.RestForm;

/** The signed-in user's own account: changing the password. */
@Path("/account/password")
@Produces(MediaType.TEXT_HTML)
public class AccountResource {

    /** The password change form. Passwords are never sent back to the page. */
    public static class PasswordForm {

        @RestForm
        @NotBlank(message = "{desk.user.password.current}")
        public String currentPassword;

        @RestForm
        @NotBlank(message = "{desk.user.password.short}")
        @AcceptablePassword
        public String newPassword;

        @RestForm
        public String confirmPassword;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(FormErrors errors);
    }

    @Inject
    UserAccounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    FormValidator validator;

    @Inject
    AppMessages msg;

    @Inject
    SecurityMessages securityMsg;

    @Inject
    SingleSignOnConfig singleSignOn;

    @GET
    public TemplateInstance form() {
        passwordsInUse();
        return Templates.password(FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@BeanParam PasswordForm form) {
        passwordsInUse();
        FormErrors errors = validator.validate(form);
        if (!errors.has("newPassword") && !Objects.equals(form.newPassword, form.confirmPassword)) {
            errors.add("confirmPassword", securityMsg.account_password_mismatch());
        }
        if (errors.isEmpty()
                && !accounts.changeOwnPassword(
                        currentUser.id(), form.currentPassword, form.newPassword, currentUser.sessionId())) {
            errors.add("currentPassword", securityMsg.account_password_wrong());
        }
        if (errors.isEmpty()) {
            return Flash.redirect(Routes.START, securityMsg.account_password_changed());
        }
        return Pages.unprocessable(Templates.password(errors));
    }

    /** Under single sign-on the identity provider owns the credentials; there is no password here to change. */
    private void passwordsInUse() {
        if (singleSignOn.enabled()) {
            throw new NotFoundException();
        }
    }
}
