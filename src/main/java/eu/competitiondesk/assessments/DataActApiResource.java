package eu.competitiondesk.assessments;

import eu.competitiondesk.api.ApiProblem;
import eu.competitiondesk.assessments.DataActJson.ChargeJson;
import eu.competitiondesk.assessments.DataActJson.ChargeResultJson;
import eu.competitiondesk.assessments.DataActJson.SwitchingRequest;
import eu.competitiondesk.assessments.DataActJson.SwitchingResponse;
import eu.competitiondesk.assessments.engine.DataActSwitching;
import eu.competitiondesk.assessments.engine.InvalidAssessmentInput;
import eu.competitiondesk.assessments.engine.RuleViolation;
import eu.competitiondesk.platform.Commands;
import eu.competitiondesk.platform.InvalidCommand;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Switching between data processing services under the Data Act as a stateless call: nothing is stored. */
@Path("/api/v1/data-act")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data Act", description = "Switching between data processing services (Regulation (EU) 2023/2854, Ch. VI)")
public class DataActApiResource {

    @Inject
    Commands validator;

    @POST
    @Path("/switching/evaluate")
    @Operation(
            summary = "Data Act Chapter VI: a cloud contract's switching terms and charges",
            description =
                    "The terms Art. 25 requires, each against the Regulation's limit in its own words (transitional"
                            + " period at most 30 calendar days, notice at most two months, data retrieval at least 30 calendar"
                            + " days, technical unfeasibility notified within 14 working days with an alternative of at most"
                            + " seven months); the information of Arts. 26 and 29(4); Arts. 27 and 30; each charge judged on its"
                            + " date (at cost until 11 January 2027, none from 12 January 2027, Art. 29; egress for parallel use"
                            + " at cost, Art. 34(2)); the exceptions of Art. 31, an unknown one taken both ways. Screening"
                            + " indicators, not decisions.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SwitchingResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Each bad field named",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public SwitchingResponse switching(SwitchingRequest request) {
        if (request == null) {
            throw new InvalidCommand(Map.of("body", "send a JSON object with the facts known"));
        }
        // Each field's own faults and the Regulation's (dates before it applies, both notices) are named together.
        Map<String, String> errors = new LinkedHashMap<>();
        validator.collect(request, "", errors);
        DataActSwitching.Result result = null;
        try {
            result = DataActSwitching.evaluate(input(request));
        } catch (InvalidAssessmentInput e) {
            for (RuleViolation v : e.violations()) {
                errors.putIfAbsent(v.field(), v.message());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidCommand(errors);
        }
        return new SwitchingResponse(
                result.chapterApplies(),
                result.requirements(),
                result.charges().stream()
                        .map(c -> new ChargeResultJson(c.date(), c.kind(), c.permitted(), c.article()))
                        .toList(),
                result.compliant(),
                result.findings());
    }

    /** The engine's input from the request; the questionnaire builds the same from its answers. */
    static DataActSwitching.Input input(SwitchingRequest r) {
        DataActJson.ContractJson c = r.contract();
        DataActJson.InformationJson info = r.information();
        DataActJson.TechnicalUnfeasibilityJson unfeasible = r.technicalUnfeasibility();
        List<ChargeJson> charges = r.charges() == null ? List.of() : r.charges();
        return new DataActSwitching.Input(
                r.serviceKind(),
                r.customBuilt(),
                r.nonProductionTestVersion(),
                r.exceptionDisclosedBeforeContract(),
                c == null
                        ? DataActSwitching.Contract.UNKNOWN
                        : new DataActSwitching.Contract(
                                c.writtenAndAvailableBeforeSigning(),
                                c.noticePeriodMonths(),
                                c.noticePeriodDays(),
                                c.transitionalPeriodDays(),
                                c.dataRetrievalPeriodDays(),
                                c.customerMayExtendTransitionalPeriodOnce(),
                                c.exitStrategySupport(),
                                c.exhaustiveExportableData(),
                                c.fullErasure()),
                info == null ? null : info.switchingProcedures(),
                info == null ? null : info.onlineRegister(),
                info == null ? null : info.chargesBeforeContract(),
                r.functionalEquivalenceSupport(),
                r.openInterfacesFreeOfCharge(),
                r.goodFaithCooperation(),
                day(r.switchingRequestDate()),
                unfeasible == null
                        ? null
                        : new DataActSwitching.TechnicalUnfeasibility(
                                unfeasible.notifiedWithinWorkingDays(),
                                unfeasible.justified(),
                                unfeasible.alternativeTransitionalPeriodMonths()),
                charges.stream()
                        .map(charge -> charge == null
                                ? null
                                : new DataActSwitching.Charge(
                                        charge.kind(),
                                        day(charge.date()),
                                        charge.amountEur(),
                                        charge.costIncurredEur(),
                                        Boolean.TRUE.equals(charge.parallelUse())))
                        .toList());
    }

    /** The day, or null where none or a malformed one is given (the field's own check names it). */
    private static LocalDate day(String date) {
        try {
            return date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
