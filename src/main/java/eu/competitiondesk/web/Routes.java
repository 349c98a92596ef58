package eu.competitiondesk.web;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriBuilder;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the address of a page or an action from the resource method that answers it (JAX-RS's
 * {@link UriBuilder#fromResource}), so a link cannot point where no route is. Each feature wraps these calls in a
 * route class ({@code cases/CaseRoutes} and its siblings) that templates call through a namespace and Java calls
 * directly.
 */
public final class Routes {

    /**
     * The start page's address. The page belongs to the cases feature, but signing in, changing a password and the
     * error pages lead there without knowing that feature, so its resource declares its path with this constant.
     */
    public static final String START = "/";

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");

    private static final Map<String, String> TEMPLATES = new ConcurrentHashMap<>();

    private Routes() {}

    /**
     * The address of {@code resource}'s method {@code method} with its path parameters, in the order the path names
     * them, each encoded as a path segment.
     */
    public static String path(Class<?> resource, String method, Object... parameters) {
        String template = template(resource, method);
        return parameters.length == 0 && template.indexOf('{') < 0
                ? template
                : UriBuilder.fromPath(template).build(parameters).toString();
    }

    /**
     * {@code address} with a query parameter added; a null value adds nothing. Encoded here rather than by
     * {@link UriBuilder#queryParam}, which would read braces in a typed search as template parameters.
     */
    public static String query(String address, String name, Object value) {
        return value == null
                ? address
                : address + (address.contains("?") ? "&" : "?") + name + "="
                        + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
    }

    /**
     * A pattern that matches the addresses of {@code resource}'s method {@code method}, whatever its parameters, for
     * code that must recognise a route from the raw request before the REST layer has matched it.
     */
    public static Pattern pattern(Class<?> resource, String method) {
        String template = template(resource, method);
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder regex = new StringBuilder();
        int from = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(from, parameter.start())))
                    .append("[^/]+");
            from = parameter.end();
        }
        return Pattern.compile(
                regex.append(Pattern.quote(template.substring(from))).toString());
    }

    /**
     * The declared path of a resource method, read by reflection once per route: pages link to routes on every row
     * they show, and the body rules ask on every request.
     */
    private static String template(Class<?> resource, String method) {
        return TEMPLATES.computeIfAbsent(resource.getName() + "#" + method, key -> declared(resource, method));
    }

    private static String declared(Class<?> resource, String method) {
        List<Method> named = Arrays.stream(resource.getDeclaredMethods())
                .filter(m -> m.getName().equals(method))
                .toList();
        if (named.isEmpty()) {
            throw new IllegalArgumentException(resource.getSimpleName() + " has no method " + method);
        }
        UriBuilder builder = UriBuilder.fromResource(resource);
        return (named.stream().anyMatch(m -> m.isAnnotationPresent(Path.class))
                        ? builder.path(resource, method)
                        : builder)
                .toTemplate();
    }
}
