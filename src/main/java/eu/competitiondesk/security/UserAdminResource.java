package eu.competitiondesk.security;

import eu.competitiondesk.platform.StaleVersionException;
import eu.competitiondesk.web.AppMessages;
import eu.competitiondesk.web.Flash;
import eu.competitiondesk.web.FormErrors;
import eu.competitiondesk.web.FormValidator;
import eu.competitiondesk.web.Option;
import eu.competitiondesk.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import org.jboss.resteasy.reactive.RestPath;

/** Administration of user accounts: list, add, edit, deactivate and reactivate. Admins only. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class UserAdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<AppUser> users);

        static native TemplateInstance newForm(UserForms.NewUser form, FormErrors errors, List<Option> roleOptions);

        static native TemplateInstance editForm(
                AppUser user, UserForms.EditUser form, FormErrors errors, List<Option> roleOptions, boolean conflict);
    }

    @Inject
    UserAccounts accounts;

    @Inject
    FormValidator validator;

    @Inject
    AppMessages msg;

    @Inject
    SecurityMessages securityMsg;

    @Inject
    CurrentUser currentUser;

    @GET
    public TemplateInstance list() {
        return Templates.list(AppUser.listByName());
    }

    @GET
    @Path("/new")
    public TemplateInstance newForm() {
        UserForms.NewUser form = new UserForms.NewUser();
        form.role = Role.CASE_OFFICER.name();
        return Templates.newForm(form, FormErrors.none(), roleOptions());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam UserForms.NewUser form) {
        form.normalise();
        FormErrors errors = validator.validate(form);
        if (errors.isEmpty()) {
            if (AppUser.findByUsername(form.username).isPresent()) {
                errors.add("username", securityMsg.user_username_taken());
            } else {
                AppUser user = accounts.create(form.username, form.fullName, Role.valueOf(form.role), form.password);
                return Flash.redirect(AccountRoutes.users(), securityMsg.user_created(user.username));
            }
        }
        return Pages.unprocessable(Templates.newForm(form, errors, roleOptions()));
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance editForm(@RestPath long id) {
        AppUser user = find(id);
        return Templates.editForm(user, UserForms.EditUser.of(user), FormErrors.none(), roleOptions(), false);
    }

    @POST
    @Path("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, @BeanParam UserForms.EditUser form) {
        AppUser user = find(id);
        form.normalise();
        FormErrors errors = validator.validate(form);
        if (errors.isEmpty()) {
            if (form.version == null) {
                return Pages.conflict(Templates.editForm(user, form, errors, roleOptions(), true));
            }
            try {
                accounts.update(
                        id,
                        form.version,
                        form.fullName,
                        Role.valueOf(form.role),
                        form.password.isEmpty() ? null : form.password);
            } catch (StaleVersionException stale) {
                return Pages.conflict(
                        Templates.editForm(stale.current(AppUser.class), form, errors, roleOptions(), true));
            }
            return Flash.redirect(AccountRoutes.users(), securityMsg.user_updated(user.username));
        }
        return Pages.unprocessable(Templates.editForm(user, form, errors, roleOptions(), false));
    }

    @POST
    @Path("/{id}/deactivate")
    public Response deactivate(@RestPath long id) {
        AppUser user = find(id);
        if (user.id.equals(currentUser.id())) {
            UserForms.EditUser form = UserForms.EditUser.of(user);
            return Pages.unprocessable(Templates.editForm(
                    user,
                    form,
                    FormErrors.none().add("fullName", securityMsg.user_cannot_deactivate_self()),
                    roleOptions(),
                    false));
        }
        accounts.setActive(id, false);
        return Flash.redirect(AccountRoutes.users(), securityMsg.user_deactivated(user.username));
    }

    @POST
    @Path("/{id}/activate")
    public Response activate(@RestPath long id) {
        AppUser user = find(id);
        accounts.setActive(id, true);
        return Flash.redirect(AccountRoutes.users(), securityMsg.user_activated(user.username));
    }

    private static AppUser find(long id) {
        AppUser user = AppUser.findById(id);
        if (user == null) {
            throw new NotFoundException();
        }
        return user;
    }

    private List<Option> roleOptions() {
        return Option.of(Role.class, securityMsg::role, null);
    }
}
