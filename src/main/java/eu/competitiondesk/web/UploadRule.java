package eu.competitiondesk.web;

import java.util.regex.Pattern;

/** A route that takes a file: multipart, perhaps chunked, with the upload time limit and its own size. */
public abstract class UploadRule implements BodyRule {

    private final Pattern route;

    protected UploadRule(Class<?> resource, String method) {
        route = Routes.pattern(resource, method);
    }

    @Override
    public boolean covers(String path) {
        return route.matcher(path).matches();
    }

    @Override
    public boolean upload() {
        return true;
    }
}
