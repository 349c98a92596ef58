package eu.competitiondesk.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses oversized request bodies before a byte of them is read: document uploads above desk.documents.max-size,
 * anything else (forms, JSON, CSV imports) above desk.http.max-body-size. People get a page that says what the limits
 * are; API clients get a problem document.
 *
 * <p>A body without Content-Length (chunked) cannot be judged before it is read. File uploads (multipart) may come
 * that way, as HTTP client libraries stream them: Quarkus' own limit, set to the document limit, counts their bytes
 * as they arrive, and a resource taking a smaller file (the CSV import) measures the file it got. Every other chunked
 * body is refused with 411, so the 1 MB limit of forms and JSON cannot be streamed past: browsers state the length
 * of every form, and so do ordinary API clients.
 */
@ApplicationScoped
public class RequestSizeLimits {

    private static final Pattern DOCUMENT_UPLOAD = Pattern.compile("/cases/\\d+/documents");

    @ConfigProperty(name = "desk.documents.max-size")
    MemorySize documentLimit;

    @ConfigProperty(name = "desk.http.max-body-size")
    MemorySize otherLimit;

    @Inject
    RouteErrorPages errorPages;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            boolean documentUpload = DOCUMENT_UPLOAD.matcher(context.normalizedPath()).matches();
            if (length == null && context.request().headers().contains("Transfer-Encoding") && !isMultipart(context)) {
                context.response().putHeader("Connection", "close");
                errorPages.lengthRequired(context);
                return;
            }
            if (length != null && context.request().method() != HttpMethod.GET) {
                long limit = documentUpload ? documentLimit.asLongValue() : otherLimit.asLongValue();
                long declared;
                try {
                    declared = Long.parseLong(length.trim());
                } catch (NumberFormatException e) {
                    declared = Long.MAX_VALUE;
                }
                if (declared > limit) {
                    // The body is not read: close the connection rather than drain up to 50 MB of it.
                    context.response().putHeader("Connection", "close");
                    errorPages.tooLarge(context, megabytes(limit), megabytes(documentLimit.asLongValue()),
                            megabytes(otherLimit.asLongValue()));
                    return;
                }
            }
            context.next();
        });
    }

    private static boolean isMultipart(RoutingContext context) {
        String type = context.request().getHeader("Content-Type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    public static String megabytes(long bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }
}
