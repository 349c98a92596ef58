package eu.competitiondesk.concentration;

import eu.competitiondesk.cases.CaseHeading;
import eu.competitiondesk.concentration.engine.Analysis;
import eu.competitiondesk.concentration.engine.FirmShare;
import eu.competitiondesk.concentration.engine.InputError;
import eu.competitiondesk.concentration.engine.InvalidConcentrationInput;
import eu.competitiondesk.concentration.engine.Stake;
import eu.competitiondesk.export.Attachment;
import eu.competitiondesk.export.ExportTable;
import eu.competitiondesk.web.Flash;
import eu.competitiondesk.web.FormErrors;
import eu.competitiondesk.web.FormValidator;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * What-if scenarios on one dataset: firms that merge and minority stakes, with the figures before and after and
 * each guideline's screen. Running one is a GET form (a link can be bookmarked or shared); keeping one with the
 * market, for its page and the case's reports, is a POST.
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

    /** A scenario as its page's form asks for it: the dataset, the firms that merge and the stake rows. */
    public record Asked(
            @RestQuery Long dataset,
            @RestQuery("merge") List<String> merge,
            @RestQuery("holder") List<String> holders,
            @RestQuery("target") List<String> targets,
            @RestQuery("financial") List<String> financial,
            @RestQuery("control") List<String> control) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scenario(
                CaseHeading caseFile,
                RelevantMarket market,
                ShareDataset dataset,
                List<FirmShare> firms,
                List<String> merging,
                List<StakeInput> stakes,
                Analysis result,
                FormErrors errors,
                String scenarioName,
                boolean canEdit);
    }

    @Inject
    MarketAccess access;

    @Inject
    Clock clock;

    @Inject
    MarketMessages msg;

    @Inject
    MarketService markets;

    @Inject
    FormValidator validator;

    /** The command's parts and the page's fields that carry them. */
    private static final Map<String, String> NAMES = Map.of("name", "scenario-name", "merging", "merge");

    /** A scenario as typed, and what the engine made of it. */
    record Run(
            List<String> merging,
            List<StakeInput> inputs,
            List<Stake> stakes,
            Analysis result,
            FormErrors errors,
            boolean asked) {}

    @GET
    public Response scenario(@RestPath long caseId, @RestPath long marketId, @BeanParam Asked asked) {
        RelevantMarket market = access.viewable(caseId, marketId);
        ShareDataset shown = shownDataset(market, asked.dataset());
        Run run = run(shown, asked.merge(), asked.holders(), asked.targets(), asked.financial(), asked.control());
        return page(market, shown, run, "", run.errors().isEmpty() ? 200 : 400);
    }

    /** The scenario as asked on its page, as an XLSX workbook with its figures as formulas. */
    @GET
    @Path("/scenario.xlsx")
    @Produces(ExportTable.XLSX)
    public Response workbook(@RestPath long caseId, @RestPath long marketId, @BeanParam Asked asked) {
        RelevantMarket market = access.viewable(caseId, marketId);
        ShareDataset shown = shownDataset(market, asked.dataset());
        Run run = run(shown, asked.merge(), asked.holders(), asked.targets(), asked.financial(), asked.control());
        if (!run.errors().isEmpty()) {
            return page(market, shown, run, "", 400);
        }
        return Attachment.of(
                        ScenarioWorkbook.write(shown, market.name, run.merging(), run.result(), LocalDate.now(clock)),
                        ExportTable.XLSX,
                        "scenario-" + access.caseFile(caseId).reference() + "-" + shown.period + ".xlsx")
                .build();
    }

    /** Keeps the scenario with the market, for its page and the case's reports. */
    @POST
    @Path("/keep")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response keep(
            @RestPath long caseId,
            @RestPath long marketId,
            @RestForm Long dataset,
            @RestForm("merge") List<String> merge,
            @RestForm("holder") List<String> holders,
            @RestForm("target") List<String> targets,
            @RestForm("financial") List<String> financial,
            @RestForm("control") List<String> control,
            @RestForm("scenarioName") String name) {
        RelevantMarket market = access.editable(caseId, marketId);
        ShareDataset shown = shownDataset(market, dataset);
        Run run = run(shown, merge, holders, targets, financial, control);
        KeptScenario command = new KeptScenario(name, run.merging(), run.stakes(), false);
        if (!run.asked()) {
            run.errors().add("merge", msg.scenario_keep_nothing());
        }
        validator.validate(command, NAMES).getList().forEach(e -> run.errors().add(e.field(), e.message()));
        if (!run.errors().isEmpty()) {
            return page(market, shown, run, name == null ? "" : name.strip(), 422);
        }
        markets.keepScenario(marketId, command);
        return Flash.redirect(
                MarketRoutes.dataset(caseId, marketId, shown.id) + "#scenarios", msg.scenario_kept(command.name()));
    }

    @POST
    @Path("/{scenarioId}/remove")
    public Response remove(@RestPath long caseId, @RestPath long marketId, @RestPath long scenarioId) {
        access.editable(caseId, marketId);
        String name = markets.removeScenario(marketId, scenarioId);
        return Flash.redirect(MarketRoutes.show(caseId, marketId) + "#scenarios", msg.scenario_removed(name));
    }

    private ShareDataset shownDataset(RelevantMarket market, Long dataset) {
        ShareDataset shown = dataset == null
                ? market.defaultDataset().orElseThrow(NotFoundException::new)
                : access.dataset(market, dataset);
        if (shown.rows.isEmpty()) {
            throw new NotFoundException();
        }
        return shown;
    }

    private Response page(RelevantMarket market, ShareDataset shown, Run run, String scenarioName, int status) {
        TemplateInstance page = Templates.scenario(
                access.caseFile(market.caseId),
                market,
                shown,
                shown.firmShares(),
                run.merging(),
                run.inputs(),
                run.result(),
                run.errors(),
                scenarioName,
                access.canEdit(market.caseId));
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(page)
                .build();
    }

    private Run run(
            ShareDataset shown,
            List<String> merge,
            List<String> holders,
            List<String> targets,
            List<String> financial,
            List<String> control) {
        List<String> merging = merge == null
                ? List.of()
                : merge.stream().filter(m -> !m.isBlank()).toList();
        List<StakeInput> stakeInputs = new ArrayList<>();
        for (int i = 0; i < STAKE_ROWS; i++) {
            stakeInputs.add(new StakeInput(i, at(holders, i), at(targets, i), at(financial, i), at(control, i)));
        }
        FormErrors errors = FormErrors.none();
        Analysis result = null;
        List<Stake> stakes = new ArrayList<>();
        boolean asked = !merging.isEmpty()
                || stakeInputs.stream().anyMatch(s -> !s.holder().isEmpty());
        if (asked) {
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
                    result = Analysis.of(
                            shown.firmShares(),
                            MarketResource.othersMax(shown.market),
                            merging.size() >= 2 ? merging : null,
                            stakes.isEmpty() ? null : stakes);
                } catch (InvalidConcentrationInput e) {
                    for (InputError error : e.errors()) {
                        errors.add(fieldId(error.field(), stakeRows), error.message());
                    }
                }
            }
        }
        return new Run(merging, stakeInputs, stakes, result, errors, asked);
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
            if (value.signum() < 0
                    || value.compareTo(BigDecimal.valueOf(100)) > 0
                    || value.stripTrailingZeros().scale() > 6) {
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
        return values == null || index >= values.size() || values.get(index) == null
                ? ""
                : values.get(index).trim();
    }
}
