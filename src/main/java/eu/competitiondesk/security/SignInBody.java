package eu.competitiondesk.security;

import eu.competitiondesk.web.BodyRule;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The sign-in form is the one form anyone may post: a user name and a password, with their tokens, fit many times
 * over in 16 KB, and nothing larger is read from a client nobody knows yet.
 */
@ApplicationScoped
public class SignInBody implements BodyRule {

    static final long LIMIT = 16 * 1024;

    private static final String SIGN_IN = AccountRoutes.login();

    @Override
    public boolean covers(String path) {
        return path.equals(SIGN_IN);
    }

    @Override
    public long limit() {
        return LIMIT;
    }

    @Override
    public boolean upload() {
        return false;
    }
}
