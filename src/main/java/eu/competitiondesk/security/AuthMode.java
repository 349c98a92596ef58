package eu.competitiondesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How people sign in: {@code form} (user names and passwords kept by Competition Desk) or {@code oidc} (the
 * authority's OpenID Connect identity provider, which may enforce multi-factor authentication).
 */
@ApplicationScoped
public class AuthMode {

    @ConfigProperty(name = "desk.auth.mode", defaultValue = "form")
    String mode;

    public boolean isOidc() {
        return "oidc".equalsIgnoreCase(mode);
    }
}
