package eu.competitiondesk.web;

import eu.competitiondesk.platform.ChangeRecorded;
import eu.competitiondesk.platform.WriteConflicts;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * One form, one change. Every form a page shows carries a single-use token ({@code {#csrf /}} writes it beside the
 * CSRF token); the change a post makes claims it in the change's own transaction, when the change is recorded. A
 * second post of the same form (a double click, a resend after a slow answer) waits for the first to commit, finds
 * its token claimed, changes nothing and is answered 409; if the first failed, its token was never claimed and the
 * second goes ahead. A form that fails validation claims nothing either: it comes back with a new token.
 */
@ApplicationScoped
@Named("formOnce")
public class FormSubmissions {

    /** The form field holding the token. */
    public static final String FIELD = "form-once";

    /** A token is kept this long after its claim: longer than any session, past which no form can be posted. */
    static final Duration KEPT = Duration.ofDays(2);

    private static final String CLAIMED = "desk.form-once-claimed";

    /** What {@link #getToken()} makes; anything else posted in the field is no token of ours and is ignored. */
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{24}");

    private final SecureRandom random = new SecureRandom();

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    EntityManager entityManager;

    /** A fresh token for one form on a page. */
    public String getToken() {
        byte[] raw = new byte[18];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** Claims the token of the form behind the change being recorded, once per request. */
    void claim(@Observes ChangeRecorded change) {
        RoutingContext context = currentRequest.getCurrent();
        if (context == null
                || context.get(CLAIMED) != null
                || !context.request().isExpectMultipart()) {
            return;
        }
        String token = context.request().getFormAttribute(FIELD);
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            return;
        }
        int claimed = entityManager
                .createNativeQuery(
                        "insert into form_submission (token, claimed_at) values (?1, now()) on conflict do nothing")
                .setParameter(1, token)
                .executeUpdate();
        if (claimed == 0) {
            throw new WriteConflicts.DuplicateSubmission();
        }
        context.put(CLAIMED, Boolean.TRUE);
        if (ThreadLocalRandom.current().nextInt(500) == 0) {
            entityManager
                    .createNativeQuery(
                            "delete from form_submission where claimed_at < now() - cast(?1 as" + " interval)")
                    .setParameter(1, KEPT.toSeconds() + " seconds")
                    .executeUpdate();
        }
    }
}
