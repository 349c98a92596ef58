package eu.competitiondesk.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Single sign-on through the authority's OpenID Connect identity provider. The provider itself (issuer, client id,
 * secret) is configured under quarkus.oidc; this says how its ID token is read.
 */
@ConfigMapping(prefix = "desk.oidc")
public interface SingleSignOnConfig {

    /** On: people sign in only through the identity provider, and the password form is switched off. */
    @WithDefault("false")
    boolean enabled();

    /** The claim holding the user name, matched against the local accounts. */
    @WithDefault("preferred_username")
    String usernameClaim();

    @WithDefault("name")
    String nameClaim();

    /** The claim listing the user's groups (or roles) at the identity provider. */
    @WithDefault("groups")
    String roleClaim();

    /** The group that makes an administrator. */
    @WithDefault("competition-desk-admin")
    String adminGroup();

    @WithDefault("competition-desk-officer")
    String officerGroup();

    @WithDefault("competition-desk-reader")
    String readerGroup();
}
