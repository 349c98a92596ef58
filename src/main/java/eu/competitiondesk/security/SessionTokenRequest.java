package eu.competitiondesk.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request to restore the identity behind a session cookie's token. */
final class SessionTokenRequest extends BaseAuthenticationRequest {

    final String token;

    SessionTokenRequest(String token) {
        this.token = token;
    }
}
