package eu.competitiondesk.assessments;

import eu.competitiondesk.api.ApiProblem;
import eu.competitiondesk.assessments.MergerControlJson.EuResponse;
import eu.competitiondesk.assessments.MergerControlJson.FigureSetUsed;
import eu.competitiondesk.assessments.MergerControlJson.ThresholdsRequest;
import eu.competitiondesk.assessments.MergerControlJson.ThresholdsResponse;
import eu.competitiondesk.assessments.MergerControlJson.UkResponse;
import eu.competitiondesk.assessments.MergerControlJson.UsResponse;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.platform.Commands;
import eu.competitiondesk.platform.InvalidCommand;
import eu.competitiondesk.referencedata.MergerFigures;
import eu.competitiondesk.referencedata.engine.FigureSet;
import eu.competitiondesk.referencedata.engine.FigureSets;
import eu.competitiondesk.referencedata.engine.Jurisdiction;
import eu.competitiondesk.referencedata.engine.MergerThresholds;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The merger-control thresholds as a stateless call, on the figure sets an administrator maintains. */
@Path("/api/v1/merger-control")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Merger control", description = "EU dimension, UK jurisdiction thresholds, US HSR reportability")
public class MergerControlApiResource {

    @Inject
    Commands validator;

    @Inject
    MergerFigures figures;

    @Inject
    Clock clock;

    @POST
    @Path("/thresholds")
    @Operation(
            summary = "Merger-control thresholds: EU, UK, US",
            description = "Each block optional. EU: Art. 1(2)"
                    + " and 1(3) EUMR with the two-thirds rule, for the undertakings concerned listed. UK: the s.23 tests"
                    + " of the Enterprise Act 2002 as in force today. US: HSR size of transaction and size of person in"
                    + " force on the block's date, the non-corporate control rule and the investment-only exemption. A"
                    + " figure left out is not known: the tests it decides are null unless the other figures settle them."
                    + " Screening indicators, not decisions.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ThresholdsResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Each bad field named, or a date with no figure set loaded",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public ThresholdsResponse thresholds(ThresholdsRequest request) {
        if (request == null) {
            throw new InvalidCommand(Map.of("body", "send a JSON object with an eu, uk or us block"));
        }
        validator.check(request);
        FigureSets loaded = figures.loaded();
        LocalDate today = LocalDate.now(clock);
        Map<String, String> missing = new LinkedHashMap<>();
        FigureSet eu = request.eu() == null ? null : inForce(loaded, Jurisdiction.EU, today, "eu", missing);
        FigureSet uk = request.uk() == null ? null : inForce(loaded, Jurisdiction.UK, today, "uk", missing);
        FigureSet us = request.us() == null
                ? null
                : inForce(
                        loaded,
                        Jurisdiction.US,
                        LocalDate.parse(request.us().date().trim()),
                        "us.date",
                        missing);
        if (!missing.isEmpty()) {
            throw new InvalidCommand(missing);
        }
        List<Finding> findings = new ArrayList<>();
        EuResponse euResponse = null;
        if (eu != null) {
            MergerThresholds.EuResult result = MergerThresholds.eu(euUndertakings(request.eu()), eu);
            findings.addAll(result.findings());
            euResponse = new EuResponse(result.dimension(), result.threshold(), result.twoThirdsRule());
        }
        UkResponse ukResponse = null;
        if (uk != null) {
            MergerControlJson.UkRequest in = request.uk();
            MergerThresholds.UkResult result = MergerThresholds.uk(
                    new MergerThresholds.UkInput(
                            in.targetUkTurnoverGbp(),
                            in.parties() == null
                                    ? List.of()
                                    : in.parties().stream()
                                            .map(p -> new MergerThresholds.UkParty(p.name(), p.ukTurnoverGbp()))
                                            .toList(),
                            in.shareOfSupplyPercent(),
                            in.shareIncrement(),
                            in.hybrid() == null
                                    ? null
                                    : new MergerThresholds.UkHybrid(
                                            in.hybrid().shareOfSupplyPercent(),
                                            in.hybrid().ukTurnoverGbp(),
                                            in.hybrid().otherPartyUkNexus())),
                    uk);
            findings.addAll(result.findings());
            ukResponse = new UkResponse(
                    result.turnoverTest(),
                    result.shareOfSupplyTest(),
                    result.hybridTest(),
                    result.smallMergerSafeHarbour(),
                    result.jurisdiction());
        }
        UsResponse usResponse = null;
        if (us != null) {
            MergerControlJson.UsRequest in = request.us();
            MergerThresholds.UsResult result = MergerThresholds.us(
                    new MergerThresholds.UsInput(
                            in.sizeOfTransactionUsd(),
                            in.acquiringPersonUsd(),
                            in.acquiredPersonUsd(),
                            in.interest(),
                            in.profitsOrAssetsPercent(),
                            in.votingPercent(),
                            in.solelyForInvestment()),
                    us);
            findings.addAll(result.findings());
            usResponse = new UsResponse(result.reportable(), result.sizeOfTransactionThresholdUsd(), result.reasons());
        }
        List<FigureSetUsed> used = MergerThresholds.figureSets(eu, uk, us).stream()
                .map(s -> new FigureSetUsed(s.jurisdiction(), s.effectiveFrom(), s.source(), s.verificationNote()))
                .toList();
        return new ThresholdsResponse(euResponse, ukResponse, usResponse, used, findings);
    }

    private static FigureSet inForce(
            FigureSets loaded, Jurisdiction jurisdiction, LocalDate day, String field, Map<String, String> missing) {
        FigureSet set = loaded.inForce(jurisdiction, day).orElse(null);
        if (set == null) {
            missing.put(
                    field,
                    "no " + jurisdiction + " thresholds are loaded for " + day + "; an administrator adds"
                            + " them on the merger thresholds page");
        }
        return set;
    }

    /** The undertakings for the rules, each Member State under its ISO code (EL read as GR). */
    private static List<MergerThresholds.EuUndertaking> euUndertakings(MergerControlJson.EuRequest eu) {
        if (eu.undertakings() == null) {
            return List.of();
        }
        List<MergerThresholds.EuUndertaking> undertakings = new ArrayList<>();
        for (int i = 0; i < eu.undertakings().size(); i++) {
            MergerControlJson.EuUndertaking u = eu.undertakings().get(i);
            Map<String, BigDecimal> states = null;
            if (u.memberStateTurnoverEur() != null) {
                states = new LinkedHashMap<>();
                for (Map.Entry<String, BigDecimal> e :
                        u.memberStateTurnoverEur().entrySet()) {
                    if (states.put(MergerThresholds.memberState(e.getKey()), e.getValue()) != null) {
                        throw new InvalidCommand(Map.of(
                                "eu.undertakings[" + i + "].memberStateTurnoverEur[" + e.getKey() + "]",
                                "names a Member State already listed (EL and GR are both Greece)"));
                    }
                }
            }
            undertakings.add(
                    new MergerThresholds.EuUndertaking(u.name(), u.worldwideTurnoverEur(), u.euTurnoverEur(), states));
        }
        return undertakings;
    }
}
