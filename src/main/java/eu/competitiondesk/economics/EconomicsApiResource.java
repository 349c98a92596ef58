package eu.competitiondesk.economics;

import eu.competitiondesk.economics.EconomicsJson.CriticalLossRequest;
import eu.competitiondesk.economics.EconomicsJson.CriticalLossResponse;
import eu.competitiondesk.economics.EconomicsJson.LogitRequest;
import eu.competitiondesk.economics.EconomicsJson.LogitResponse;
import eu.competitiondesk.economics.EconomicsJson.UnilateralEffectsRequest;
import eu.competitiondesk.economics.EconomicsJson.UnilateralEffectsResponse;
import eu.competitiondesk.economics.engine.VerticalEffects;
import eu.competitiondesk.platform.Commands;
import eu.competitiondesk.platform.InvalidCommand;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The economic tests after concentration, as stateless calls: the same engines as the market pages. */
@Path("/api/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Economic tests", description = "Critical loss, upward pricing pressure, logit merger simulation")
public class EconomicsApiResource {

    @Inject
    Commands validator;

    @POST
    @Path("/market-definition/critical-loss")
    @Operation(
            summary = "Critical loss for the hypothetical monopolist test",
            description = "Break-even critical"
                    + " loss X / (X + M), critical elasticity 1 / (X + M), the profit-maximising critical loss under linear"
                    + " demand X / (2X + M); the actual loss and the aggregate diversion ratio, where given, compared with"
                    + " the break-even critical loss exactly (Market Definition Notice 2024; Katz and Shapiro 2003).")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = CriticalLossResponse.class)))
    public CriticalLossResponse criticalLoss(CriticalLossRequest request) {
        validator.check(present(request));
        return EconomicsInputs.criticalLoss(request);
    }

    @POST
    @Path("/unilateral-effects")
    @Operation(
            summary = "UPP, GUPPI and compensating marginal cost reductions of two merging products",
            description = "Diversion ratios as given, or proportional to shares s_B / (1 - s_A) when absent (the"
                    + " basis is returned); UPP = D_AB (P_B - C_B) - E C_A; GUPPI = D_AB M_B P_B / P_A; CMCR after"
                    + " Werden (1996); the illustrative price rise of symmetric firms under linear and isoelastic"
                    + " demand (Shapiro 1996). No official safe harbour applies to GUPPI.")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = UnilateralEffectsResponse.class)))
    public UnilateralEffectsResponse unilateralEffects(UnilateralEffectsRequest request) {
        validator.check(present(request));
        return EconomicsInputs.unilateralEffects(request);
    }

    @POST
    @Path("/merger-simulation/logit")
    @Operation(
            summary = "Logit merger simulation",
            description = "Bertrand competition between single-product"
                    + " firms with an outside good, calibrated from prices, shares of all choices (the outside good's"
                    + " included, adding up to 100) and one observed margin; the merging products come under common"
                    + " ownership and every price is solved again to a tolerance of 1e-10 on the first-order conditions."
                    + " converged says whether it was reached.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LogitResponse.class)))
    public LogitResponse logit(LogitRequest request) {
        validator.check(present(request));
        return EconomicsInputs.logit(request);
    }

    @POST
    @Path("/merger-simulation")
    @Operation(
            summary = "Bertrand merger simulation under a choice of demand systems",
            description = "LOGIT, LINEAR, LOGLINEAR, AIDS, PCAIDS or CES, calibrated as the R package antitrust does;"
                    + " ownership as profit weights (a merger, stakes between firms with their O'Brien-Salop weights,"
                    + " or a matrix); first-order conditions solved to 1e-8 relative to each product's quantity. Every"
                    + " run is checked (FOC_PRE, FOC_POST, COSTS_POSITIVE, DEMAND_DOWNWARD_SLOPING, SHARES_VALID,"
                    + " CONSUMER_HARM_SIGN, CMCR_NON_NEGATIVE); a run that fails one says which and gives no figures."
                    + " rScript reproduces the run with antitrust.")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = SimulationJson.Response.class)))
    public SimulationJson.Response mergerSimulation(SimulationJson.Request request) {
        validator.check(present(request));
        return MergerSimulationInputs.simulate(request);
    }

    @POST
    @Path("/merger-simulation/sensitivity")
    @Operation(
            summary = "Sensitivity of a merger simulation to its uncertain inputs",
            description = "The simulation of POST /api/v1/merger-simulation run again for each draw of the uncertain"
                    + " inputs (a margin, an elasticity, a diversion), each drawn uniformly from its range with the"
                    + " seed given; the price effects' median and 5th and 95th percentiles (R's quantile, type 7) over"
                    + " the draws whose run passed every check. Ranges of a single value reproduce the point run.")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = SimulationJson.SensitivityResponse.class)))
    public SimulationJson.SensitivityResponse mergerSimulationSensitivity(SimulationJson.SensitivityRequest request) {
        validator.check(present(request));
        return SimulationSensitivity.sensitivity(request);
    }

    @POST
    @Path("/vertical-effects")
    @Operation(
            summary = "Vertical GUPPIs: raising rivals' costs and customer foreclosure",
            description = "Moresi and Salop (2013), one unit of input per unit of output: vGUPPI_u(R) = D_RD M_D P_D /"
                    + " w_R; vGUPPI_r(R) = rho_R vGUPPI_u(R) w_R / P_R; vGUPPI_d = sum D_DR (w_R - c_U) / P_D, net of the"
                    + " elimination of double marginalisation (w_D - c_U) / P_D; total input foreclosure of R profitable"
                    + " when D_RD M_D P_D > w_R - c_U, and the critical diversion (w_R - c_U) / (M_D P_D). Incentive"
                    + " indicators within the ability, incentive and effect framework of the Non-Horizontal Merger"
                    + " Guidelines, not findings. For a minority stake, the profit weights kappa_UD (on the downstream"
                    + " margin) and kappa_DU (on the input margin and the elimination of double marginalisation).")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = EconomicsJson.VerticalEffectsResponse.class)))
    public EconomicsJson.VerticalEffectsResponse verticalEffects(EconomicsJson.VerticalEffectsRequest request) {
        validator.check(present(request));
        Map<String, String> problems = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        names.add(request.downstream().name().strip().toLowerCase(Locale.ROOT));
        for (int i = 0; i < request.rivals().size(); i++) {
            if (!names.add(request.rivals().get(i).name().strip().toLowerCase(Locale.ROOT))) {
                problems.put("rivals[" + i + "].name", "named twice, or as the merging downstream unit");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommand(problems);
        }
        var d = request.downstream();
        var result = VerticalEffects.evaluate(
                new VerticalEffects.Upstream(
                        request.upstream().name().strip(), request.upstream().marginalCost()),
                new VerticalEffects.Downstream(d.name().strip(), d.price(), d.marginPercent(), d.inputPrice()),
                request.rivals().stream()
                        .map(r -> new VerticalEffects.Rival(
                                r.name().strip(),
                                r.price(),
                                r.inputPrice(),
                                r.diversionToMergingPercent(),
                                r.diversionFromMergingPercent(),
                                r.passThroughPercent()))
                        .toList(),
                new VerticalEffects.Weights(
                        request.supplierWeightPercent() == null
                                ? BigDecimal.valueOf(100)
                                : request.supplierWeightPercent(),
                        request.downstreamWeightPercent() == null
                                ? BigDecimal.valueOf(100)
                                : request.downstreamWeightPercent()));
        return new EconomicsJson.VerticalEffectsResponse(
                result.rivals().stream()
                        .map(r -> new EconomicsJson.VerticalRivalResult(
                                r.name(),
                                r.vguppiUpstreamPercent(),
                                r.vguppiRivalPercent(),
                                r.criticalDiversionPercent(),
                                r.foreclosureProfitable()))
                        .toList(),
                result.vguppiDownstreamPercent(),
                result.eliminationOfDoubleMarginalisationPercent(),
                result.netVguppiDownstreamPercent(),
                result.sources());
    }

    private static <T> T present(T request) {
        if (request == null) {
            throw new InvalidCommand(Map.of("body", "send a JSON object"));
        }
        return request;
    }
}
