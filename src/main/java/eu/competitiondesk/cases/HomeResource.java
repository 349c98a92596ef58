package eu.competitiondesk.cases;

import eu.competitiondesk.security.CurrentUser;
import eu.competitiondesk.web.Routes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The start page: the signed-in officer's open cases and the nearest deadlines on them. */
@Path(Routes.START)
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    static final int CASES_SHOWN = 10;
    static final int DEADLINES_SHOWN = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(
                List<CaseFile> cases, List<KeyDate> deadlines, LocalDate today, List<String> panels);
    }

    @Inject
    CaseSearch search;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<StartPagePanel> panels;

    @GET
    public TemplateInstance home() {
        long userId = currentUser.id();
        return Templates.home(
                search.ownCases(userId, CASES_SHOWN),
                search.nearestDeadlines(userId, DEADLINES_SHOWN),
                LocalDate.now(clock),
                panels.stream()
                        .map(p -> p.render(userId, currentUser.getUsername()))
                        .toList());
    }
}
