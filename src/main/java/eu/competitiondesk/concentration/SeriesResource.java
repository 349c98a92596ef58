package eu.competitiondesk.concentration;

import eu.competitiondesk.cases.CaseHeading;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** HHI and shares of a market over its periods, with footnotes where the figures stop being comparable. */
@Path("/cases/{caseId}/markets/{marketId}/series")
@Produces(MediaType.TEXT_HTML)
public class SeriesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance series(CaseHeading caseFile, RelevantMarket market, TimeSeries series);
    }

    @Inject
    MarketAccess access;

    @Inject
    MarketMessages msg;

    @GET
    public TemplateInstance series(@RestPath long caseId, @RestPath long marketId, @RestQuery String source) {
        RelevantMarket market = access.viewable(caseId, marketId);
        return Templates.series(access.caseFile(caseId), market, TimeSeries.of(market, source, msg));
    }
}
