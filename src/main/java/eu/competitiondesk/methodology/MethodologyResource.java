package eu.competitiondesk.methodology;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The methodology as a page of the application, reached from every "How this was computed" panel: the formulas,
 * thresholds, sources and the readings the product takes where the law leaves room.
 */
@Path("/methodology")
@Produces(MediaType.TEXT_HTML)
public class MethodologyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String html);
    }

    @GET
    public TemplateInstance page() {
        return Templates.page(MethodologyText.HTML);
    }
}
