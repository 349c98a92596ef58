package eu.competitiondesk.bench;

import eu.competitiondesk.cases.CaseFile;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The bare stack, for comparison: one query and one Qute render behind the same session check, headers and
 * filters as every page. Compiled only into the benchmark build (Maven profile "bench"); never shipped.
 */
@Path("/bench/reference")
public class ReferenceResource {

    @Inject
    @Location("bench-reference.html")
    Template page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance latestCases() {
        List<CaseFile> cases = CaseFile.<CaseFile>find("order by updatedAt desc, id desc").page(0, 25).list();
        return page.data("cases", cases);
    }
}
