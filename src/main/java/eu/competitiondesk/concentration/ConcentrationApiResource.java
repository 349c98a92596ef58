package eu.competitiondesk.concentration;

import eu.competitiondesk.api.ApiProblem;
import eu.competitiondesk.api.ApiProblemException;
import eu.competitiondesk.concentration.ConcentrationJson.Request;
import eu.competitiondesk.concentration.ConcentrationJson.Response;
import eu.competitiondesk.concentration.ConcentrationJson.ShareJson;
import eu.competitiondesk.concentration.ConcentrationJson.StakeJson;
import eu.competitiondesk.concentration.engine.Analysis;
import eu.competitiondesk.concentration.engine.FirmShare;
import eu.competitiondesk.concentration.engine.InputError;
import eu.competitiondesk.concentration.engine.InvalidConcentrationInput;
import eu.competitiondesk.concentration.engine.Market;
import eu.competitiondesk.concentration.engine.Stake;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Stateless concentration figures: nothing is stored, the same engine as the market pages. */
@Path("/api/v1/concentration")
@Tag(name = "Concentration", description = "HHI, bounds, merger and ownership scenarios, guideline screens")
public class ConcentrationApiResource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Compute concentration figures",
            description = "HHI of the named firms, its upper bound"
                    + " with Others, CR4, numbers equivalent and the rounding band; with a merger, the post-merger HHI, delta,"
                    + " combined share and the EU HMG 2004, US MG 2023 and US HMG 2010 screens; with stakes, the modified HHI"
                    + " (O'Brien-Salop) with ultimate interests through cross and chained stakes and owners outside the market. Each"
                    + " screen runs on the named firms, the upper bound with Others and both ends of the rounding band."
                    + " Screens are first indicators, not conclusions.")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content = @Content(schema = @Schema(implementation = Response.class)))
    public Response compute(Request request) {
        if (request == null) {
            throw invalid(List.of(new InputError("shares", "a JSON body with shares is required")));
        }
        List<InputError> errors = new ArrayList<>();
        List<FirmShare> shares = shares(request.shares(), errors);
        List<Stake> stakes = stakes(request.stakes(), errors);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        try {
            return Response.of(Analysis.of(shares, request.othersMaxShare(), request.merger(), stakes));
        } catch (InvalidConcentrationInput e) {
            throw invalid(e.errors());
        }
    }

    private static List<FirmShare> shares(List<ShareJson> rows, List<InputError> errors) {
        if (rows == null) {
            errors.add(new InputError("shares", "give at least one firm's share"));
            return List.of();
        }
        if (rows.size() > Market.MAX_FIRMS) {
            errors.add(new InputError("shares", "at most " + Market.MAX_FIRMS + " firms, not " + rows.size()));
            return List.of();
        }
        List<FirmShare> shares = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ShareJson row = rows.get(i);
            // A missing row stays in place as null so every later row keeps its index in the error fields.
            shares.add(row == null ? null : new FirmShare(row.firm(), row.share()));
        }
        return shares;
    }

    private static List<Stake> stakes(List<StakeJson> rows, List<InputError> errors) {
        if (rows == null) {
            return null;
        }
        List<Stake> stakes = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            StakeJson row = rows.get(i);
            if (row == null) {
                errors.add(new InputError("stakes[" + i + "]", "missing"));
                continue;
            }
            stakes.add(new Stake(
                    row.holder(),
                    row.target(),
                    row.financial() == null ? BigDecimal.ZERO : row.financial(),
                    row.control() == null ? BigDecimal.ZERO : row.control()));
        }
        return stakes;
    }

    private static ApiProblemException invalid(List<InputError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (InputError error : errors) {
            if (byField.putIfAbsent(error.field(), error.message()) == null) {
                order.add(error.field());
            }
        }
        return new ApiProblemException(ApiProblem.invalid(byField, order));
    }
}
