package eu.competitiondesk.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.competitiondesk.api.ApiPaths;
import eu.competitiondesk.platform.InstallationKey;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Forms that could not be saved are kept, not lost: one posted after its session ended (the officer was called away
 * mid-section), or one that lost a race with someone else's change. The fields are kept server-side for
 * {@link #LIFETIME}, bound to the browser by a cookie of their own and to the user, encrypted under a key only that
 * cookie gives. When the same user next opens a page holding that form in the same browser, the typed values are put
 * back into it with a line saying they are not saved yet; nothing is applied until the officer submits the form again,
 * with a fresh token. A second kept form in the same browser replaces the first.
 */
@ApplicationScoped
public class KeptForms {

    public static final Duration LIFETIME = Duration.ofMinutes(30);

    static final String COOKIE = "desk-kept-form";

    /** Why a form was kept; each has its own words on the sign-in page and above the restored form. */
    public enum Reason {
        /** The session ended after the idle timeout. */
        IDLE,
        /** The session reached its absolute lifetime. */
        EXPIRED,
        CHANGED_MEANWHILE,
        ALREADY_EXISTS,
        REFERENCE_REMOVED;

        boolean sessionEnded() {
            return this == IDLE || this == EXPIRED;
        }
    }

    /** Fields never restored: each belongs to the page that showed the form, which gives fresh ones. */
    private static final Set<String> PAGE_OWNED = Set.of("csrf-token", FormSubmissions.FIELD);

    private static final int IV_BYTES = 12;

    private final SecureRandom random = new SecureRandom();

    @Inject
    InstallationKey key;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    AppMessages msg;

    @Inject
    RequestBodies bodies;

    @ConfigProperty(name = "desk.http.max-body-size")
    MemorySize maxBody;

    @ConfigProperty(name = "desk.http.body-timeout")
    Duration bodyTimeout;

    /**
     * Whether the request posts a page form whose typed values can be kept: not the API, not a file upload, not a
     * form whose route says it is not kept (the sign-in form).
     */
    public boolean isPageForm(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        BodyRule rule = bodies.ruleFor(context.normalizedPath());
        return "POST".equals(context.request().method().name())
                && !ApiPaths.isApi(context.normalizedPath())
                && (rule == null || rule.keptWhenSessionEnds())
                && type != null
                && type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED);
    }

    /**
     * Reads the form a request whose session has ended is posting and keeps it for {@code userId}. The body is read on
     * the event loop, up to the size and time every form has; one that breaks either is not kept. The browser's cookie
     * is set on the answer. Completes with whether the form was kept.
     */
    public Uni<Boolean> keepPosted(RoutingContext context, long userId, Reason reason) {
        if (!isPageForm(context)) {
            return Uni.createFrom().item(false);
        }
        String formPath = context.request().uri();
        String pagePath = pageOf(context);
        String existing = cookieOf(context);
        return Uni.createFrom()
                .completionStage(() -> read(context).toCompletionStage())
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(body -> {
                    String token = keep(userId, reason, formPath, pagePath, decode(body), existing);
                    context.put(COOKIE, token);
                    return true;
                })
                .onFailure()
                .recoverWithItem(false);
    }

    /** Sets the kept form's cookie on an answer written below the REST layer (the sign-in redirect). */
    public static void giveCookie(RoutingContext context) {
        String token = context.get(COOKIE);
        if (token != null) {
            context.response()
                    .addCookie(Cookie.cookie(COOKIE, token)
                            .setPath("/")
                            .setHttpOnly(true)
                            .setSecure("https".equals(context.request().scheme()))
                            .setSameSite(CookieSameSite.STRICT)
                            .setMaxAge(LIFETIME.toSeconds()));
        }
    }

    /**
     * Keeps the form of a request that lost a race (its fields already read), for the signed-in user, and answers the
     * cookie that leads back to it and the page to go back to.
     */
    public Kept keepLost(RoutingContext context, long userId, Reason reason) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        context.request()
                .formAttributes()
                .forEach(e -> fields.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        String existing = cookieOf(context);
        String token = keep(userId, reason, context.request().uri(), pageOf(context), fields, existing);
        return new Kept(token, pageOfStored(token));
    }

    /** A kept form: the browser's cookie value and the page holding the form. */
    public record Kept(String token, String pagePath) {
        public NewCookie cookie(boolean secure) {
            return new NewCookie.Builder(COOKIE)
                    .value(token)
                    .path("/")
                    .httpOnly(true)
                    .secure(secure)
                    .sameSite(NewCookie.SameSite.STRICT)
                    .maxAge((int) LIFETIME.toSeconds())
                    .build();
        }
    }

    /** Why a form waits in this browser, if one does (for the sign-in page's words). */
    @Transactional
    public Optional<Reason> waiting(RoutingContext context) {
        return find(cookieOf(context)).map(k -> k.reason);
    }

    /** After {@code userId} signs in: the page holding their kept form, if this browser keeps one for them. */
    @Transactional
    public Optional<String> pageAfterSignIn(RoutingContext context, long userId) {
        Optional<KeptForm> kept = find(cookieOf(context));
        if (kept.isPresent() && kept.get().userId != userId) {
            // Someone else signs in on this browser: the form was not theirs, and it goes.
            kept.get().delete();
            return Optional.empty();
        }
        return kept.map(k -> k.pagePath);
    }

    /**
     * Puts a kept form's values back into the page that holds the form, for the user it was kept for, with a line
     * saying it is not saved yet; the kept copy is then gone. Pages without the form pass untouched.
     */
    @ServerResponseFilter
    public void restore(ContainerRequestContext request, ContainerResponseContext response, RoutingContext context) {
        String token = cookieOf(context);
        if (token == null
                || !"GET".equals(request.getMethod())
                || response.getStatus() != 200
                || request.getSecurityContext().getUserPrincipal() == null
                || !(response.getEntity() instanceof TemplateInstance || response.getEntity() instanceof String)
                || response.getMediaType() == null
                || !response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return;
        }
        Long userId = currentUserId(context);
        Optional<Restored> restored = userId == null ? Optional.empty() : take(token, userId, page(response));
        restored.ifPresent(r -> {
            response.setEntity(r.html(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
            response.getHeaders()
                    .add(
                            HttpHeaders.SET_COOKIE,
                            new NewCookie.Builder(COOKIE)
                                    .value("")
                                    .path("/")
                                    .maxAge(0)
                                    .httpOnly(true)
                                    .build());
        });
    }

    private record Restored(String html) {}

    private static String page(ContainerResponseContext response) {
        Object entity = response.getEntity();
        return entity instanceof TemplateInstance template ? template.render() : (String) entity;
    }

    /** The user id of the request's identity, as the session mechanism records it. */
    private static Long currentUserId(RoutingContext context) {
        return context.user() instanceof QuarkusHttpUser user
                ? user.getSecurityIdentity().getAttribute("userId")
                : null;
    }

    @Transactional
    Optional<Restored> take(String token, long userId, String html) {
        Optional<KeptForm> found = find(token);
        if (found.isEmpty() || found.get().userId != userId) {
            return Optional.empty();
        }
        KeptForm kept = found.get();
        String filled = fill(
                html, kept.formPath, decrypt(token, kept.fields), !kept.reason.sessionEnded(), notice(kept.reason));
        if (filled == null) {
            return Optional.empty();
        }
        kept.delete();
        return Optional.of(new Restored(filled));
    }

    private String notice(Reason reason) {
        return switch (reason) {
            case IDLE, EXPIRED -> msg.kept_not_saved_yet();
            case CHANGED_MEANWHILE -> msg.kept_changed_meanwhile();
            case ALREADY_EXISTS -> msg.kept_already_exists();
            case REFERENCE_REMOVED -> msg.kept_reference_removed();
        };
    }

    /**
     * The page with the kept values in the form posting to {@code formPath}, and the notice at the form's top; null when
     * the page has no such form. Page-owned tokens are never restored; the form's version is restored after a session
     * ended (so a change someone made meanwhile still shows as a conflict on saving) and left as the page gives it
     * after a lost race (the officer has now seen the current state).
     */
    static String fill(
            String html, String formPath, Map<String, List<String>> fields, boolean keepPageVersion, String notice) {
        Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(false);
        Element form = page.select("form[method=post]").stream()
                .filter(f -> pathOf(f.attr("action")).equals(pathOf(formPath)))
                .findFirst()
                .orElse(null);
        if (form == null) {
            return null;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String name = field.attr("name");
            String type = field.attr("type").toLowerCase(Locale.ROOT);
            if (PAGE_OWNED.contains(name)
                    || type.equals("file")
                    || type.equals("submit")
                    || type.equals("button")
                    || type.equals("hidden") && keepPageVersion) {
                continue;
            }
            List<String> values = fields.getOrDefault(name, List.of());
            if (type.equals("checkbox") || type.equals("radio")) {
                String value = field.hasAttr("value") ? field.attr("value") : "on";
                if (values.contains(value)) {
                    field.attr("checked", true);
                } else {
                    field.removeAttr("checked");
                }
            } else if (field.tagName().equals("select")) {
                for (Element option : field.select("option")) {
                    if (values.contains(option.hasAttr("value") ? option.attr("value") : option.text())) {
                        option.attr("selected", true);
                    } else {
                        option.removeAttr("selected");
                    }
                }
            } else {
                int index = seen.merge(name, 1, Integer::sum) - 1;
                field.val(index < values.size() ? values.get(index) : "");
            }
        }
        form.prepend("<div class=\"govuk-inset-text desk-kept-notice\" role=\"status\"></div>");
        form.selectFirst(".desk-kept-notice")
                .appendElement("p")
                .addClass("govuk-body")
                .text(notice);
        return page.outerHtml();
    }

    private static String pathOf(String uri) {
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }

    @Transactional
    String keep(
            long userId,
            Reason reason,
            String formPath,
            String pagePath,
            Map<String, List<String>> fields,
            String existingToken) {
        KeptForm.delete("expiresAt < ?1", now());
        String token = existingToken != null && existingToken.length() == 43 ? existingToken : newToken();
        byte[] browserHash = browserHash(token);
        KeptForm.delete("browserHash", browserHash);
        KeptForm kept = new KeptForm();
        kept.browserHash = browserHash;
        kept.userId = userId;
        kept.reason = reason;
        kept.formPath = cut(formPath);
        kept.pagePath = cut(pagePath);
        kept.fields = encrypt(token, fields);
        kept.keptAt = now();
        kept.expiresAt = kept.keptAt.plus(LIFETIME);
        kept.persist();
        return token;
    }

    @Transactional
    String pageOfStored(String token) {
        return find(token).map(k -> k.pagePath).orElse(Routes.START);
    }

    private Optional<KeptForm> find(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return KeptForm.<KeptForm>find("browserHash = ?1 and expiresAt > ?2", browserHash(token), now())
                .firstResultOptional();
    }

    private static String cookieOf(RoutingContext context) {
        Cookie cookie = context.request().getCookie(COOKIE);
        return cookie == null || cookie.getValue().isEmpty() ? null : cookie.getValue();
    }

    /**
     * The page the form was on: the Referer when it names a page of this application, else the start page. Only the
     * path and query are kept, so the way back never leaves the application.
     */
    public static String pageOf(RoutingContext context) {
        String referer = context.request().getHeader("Referer");
        String host = context.request().authority() == null
                ? null
                : context.request().authority().toString();
        try {
            URI uri = referer == null ? null : URI.create(referer);
            if (uri != null
                    && uri.getRawPath() != null
                    && uri.getRawPath().startsWith("/")
                    && !uri.getRawPath().startsWith("//")
                    && (uri.getRawAuthority() == null || uri.getRawAuthority().equals(host))) {
                return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            }
        } catch (IllegalArgumentException e) {
            // An unreadable Referer names no page.
        }
        return Routes.START;
    }

    /**
     * Reads a form body of at most the size and time every form has, on the connection's event loop (the request
     * arrives here from the worker that looked up the session).
     */
    private Future<Buffer> read(RoutingContext context) {
        HttpServerRequest request = context.request();
        Promise<Buffer> done = Promise.promise();
        long limit = maxBody.asLongValue();
        ((ConnectionBase) request.connection()).channel().eventLoop().execute(() -> {
            Buffer body = Buffer.buffer();
            long timer = context.vertx().setTimer(bodyTimeout.toMillis(), id -> done.tryFail("body too slow"));
            done.future().onComplete(ignored -> context.vertx().cancelTimer(timer));
            request.handler(chunk -> {
                if (body.length() + chunk.length() > limit) {
                    request.pause();
                    done.tryFail("body too large");
                } else {
                    body.appendBuffer(chunk);
                }
            });
            request.exceptionHandler(done::tryFail);
            request.endHandler(ignored -> done.tryComplete(body));
            if (request.isEnded()) {
                done.tryComplete(body);
            } else {
                request.resume();
            }
        });
        return done.future();
    }

    private static Map<String, List<String>> decode(Buffer body) {
        Map<String, List<String>> fields = new LinkedHashMap<>(
                new QueryStringDecoder(body.toString(StandardCharsets.UTF_8), StandardCharsets.UTF_8, false, 2000)
                        .parameters());
        PAGE_OWNED.forEach(fields::remove);
        return fields;
    }

    private String newToken() {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    private byte[] browserHash(String token) {
        return key.hmac("kept-form:" + token);
    }

    private byte[] encrypt(String token, Map<String, List<String>> fields) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, token, iv);
            byte[] sealed = cipher.doFinal(json.writeValueAsBytes(fields));
            return ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("could not seal a kept form", e);
        }
    }

    private Map<String, List<String>> decrypt(String token, byte[] stored) {
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, token, Arrays.copyOf(stored, IV_BYTES));
            byte[] plain = cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
            return json.readValue(plain, new TypeReference<LinkedHashMap<String, List<String>>>() {});
        } catch (GeneralSecurityException | IOException e) {
            return Map.of();
        }
    }

    private Cipher cipher(int mode, String token, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key.hmac("kept-form-key:" + token), "AES"), new GCMParameterSpec(128, iv));
        return cipher;
    }

    private static String cut(String path) {
        return path.length() > 2000 ? Routes.START : path;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
