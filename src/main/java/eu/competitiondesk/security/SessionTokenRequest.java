package eu.competitiondesk.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request to restore the identity behind a session cookie's token. */
final class SessionTokenRequest extends BaseAuthenticationRequest {

    final String token;

    /** Whether the request counts as the user's activity, keeping the session from ending idle. */
    final boolean activity;

    SessionTokenRequest(String token, boolean activity) {
        this.token = token;
        this.activity = activity;
    }
}
