package eu.competitiondesk.web;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the address of a page or an action from the resource method that answers it, so a link cannot point where
 * no route is: the path is the one declared by {@code @Path} on the class and the method, with its parameters filled
 * in order. Each feature wraps these calls in a route class ({@code cases/CaseRoutes} and its siblings) that templates
 * call through a namespace and Java calls directly.
 */
public final class Routes {

    /**
     * The start page's address. The page belongs to the cases feature, but signing in, changing a password and the
     * error pages lead there without knowing that feature, so its resource declares its path with this constant.
     */
    public static final String START = "/";

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

    /** Declared paths by resource and method name: read once per route, as reflection on each link would be waste. */
    private static final Map<String, String> DECLARED = new ConcurrentHashMap<>();

    private Routes() {}

    /**
     * The address of {@code resource}'s method {@code method} with its path parameters, in the order the path names
     * them, encoded as path segments.
     */
    public static String path(Class<?> resource, String method, Object... parameters) {
        String declared = declared(resource, method);
        if (parameters.length == 0 && declared.indexOf('{') < 0) {
            return declared;
        }
        Matcher matcher = PARAMETER.matcher(declared);
        StringBuilder address = new StringBuilder();
        int given = 0;
        while (matcher.find()) {
            if (given == parameters.length) {
                throw new IllegalArgumentException(resource.getSimpleName() + "." + method + " takes more than "
                        + parameters.length + " path parameters: " + declared);
            }
            matcher.appendReplacement(address, Matcher.quoteReplacement(segment(parameters[given++])));
        }
        matcher.appendTail(address);
        if (given != parameters.length) {
            throw new IllegalArgumentException(resource.getSimpleName() + "." + method + " takes " + given
                    + " path parameters, not " + parameters.length + ": " + declared);
        }
        return address.toString();
    }

    /** {@code address} with a query parameter added; a null value adds nothing. */
    public static String query(String address, String name, Object value) {
        if (value == null) {
            return address;
        }
        return address + (address.contains("?") ? "&" : "?") + name + "="
                + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
    }

    /**
     * A pattern that matches the addresses of {@code resource}'s method {@code method}, whatever its parameters, for
     * code that must recognise a route from the raw request before the REST layer has matched it.
     */
    public static Pattern pattern(Class<?> resource, String method) {
        String declared = declared(resource, method);
        Matcher matcher = PARAMETER.matcher(declared);
        StringBuilder regex = new StringBuilder();
        int from = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(declared.substring(from, matcher.start())))
                    .append("[^/]+");
            from = matcher.end();
        }
        regex.append(Pattern.quote(declared.substring(from)));
        return Pattern.compile(regex.toString());
    }

    /** The path declared for a resource method: the class's {@code @Path} joined with the method's. */
    public static String declared(Class<?> resource, String method) {
        return DECLARED.computeIfAbsent(resource.getName() + "#" + method, key -> read(resource, method));
    }

    private static String read(Class<?> resource, String name) {
        List<Method> routes = new ArrayList<>();
        for (Method method : resource.getDeclaredMethods()) {
            if (method.getName().equals(name) && isRoute(method)) {
                routes.add(method);
            }
        }
        if (routes.size() != 1) {
            throw new IllegalArgumentException(
                    resource.getSimpleName() + " has " + routes.size() + " routes named " + name);
        }
        Path onClass = resource.getAnnotation(Path.class);
        if (onClass == null) {
            throw new IllegalArgumentException(resource.getSimpleName() + " declares no @Path");
        }
        Path onMethod = routes.get(0).getAnnotation(Path.class);
        return join(onClass.value(), onMethod == null ? "" : onMethod.value());
    }

    private static boolean isRoute(Method method) {
        return Arrays.asList(GET.class, POST.class, PUT.class, DELETE.class).stream()
                .anyMatch(method::isAnnotationPresent);
    }

    private static String join(String base, String rest) {
        String left = base.startsWith("/") ? base : "/" + base;
        if (rest.isEmpty() || rest.equals("/")) {
            return left;
        }
        String right = rest.startsWith("/") ? rest : "/" + rest;
        return left.endsWith("/") ? left + right.substring(1) : left + right;
    }

    private static String segment(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("a path parameter is missing");
        }
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
