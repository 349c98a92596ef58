package eu.competitiondesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.cases.CaseResource;
import eu.competitiondesk.support.Routes;
import io.quarkus.qute.TemplateExtension;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Internal addresses come from the resource methods that answer them: every route helper a template or Java calls
 * leads to a declared route, and no template or main class types an address of the application by hand.
 */
class DeclaredRoutesTest {

    private static final List<Routes.Route> ROUTES = Routes.all(CaseResource.class);

    @Test
    void everyRouteHelperLeadsToADeclaredRoute() throws ReflectiveOperationException {
        List<Pattern> declared = ROUTES.stream()
                .map(r -> Pattern.compile(r.path().replaceAll("\\{[^}]+}", "[^/?#]+")))
                .toList();
        int helpers = 0;
        for (Class<?> type : Routes.applicationClasses(CaseResource.class)) {
            TemplateExtension extension = type.getAnnotation(TemplateExtension.class);
            if (extension == null || !type.getSimpleName().endsWith("Routes")) {
                continue;
            }
            assertFalse(extension.namespace().isEmpty(), type.getSimpleName() + " is called through a namespace");
            for (Method helper : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(helper.getModifiers()) || !Modifier.isStatic(helper.getModifiers())) {
                    continue;
                }
                String address = (String) helper.invoke(null, sampleArguments(helper));
                String path = address.replaceAll("[?#].*$", "");
                assertTrue(
                        declared.stream().anyMatch(p -> p.matcher(path).matches()),
                        type.getSimpleName() + "." + helper.getName() + " leads to " + address + ", no declared route");
                helpers++;
            }
        }
        assertTrue(helpers > 80, "route helpers found: " + helpers);
    }

    @Test
    void noTemplateTypesAnAddressOfTheApplication() throws IOException {
        Pattern typed = Pattern.compile("(?:href|action|formaction|src|data-[a-z-]+)=\"(/[^\"]*)\"|[\"'(](/(?:"
                + String.join("|", routeRoots()) + ")(?:[/?#\"')][^\"')\\s]*)?)");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                Matcher matcher = typed.matcher(text);
                while (matcher.find()) {
                    String address = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                    if (!isStaticAsset(address)) {
                        found.add(file.getFileName() + ": " + address);
                    }
                }
            }
        }
        assertEquals(List.of(), found, "addresses typed in templates; use the feature's route helper");
    }

    @Test
    void noMainClassTypesAnAddressOfTheApplication() throws IOException {
        Pattern literal = Pattern.compile("\"(/(?:" + String.join("|", routeRoots()) + ")(?:[/?#][^\"]*)?)\"");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            // ApiPaths declares the API's prefix, which request handling reads before any route is matched.
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("ApiPaths.java"))
                    .toList()) {
                for (String line : Files.readAllLines(file)) {
                    String code = line.strip();
                    if (code.startsWith("@Path(")
                            || code.startsWith("*")
                            || code.startsWith("//")
                            || code.startsWith("/*")) {
                        continue;
                    }
                    Matcher matcher = literal.matcher(code);
                    while (matcher.find()) {
                        found.add(file.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), found, "addresses typed in Java; use the feature's route helper");
    }

    @Test
    void theCheckSeesATypedAddress() {
        Pattern literal = Pattern.compile("\"(/(?:" + String.join("|", routeRoots()) + ")(?:[/?#][^\"]*)?)\"");
        assertTrue(literal.matcher("return \"/cases/\" + id;").find());
        assertTrue(literal.matcher("redirect(\"/admin/users\")").find());
        assertFalse(literal.matcher("path(\"/\")").find(), "a cookie's path is no address");
    }

    /** The first segments of the declared routes: cases, admin, api, login and so on. */
    private static Set<String> routeRoots() {
        return ROUTES.stream()
                .map(r -> r.path().replaceAll("^/([^/{]*).*$", "$1"))
                .filter(s -> !s.isEmpty())
                .map(Pattern::quote)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isStaticAsset(String address) {
        return address.startsWith("/static/") || address.startsWith("/vendor/");
    }

    private static Object[] sampleArguments(Method helper) {
        Object[] arguments = new Object[helper.getParameterCount()];
        Class<?>[] types = helper.getParameterTypes();
        for (int i = 0; i < arguments.length; i++) {
            Class<?> type = types[i];
            if (type == long.class || type == Long.class) {
                arguments[i] = 7L + i;
            } else if (type == int.class || type == Integer.class) {
                arguments[i] = 2026;
            } else if (type == String.class) {
                arguments[i] = "sample";
            } else if (type == LocalDate.class) {
                arguments[i] = LocalDate.of(2026, 12, 25);
            } else if (type.isEnum()) {
                arguments[i] = type.getEnumConstants()[0];
            } else {
                throw new IllegalStateException(helper + " takes a " + type + " the test cannot make");
            }
        }
        return arguments;
    }
}
