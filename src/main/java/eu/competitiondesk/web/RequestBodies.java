package eu.competitiondesk.web;

import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.quarkus.arc.All;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Receives every request body in full, on the event loop and within a time limit, before a worker thread sees the
 * request. The REST layer would otherwise read a form or a JSON body with blocking reads on one of the few worker
 * threads, so a handful of clients sending a body slowly (or never finishing it) could hold every worker and take
 * the application off the air. Here a half-sent body costs a socket and its bytes so far, nothing more, and is
 * dropped with 408 when its time is up.
 *
 * <p>Each kind of request has a size cap: a route whose feature declares a {@link BodyRule} (the sign-in form, document
 * uploads, share imports) has the rule's, with a small allowance for the form around an uploaded file; every other
 * form and JSON body has desk.http.max-body-size. A declared length above the cap is refused before a byte is read; a body
 * sent without a length (chunked) is taken only where files are uploaded and counted as it arrives.
 *
 * <p>The body is read after sign-in is checked: a request that will be sent to the sign-in page, or refused, is
 * answered without its body being read.
 */
@ApplicationScoped
public class RequestBodies {

    /** The form fields around an uploaded file (description, tokens, part headers) may add this much. */
    static final long UPLOAD_FORM_ALLOWANCE = 64 * 1024;

    private static final Set<HttpMethod> WITH_BODY =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private static final String TIMER = "desk.body-timer";
    private static final String READING = "desk.reading-body";

    /** Resolved once: the rules are asked on every request. */
    @Inject
    @All
    List<BodyRule> rules;

    @ConfigProperty(name = "desk.http.max-body-size")
    MemorySize otherLimit;

    @ConfigProperty(name = "desk.http.body-timeout")
    Duration bodyTimeout;

    @ConfigProperty(name = "desk.http.upload-timeout")
    Duration uploadTimeout;

    @ConfigProperty(name = "quarkus.http.body.uploads-directory")
    String uploadsDirectory;

    @ConfigProperty(name = "quarkus.http.limits.max-form-fields")
    int maxFormFields;

    @Inject
    RouteErrorPages errorPages;

    /** What a request may send, and how long it has to send it. */
    record Allowance(long limit, Duration timeout, boolean upload) {}

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::judgeDeclaredSize);
        // Just after the authorisation check (Quarkus orders its security handlers by negated priority).
        int afterAuthorisation = -SecurityHandlerPriorities.AUTHORIZATION + 10;
        router.route().order(afterAuthorisation).handler(this::receive).failureHandler(this::refuse);
        router.route().order(afterAuthorisation + 1).handler(this::received);
    }

    /** Refuses, from the headers alone, a body larger than its route takes or one sent without a length. */
    private void judgeDeclaredSize(RoutingContext context) {
        HttpServerRequest request = context.request();
        String length = request.getHeader("Content-Length");
        Allowance allowance = allowanceFor(context);
        if (length == null && request.headers().contains("Transfer-Encoding") && !allowance.upload()) {
            context.response().putHeader("Connection", "close");
            errorPages.lengthRequired(context);
            return;
        }
        if (length != null && WITH_BODY.contains(request.method()) && declared(length) > allowance.limit()) {
            // The body is not read: the connection is closed rather than drained.
            context.response().putHeader("Connection", "close");
            tooLarge(context, allowance);
            return;
        }
        context.next();
    }

    private void receive(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!WITH_BODY.contains(request.method()) || request.isEnded() || !announcesBody(request)) {
            context.next();
            return;
        }
        Allowance allowance = allowanceFor(context);
        long timer = context.vertx().setTimer(allowance.timeout().toMillis(), id -> {
            if (!context.response().ended() && !context.response().closed()) {
                context.response().putHeader("Connection", "close");
                context.response().endHandler(ignored -> request.connection().close());
                errorPages.bodyTimedOut(context, allowance.timeout());
            }
        });
        context.put(TIMER, timer);
        context.put(READING, Boolean.TRUE);
        // Quarkus pauses every request until a handler is ready for its body; this one is.
        request.resume();
        BodyHandler.create(allowance.upload())
                .setUploadsDirectory(uploadsDirectory)
                .setBodyLimit(allowance.limit())
                .setDeleteUploadedFilesOnEnd(true)
                .setMergeFormAttributes(false)
                .handle(context);
    }

    /**
     * The whole body is here: its time limit no longer runs. A multipart body is kept as its parts, not as bytes; when
     * it held no part (a broken body), the REST layer is given an empty body rather than left to wait for one.
     */
    private void received(RoutingContext context) {
        if (context.get(READING) != null && context.body().buffer() == null) {
            ((RoutingContextInternal) context).setBody(Buffer.buffer());
        }
        stopClock(context);
        context.next();
    }

    private static void stopClock(RoutingContext context) {
        Long timer = context.remove(TIMER);
        if (timer != null) {
            context.vertx().cancelTimer(timer);
        }
        context.remove(READING);
    }

    /** A body that broke a limit while arriving: too large, too many fields, or not decodable. */
    private void refuse(RoutingContext context) {
        if (context.get(READING) == null) {
            context.next();
            return;
        }
        stopClock(context);
        if (context.response().ended() || context.response().closed()) {
            // Answered already (the body's time ran out) or the client went away mid-body: nothing to say, and
            // nothing went wrong here.
            return;
        }
        context.response().putHeader("Connection", "close");
        Throwable cause = context.failure();
        if (context.statusCode() == 413 || cause instanceof HttpPostRequestDecoder.TooLongFormFieldException) {
            tooLarge(context, allowanceFor(context));
        } else if (cause instanceof HttpPostRequestDecoder.TooManyFormFieldsException) {
            errorPages.tooManyFields(context, maxFormFields);
        } else {
            errorPages.malformedBody(context);
        }
    }

    private void tooLarge(RoutingContext context, Allowance allowance) {
        long shown = allowance.upload() ? allowance.limit() - UPLOAD_FORM_ALLOWANCE : allowance.limit();
        errorPages.tooLarge(context, megabytes(shown));
    }

    Allowance allowanceFor(RoutingContext context) {
        BodyRule rule = ruleFor(context.normalizedPath());
        if (rule == null) {
            return new Allowance(otherLimit.asLongValue(), bodyTimeout, false);
        }
        return rule.upload()
                ? new Allowance(rule.limit() + UPLOAD_FORM_ALLOWANCE, uploadTimeout, true)
                : new Allowance(rule.limit(), bodyTimeout, false);
    }

    /** The rule a feature declared for this path, if any. */
    public BodyRule ruleFor(String path) {
        for (BodyRule rule : rules) {
            if (rule.covers(path)) {
                return rule;
            }
        }
        return null;
    }

    /** Whether the headers say a body follows: a length above zero, or chunks. */
    private static boolean announcesBody(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        return length == null ? request.headers().contains("Transfer-Encoding") : declared(length) > 0;
    }

    private static long declared(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    public static String megabytes(long bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }
}
