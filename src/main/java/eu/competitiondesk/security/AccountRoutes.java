package eu.competitiondesk.security;

import eu.competitiondesk.web.Routes;
import io.quarkus.qute.TemplateExtension;

/** The addresses of sign-in, the session, the officer's account and user administration. */
@TemplateExtension(namespace = "accountPath")
public final class AccountRoutes {

    private AccountRoutes() {}

    public static String login() {
        return Routes.path(LoginResource.class, "login");
    }

    public static String singleSignOn() {
        return Routes.path(SingleSignOnResource.class, "complete");
    }

    public static String logout() {
        return Routes.path(LoginResource.class, "logout");
    }

    public static String sessionStatus() {
        return Routes.path(SessionStatusResource.class, "status");
    }

    public static String keepAlive() {
        return Routes.path(SessionStatusResource.class, "keepAlive");
    }

    public static String password() {
        return Routes.path(AccountResource.class, "form");
    }

    public static String users() {
        return Routes.path(UserAdminResource.class, "list");
    }

    public static String newUser() {
        return Routes.path(UserAdminResource.class, "newForm");
    }

    public static String editUser(long userId) {
        return Routes.path(UserAdminResource.class, "editForm", userId);
    }

    public static String deactivateUser(long userId) {
        return Routes.path(UserAdminResource.class, "deactivate", userId);
    }

    public static String activateUser(long userId) {
        return Routes.path(UserAdminResource.class, "activate", userId);
    }
}
