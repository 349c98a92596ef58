package eu.competitiondesk.methodology;

import eu.competitiondesk.web.Routes;
import io.quarkus.qute.TemplateExtension;

/** The address of the methodology page, and of one of its sections, for the "How this was computed" panels. */
@TemplateExtension(namespace = "methodologyPath")
public final class MethodologyRoutes {

    private MethodologyRoutes() {}

    public static String page() {
        return Routes.path(MethodologyResource.class, "page");
    }

    /** A section of the page, by the anchor its heading gets ("concentration-measures"). */
    public static String section(String anchor) {
        return page() + "#" + anchor;
    }
}
