package eu.competitiondesk.concentration;

import eu.competitiondesk.cases.CaseFile;
import eu.competitiondesk.concentration.engine.Analysis;
import eu.competitiondesk.concentration.engine.FirmShare;
import eu.competitiondesk.concentration.engine.InputError;
import eu.competitiondesk.concentration.engine.InvalidConcentrationInput;
import eu.competitiondesk.concentration.engine.Stake;
import eu.competitiondesk.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * What-if scenarios on one dataset: firms that merge and minority stakes, with the figures before and after and
 * each guideline's screen. A GET form: nothing is stored, so a scenario can be bookmarked or shared as a link.
 */
@Path("/cases/{caseId}/markets/{marketId}/scenario")
@Produces(MediaType.TEXT_HTML)
public class ScenarioResource {

    /** How many stake rows the form offers. */
    static final int STAKE_ROWS = 3;

    /** One stake row of the form as typed; fractions are typed in percent. */
    public record StakeInput(int index, String holder, String target, String financial, String control) {
        public String holderId() {
            return "holder-" + index;
        }

        public String targetId() {
            return "target-" + index;
        }

        public String financialId() {
            return "financial-" + index;
        }

        public String controlId() {
            return "control-" + index;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scenario(CaseFile caseFile, RelevantMarket market, ShareDataset dataset,
                List<FirmShare> firms, List<String> merging, List<StakeInput> stakes, Analysis result,
                FormErrors errors);
    }

    @Inject
    MarketAccess access;

    @Inject
    MarketMessages msg;

    @GET
    public Response scenario(@RestPath long caseId, @RestPath long marketId, @RestQuery Long dataset,
            @RestQuery("merge") List<String> merge, @RestQuery("holder") List<String> holders,
            @RestQuery("target") List<String> targets, @RestQuery("financial") List<String> financial,
            @RestQuery("control") List<String> control) {
        RelevantMarket market = access.viewable(caseId, marketId);
        ShareDataset shown = dataset == null ? market.defaultDataset().orElseThrow(NotFoundException::new)
                : access.dataset(market, dataset);
        if (shown.rows.isEmpty()) {
            throw new NotFoundException();
        }
        List<String> merging = merge == null ? List.of() : merge.stream().filter(m -> !m.isBlank()).toList();
        List<StakeInput> stakeInputs = new ArrayList<>();
        for (int i = 0; i < STAKE_ROWS; i++) {
            stakeInputs.add(new StakeInput(i, at(holders, i), at(targets, i), at(financial, i), at(control, i)));
        }
        FormErrors errors = FormErrors.none();
        Analysis result = null;
        boolean asked = !merging.isEmpty() || stakeInputs.stream().anyMatch(s -> !s.holder().isEmpty());
        if (asked) {
            List<Stake> stakes = new ArrayList<>();
            List<Integer> stakeRows = new ArrayList<>();
            for (StakeInput input : stakeInputs) {
                if (input.holder().isEmpty() && input.target().isEmpty()) {
                    continue;
                }
                BigDecimal f = percent(input.financial(), input.financialId(), errors);
                BigDecimal c = percent(input.control(), input.controlId(), errors);
                if (f != null && c != null) {
                    stakes.add(new Stake(input.holder(), input.target(), f, c));
                    stakeRows.add(input.index());
                }
            }
            if (merging.size() == 1) {
                errors.add("merge", msg.scenario_merge_two());
            }
            if (errors.isEmpty()) {
                try {
                    result = Analysis.of(shown.firmShares(), MarketResource.othersMax(market),
                            merging.size() >= 2 ? merging : null, stakes.isEmpty() ? null : stakes);
                } catch (InvalidConcentrationInput e) {
                    for (InputError error : e.errors()) {
                        errors.add(fieldId(error.field(), stakeRows), error.message());
                    }
                }
            }
        }
        TemplateInstance page = Templates.scenario(market.caseFile, market, shown, shown.firmShares(), merging,
                stakeInputs, result, errors);
        return Response.status(errors.isEmpty() ? 200 : 400).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }

    /** Maps an engine field (merger[1], stakes[0].financial) to the id of the form field that holds it. */
    static String fieldId(String engineField, List<Integer> stakeRows) {
        if (engineField.startsWith("merger")) {
            return "merge";
        }
        if (engineField.startsWith("stakes[")) {
            int close = engineField.indexOf(']');
            int stake = Integer.parseInt(engineField.substring(7, close));
            int row = stake < stakeRows.size() ? stakeRows.get(stake) : 0;
            String part = close + 2 <= engineField.length() ? engineField.substring(close + 2) : "holder";
            return (part.isEmpty() ? "holder" : part) + "-" + row;
        }
        return "merge";
    }

    /** A stake typed in percent, as the exact fraction the engine takes (27.5 becomes 0.275). */
    private BigDecimal percent(String typed, String field, FormErrors errors) {
        if (typed.isEmpty()) {
            return BigDecimal.ZERO;
        }
        try {
            BigDecimal value = new BigDecimal(typed.replace("%", "").trim());
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                errors.add(field, msg.scenario_percent_range());
                return null;
            }
            return value.movePointLeft(2);
        } catch (NumberFormatException e) {
            errors.add(field, msg.scenario_percent_range());
            return null;
        }
    }

    private static String at(List<String> values, int index) {
        return values == null || index >= values.size() || values.get(index) == null ? ""
                : values.get(index).trim();
    }
}
