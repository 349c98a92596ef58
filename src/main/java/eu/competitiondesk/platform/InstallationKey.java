package eu.competitiondesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installation's secret (desk.session.key, the same on every node) as a keyed hash: session token hashes, CSRF
 * tokens bound to sessions, and the keys of forms kept through a session's end all derive from it, so none of them
 * can be made or checked without the key, and every node makes the same ones.
 */
@ApplicationScoped
public class InstallationKey {

    @ConfigProperty(name = "desk.session.key")
    Optional<String> key;

    /** Keyed on first use, never written to after; volatile so every thread sees it whole. */
    private volatile Mac keyedMac;

    /**
     * HMAC-SHA256 of {@code text} under the installation key. Every request asks it (the session, the form token); the
     * keyed Mac is made once and each call works on a clone of it, since a Mac is not thread-safe and keying a new one
     * per call costs more than the digest.
     */
    public byte[] hmac(String text) {
        try {
            Mac keyed = keyedMac;
            if (keyed == null) {
                keyed = Mac.getInstance("HmacSHA256");
                keyed.init(new SecretKeySpec(key.orElseThrow().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                keyedMac = keyed;
            }
            Mac mac = (Mac) keyed.clone();
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime and clones", e);
        }
    }
}
