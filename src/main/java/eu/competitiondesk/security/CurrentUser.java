package eu.competitiondesk.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The signed-in user of the current request, for resources and templates ({inject:currentUser.fullName}). */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    SingleSignOnConfig singleSignOn;

    @ConfigProperty(name = "desk.session.idle-timeout")
    Duration idleTimeout;

    /** After how long without activity the session ends, for the timeout warning of every page. */
    public long getIdleTimeoutSeconds() {
        return idleTimeout.toSeconds();
    }

    /** Passwords are changed here only when people sign in with one (not under single sign-on). */
    public boolean getCanChangePassword() {
        return !singleSignOn.enabled();
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public Long id() {
        return identity.getAttribute(UserDirectory.USER_ID);
    }

    /** The server-side session of this request; null when nobody is signed in. */
    public Long sessionId() {
        return identity.getAttribute(UserDirectory.SESSION_ID);
    }

    public String getUsername() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public String getFullName() {
        String name = identity.getAttribute(UserDirectory.FULL_NAME);
        return name == null ? getUsername() : name;
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN.name());
    }

    public boolean isCaseOfficer() {
        return identity.hasRole(Role.CASE_OFFICER.name());
    }

    /** Admins and case officers may open cases; readers may not. */
    public boolean getCanOpenCases() {
        return isAdmin() || isCaseOfficer();
    }
}
