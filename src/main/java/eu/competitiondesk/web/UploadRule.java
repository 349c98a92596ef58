package eu.competitiondesk.web;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Routes that take a file: multipart, perhaps chunked, with the upload time limit and their own size. */
public abstract class UploadRule implements BodyRule {

    private final List<Pattern> routes;

    protected UploadRule(Class<?> resource, String... methods) {
        routes = Arrays.stream(methods).map(m -> Routes.pattern(resource, m)).toList();
    }

    @Override
    public boolean covers(String path) {
        return routes.stream().anyMatch(route -> route.matcher(path).matches());
    }

    @Override
    public boolean upload() {
        return true;
    }
}
