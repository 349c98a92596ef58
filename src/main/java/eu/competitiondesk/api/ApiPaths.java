package eu.competitiondesk.api;

/**
 * Where the JSON API lives. Request handling that runs before a route is matched (content types, error answers,
 * sign-in, kept forms) tells an API call from a page by this prefix alone.
 */
public final class ApiPaths {

    public static final String PREFIX = "/api/";

    private ApiPaths() {}

    public static boolean isApi(String path) {
        return path != null && path.startsWith(PREFIX);
    }
}
