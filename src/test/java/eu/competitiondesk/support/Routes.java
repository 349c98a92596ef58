package eu.competitiondesk.support;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Every JAX-RS route of the application, read from the compiled resource classes, so new routes are walked too. */
public final class Routes {

    /** One resource method: HTTP method, full path template, what it consumes and the Java method answering it. */
    public record Route(String method, String path, String consumes, Method answeredBy) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{(\\w+)}");

    private Routes() {}

    /** The path with each {name} replaced by ids.get(name); null when an id is missing. */
    public static String fill(String template, java.util.Map<String, String> ids) {
        java.util.regex.Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = ids.get(matcher.group(1));
            if (value == null) {
                return null;
            }
            matcher.appendReplacement(path, value);
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /**
     * Every page of one case a person can open (its GET routes with the ids given), leaving out downloads and exports.
     */
    public static List<String> casePages(Class<?> anyApplicationClass, long caseId, java.util.Map<String, String> ids) {
        List<String> pages = new ArrayList<>();
        for (Route route : all(anyApplicationClass)) {
            String path = fill(route.path(), ids);
            if (route.method().equals("GET")
                    && path != null
                    && path.startsWith("/cases/" + caseId)
                    && !path.matches(".*(\\.csv|/download|/docx|/pdf|/export)$")) {
                pages.add(path);
            }
        }
        return pages;
    }

    public static List<Route> all(Class<?> anyApplicationClass) {
        List<Route> routes = new ArrayList<>();
        for (Class<?> resource : resourceClasses(anyApplicationClass)) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = join(base, sub == null ? "" : sub.value());
                Consumes consumes = method.getAnnotation(Consumes.class);
                if (consumes == null) {
                    consumes = resource.getAnnotation(Consumes.class);
                }
                routes.add(new Route(verb, path, consumes == null ? "" : String.join(",", consumes.value()), method));
            }
        }
        routes.sort(Comparator.comparing(Route::path).thenComparing(Route::method));
        return routes;
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        return method.isAnnotationPresent(PATCH.class) ? "PATCH" : null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static List<Class<?>> resourceClasses(Class<?> anchor) {
        return applicationClasses(anchor).stream()
                .filter(type -> type.isAnnotationPresent(Path.class))
                .toList();
    }

    /** Every top-level class of the application's main code. */
    public static List<Class<?>> applicationClasses(Class<?> anchor) {
        try {
            // Quarkus' test class loader hides code sources; the build's output folder holds the same classes.
            java.nio.file.Path root = Paths.get(System.getProperty("basedir", "."), "target", "classes");
            List<Class<?>> found = new ArrayList<>();
            try (Stream<java.nio.file.Path> files = Files.walk(root)) {
                for (java.nio.file.Path file :
                        files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name =
                            root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                    if (name.contains("$")) {
                        continue;
                    }
                    found.add(Class.forName(name, false, anchor.getClassLoader()));
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
