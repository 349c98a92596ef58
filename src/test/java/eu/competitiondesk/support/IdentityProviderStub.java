package eu.competitiondesk.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.Set;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * An OpenID Connect identity provider played by WireMock: discovery document, signing keys and a token endpoint that
 * hands out whichever ID token the test asks for. The browser's visit to the provider's sign-in page is not played;
 * the test follows the redirect back itself, as the provider would after a successful sign-in.
 */
public class IdentityProviderStub implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_ID = "competition-desk";
    private static final String KEY_ID = "signing-key-1";

    private static WireMockServer server;
    private static KeyPair signingKeys;

    @Override
    public Map<String, String> start() {
        signingKeys = rsaKeys();
        server = new WireMockServer(options().dynamicPort());
        server.start();
        String issuer = issuer();
        server.stubFor(
                get(urlPathEqualTo("/.well-known/openid-configuration")).willReturn(okJson("""
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/jwks","response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer))));
        RsaJsonWebKey key = new RsaJsonWebKey((RSAPublicKey) signingKeys.getPublic());
        key.setKeyId(KEY_ID);
        key.setAlgorithm("RS256");
        key.setUse("sig");
        server.stubFor(get(urlPathEqualTo("/jwks")).willReturn(okJson(new JsonWebKeySet(key).toJson())));
        return Map.of(
                "desk.oidc.enabled",
                "true",
                "quarkus.oidc.auth-server-url",
                issuer,
                "quarkus.oidc.client-id",
                CLIENT_ID,
                "quarkus.oidc.credentials.secret",
                "stub-provider-client-secret-0123456789abcdef");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static String issuer() {
        return "http://localhost:" + server.port();
    }

    /** The next code exchanged at the token endpoint yields an ID token for this person, signed by the provider. */
    public static void willSignIn(String username, String fullName, Set<String> groups) {
        willIssue(idToken(username, fullName, groups).jws().keyId(KEY_ID).sign(signingKeys.getPrivate()));
    }

    /** The same, but signed with a key the provider never published: the application must not believe it. */
    public static void willSignInWithForeignKey(String username, Set<String> groups) {
        willIssue(idToken(username, username, groups)
                .jws()
                .keyId(KEY_ID)
                .sign(rsaKeys().getPrivate()));
    }

    private static JwtClaimsBuilder idToken(String username, String fullName, Set<String> groups) {
        return Jwt.issuer(issuer())
                .audience(CLIENT_ID)
                .subject("subject-" + username)
                .claim("preferred_username", username)
                .claim("name", fullName)
                .groups(groups)
                .expiresIn(300);
    }

    private static void willIssue(String idToken) {
        server.stubFor(post(urlPathEqualTo("/token"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"access_token\":\"opaque-access-token\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                                        + "\"id_token\":\"" + idToken + "\"}")));
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
