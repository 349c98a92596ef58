package eu.competitiondesk.assessments;

import eu.competitiondesk.api.ApiProblem;
import eu.competitiondesk.assessments.DesignationJson.Gwb19aRequest;
import eu.competitiondesk.assessments.DesignationJson.Gwb19aResponse;
import eu.competitiondesk.assessments.DesignationJson.UkSmsRequest;
import eu.competitiondesk.assessments.DesignationJson.UkSmsResponse;
import eu.competitiondesk.assessments.engine.ParamountSignificance;
import eu.competitiondesk.assessments.engine.StrategicMarketStatus;
import eu.competitiondesk.platform.Commands;
import eu.competitiondesk.platform.InvalidCommand;
import eu.competitiondesk.referencedata.ReferenceDataService;
import eu.competitiondesk.referencedata.engine.Jurisdiction;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Designation regimes without size thresholds as stateless calls: nothing is stored. */
@Path("/api/v1/designation")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Designation", description = "UK strategic market status; §19a GWB")
public class DesignationApiResource {

    @Inject
    Commands validator;

    @Inject
    ReferenceDataService referenceData;

    @POST
    @Path("/uk-sms/evaluate")
    @Operation(
            summary = "UK strategic market status: the conditions and the Act's dates",
            description = "Digital Markets, Competition and Consumers Act 2024: digital activity (s.3), link to the UK"
                    + " (s.4, any limb), turnover condition (s.7: global turnover exceeding GBP 25 bn or UK turnover"
                    + " exceeding GBP 1 bn), substantial and entrenched market power (s.5), strategic significance (s.6,"
                    + " one limb or more); the SMS investigation's decision date (s.14(2), nine months beginning with the"
                    + " notice), the designation period's end (s.18, five years) and the latest start of a further"
                    + " investigation (s.10(2)). Every fact optional: unknown is null, never no. Screening"
                    + " indicators, not decisions.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UkSmsResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Each bad field named",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public UkSmsResponse ukSms(UkSmsRequest request) {
        if (request == null) {
            throw new InvalidCommand(Map.of("body", "send a JSON object with the facts known"));
        }
        validator.check(request);
        Map<String, String> doubled = new LinkedHashMap<>();
        ConvertedAmounts amounts = new ConvertedAmounts(Jurisdiction.UK, doubled, referenceData);
        StrategicMarketStatus.Result result = StrategicMarketStatus.evaluate(new StrategicMarketStatus.Input(
                request.digitalActivity(),
                request.ukLink() == null
                        ? null
                        : new StrategicMarketStatus.UkLink(
                                request.ukLink().significantNumberOfUkUsers(),
                                request.ukLink().carriesOnBusinessInUk(),
                                request.ukLink().immediateSubstantialForeseeableEffectOnUkTrade()),
                amounts.pick("globalTurnover", null, "globalTurnover", request.globalTurnover()),
                amounts.pick("ukTurnover", null, "ukTurnover", request.ukTurnover()),
                request.substantialAndEntrenchedMarketPower(),
                request.strategicSignificance() == null
                        ? null
                        : new StrategicMarketStatus.StrategicSignificance(
                                request.strategicSignificance().sizeOrScale(),
                                request.strategicSignificance().relianceByOtherUndertakings(),
                                request.strategicSignificance().extendMarketPower(),
                                request.strategicSignificance().determineRulesOfConduct()),
                day(request.investigationNoticeDate()),
                day(request.decisionNoticeDate())));
        List<String> toEstablish = new ArrayList<>(amounts.missing);
        toEstablish.addAll(result.toEstablish());
        return new UkSmsResponse(
                result.digitalActivity(),
                result.ukLink(),
                result.turnoverCondition(),
                result.turnoverBasis(),
                result.substantialAndEntrenchedMarketPower(),
                result.strategicSignificance(),
                result.smsConditionsMet(),
                result.decisionDue(),
                result.designationEnds(),
                result.furtherInvestigationLatestStart(),
                amounts.given,
                toEstablish,
                result.findings());
    }

    @POST
    @Path("/gwb-19a/evaluate")
    @Operation(
            summary = "§19a GWB: paramount significance for competition across markets",
            description = "The precondition of §19a(1) Satz 1, the factors of Satz 2 Nr. 1-5 and any others weighed"
                    + " (TOWARDS, NEUTRAL, AWAY; absent: not assessed), never counted: the answer leans one way only"
                    + " where every assessed factor does; the five-year limit of Satz 3 from the day the decision"
                    + " becomes final (§§ 187(1), 188(2) and (3) BGB); the prohibitions §19a(2) would allow.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Gwb19aResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Each bad field named",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public Gwb19aResponse gwb19a(Gwb19aRequest request) {
        if (request == null) {
            throw new InvalidCommand(Map.of("body", "send a JSON object with the facts known"));
        }
        validator.check(request);
        Map<ParamountSignificance.ListedFactor, ParamountSignificance.Assessment> factors =
                new EnumMap<>(ParamountSignificance.ListedFactor.class);
        DesignationJson.Gwb19aFactorsJson f = request.factors();
        if (f != null) {
            putIfKnown(factors, ParamountSignificance.ListedFactor.DOMINANCE, f.dominance());
            putIfKnown(factors, ParamountSignificance.ListedFactor.FINANCIAL_STRENGTH, f.financialStrength());
            putIfKnown(factors, ParamountSignificance.ListedFactor.VERTICAL_INTEGRATION, f.verticalIntegration());
            putIfKnown(factors, ParamountSignificance.ListedFactor.ACCESS_TO_DATA, f.accessToData());
            putIfKnown(
                    factors,
                    ParamountSignificance.ListedFactor.IMPORTANCE_FOR_THIRD_PARTY_ACCESS,
                    f.importanceForThirdPartyAccess());
        }
        ParamountSignificance.Result result = ParamountSignificance.evaluate(new ParamountSignificance.Input(
                request.activeToSignificantExtentOnMarketsOf18_3a(),
                factors,
                request.otherFactors() == null
                        ? List.of()
                        : request.otherFactors().stream()
                                .map(o -> new ParamountSignificance.OtherFactor(
                                        o.description().strip(), o.assessment()))
                                .toList(),
                day(request.bestandskraftDate())));
        return new Gwb19aResponse(
                result.preconditionMet(),
                result.paramountSignificance(),
                result.factors(),
                result.designationExpires(),
                result.followOnProhibitions(),
                result.toEstablish(),
                result.findings());
    }

    private static void putIfKnown(
            Map<ParamountSignificance.ListedFactor, ParamountSignificance.Assessment> factors,
            ParamountSignificance.ListedFactor factor,
            ParamountSignificance.Assessment assessment) {
        if (assessment != null) {
            factors.put(factor, assessment);
        }
    }

    private static LocalDate day(String date) {
        return date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
    }
}
