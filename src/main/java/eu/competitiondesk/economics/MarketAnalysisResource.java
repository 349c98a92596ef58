package eu.competitiondesk.economics;

import eu.competitiondesk.cases.CaseHeading;
import eu.competitiondesk.concentration.MarketAccess;
import eu.competitiondesk.concentration.MarketHeading;
import eu.competitiondesk.concentration.MarketRoutes;
import eu.competitiondesk.export.Attachment;
import eu.competitiondesk.export.CsvFiles;
import eu.competitiondesk.export.ExportTable;
import eu.competitiondesk.platform.StaleVersionException;
import eu.competitiondesk.web.Flash;
import eu.competitiondesk.web.FormErrors;
import eu.competitiondesk.web.FormValidator;
import eu.competitiondesk.web.Pages;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The pages of a market's economic analyses: critical loss (market definition), upward pricing pressure (unilateral
 * effects), vertical price pressure and merger simulation; each reached through the market's access check.
 */
@Path("/cases/{caseId}/markets/{marketId}/analyses")
@Produces(MediaType.TEXT_HTML)
public class MarketAnalysisResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance definitionForm(
                CaseHeading caseFile,
                MarketHeading market,
                MarketDefinitionAnalysis analysis,
                CriticalLossDetails form,
                FormErrors errors,
                boolean conflict);

        static native TemplateInstance effectsForm(
                CaseHeading caseFile,
                MarketHeading market,
                UnilateralEffectsAnalysis analysis,
                PricingPressureForm form,
                FormErrors errors,
                boolean conflict);

        static native TemplateInstance verticalForm(
                CaseHeading caseFile,
                MarketHeading market,
                VerticalEffectsAnalysis analysis,
                VerticalEffectsDetails form,
                FormErrors errors,
                boolean conflict);

        static native TemplateInstance simulationForm(
                CaseHeading caseFile,
                MarketHeading market,
                MergerSimulationAnalysis analysis,
                MergerSimulationDetails form,
                FormErrors errors,
                boolean conflict,
                SimulationJson.DemandSystem[] systems);

        static native TemplateInstance analysis(
                CaseHeading caseFile,
                MarketHeading market,
                AnalysisFigures view,
                String downloadPath,
                String editPath,
                String removePath,
                boolean canEdit);
    }

    @Inject
    MarketAccess access;

    @Inject
    Clock clock;

    @Inject
    AnalysisService analyses;

    @Inject
    FormValidator validator;

    @Inject
    EconomicsMessages msg;

    // ---------------------------------------------------------------- critical loss

    @GET
    @Path("/definition/new")
    public TemplateInstance newDefinition(@RestPath long caseId, @RestPath long marketId) {
        return Templates.definitionForm(
                access.caseFile(caseId),
                access.editableHeading(caseId, marketId),
                null,
                CriticalLossDetails.blank(),
                FormErrors.none(),
                false);
    }

    @POST
    @Path("/definition")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addDefinition(@RestPath long caseId, @RestPath long marketId, @BeanParam CriticalLossDetails form) {
        MarketHeading market = access.editableHeading(caseId, marketId);
        return save(
                validator.validate(form),
                form.name(),
                () -> analyses.add(caseId, marketId, form).id,
                errors -> Templates.definitionForm(access.caseFile(caseId), market, null, form, errors, false),
                null,
                id -> AnalysisRoutes.definition(caseId, marketId, id));
    }

    @GET
    @Path("/definition/{definitionId}")
    public TemplateInstance definition(@RestPath long caseId, @RestPath long marketId, @RestPath long definitionId) {
        return shown(
                caseId,
                marketId,
                AnalysisFigures.of(definitionOf(marketId, definitionId), msg),
                AnalysisRoutes.definitionDownload(caseId, marketId, definitionId),
                AnalysisRoutes.editDefinition(caseId, marketId, definitionId),
                AnalysisRoutes.removeDefinition(caseId, marketId, definitionId));
    }

    @GET
    @Path("/definition/{definitionId}/edit")
    public TemplateInstance editDefinition(
            @RestPath long caseId, @RestPath long marketId, @RestPath long definitionId) {
        MarketHeading market = access.editableHeading(caseId, marketId);
        MarketDefinitionAnalysis a = definitionOf(marketId, definitionId);
        return Templates.definitionForm(
                access.caseFile(caseId), market, a, CriticalLossDetails.of(a), FormErrors.none(), false);
    }

    @POST
    @Path("/definition/{definitionId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateDefinition(
            @RestPath long caseId,
            @RestPath long marketId,
            @RestPath long definitionId,
            @BeanParam CriticalLossDetails form) {
        MarketHeading market = access.editableHeading(caseId, marketId);
        MarketDefinitionAnalysis a = definitionOf(marketId, definitionId);
        return save(
                validator.validate(form),
                form.name(),
                () -> analyses.update(caseId, marketId, definitionId, form).id,
                errors -> Templates.definitionForm(access.caseFile(caseId), market, a, form, errors, false),
                () -> {
                    MarketDefinitionAnalysis current = definitionOf(marketId, definitionId);
                    return Templates.definitionForm(
                            access.caseFile(caseId),
                            market,
                            current,
                            CriticalLossDetails.of(current),
                            FormErrors.none(),
                            true);
                },
                id -> AnalysisRoutes.definition(caseId, marketId, id));
    }

    @POST
    @Path("/definition/{definitionId}/remove")
    public Response removeDefinition(@RestPath long caseId, @RestPath long marketId, @RestPath long definitionId) {
        return removed(caseId, marketId, MarketDefinitionAnalysis.class, definitionId);
    }

    // ---------------------------------------------------------------- upward pricing pressure

    @GET
    @Path("/effects/new")
    public TemplateInstance newEffects(@RestPath long caseId, @RestPath long marketId) {
        return Templates.effectsForm(
                access.caseFile(caseId),
                access.editableHeading(caseId, marketId),
                null,
                PricingPressureForm.of(PricingPressureDetails.blank()),
                FormErrors.none(),
                false);
    }

    @POST
    @Path("/effects")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addEffects(@RestPath long caseId, @RestPath long marketId, @BeanParam PricingPressureForm form) {
        MarketHeading market = access.editableHeading(caseId, marketId);
        return save(
                effectsErrors(form),
                form.name(),
                () -> analyses.add(caseId, marketId, form.command()).id,
                errors -> Templates.effectsForm(access.caseFile(caseId), market, null, form, errors, false),
                null,
                id -> AnalysisRoutes.effects(caseId, marketId, id));
    }

    @GET
    @Path("/effects/{effectsId}")
    public TemplateInstance effects(@RestPath long caseId, @RestPath long marketId, @RestPath long effectsId) {
        return shown(
                caseId,
                marketId,
                AnalysisFigures.of(effectsOf(marketId, effectsId), msg),
                AnalysisRoutes.effectsDownload(caseId, marketId, effectsId),
                AnalysisRoutes.editEffects(caseId, marketId, effectsId),
                AnalysisRoutes.removeEffects(caseId, marketId, effectsId));
    }

    /** The analysis as the case team reads it, as an XLSX workbook ({@code format=xlsx}) or CSV. */
    @GET
    @Path("/definition/{definitionId}/download")
    @Produces({ExportTable.XLSX, "text/csv"})
    public Response definitionDownload(
            @RestPath long caseId,
            @RestPath long marketId,
            @RestPath long definitionId,
            @RestQuery String format,
            @RestQuery String separator) {
        access.viewable(caseId, marketId);
        return download(caseId, AnalysisFigures.of(definitionOf(marketId, definitionId), msg), format, separator);
    }

    @GET
    @Path("/effects/{effectsId}/download")
    @Produces({ExportTable.XLSX, "text/csv"})
    public Response effectsDownload(
            @RestPath long caseId,
            @RestPath long marketId,
            @RestPath long effectsId,
            @RestQuery String format,
            @RestQuery String separator) {
        access.viewable(caseId, marketId);
        return download(caseId, AnalysisFigures.of(effectsOf(marketId, effectsId), msg), format, separator);
    }

    private Response download(long caseId, AnalysisFigures figures, String format, String separator) {
        ExportTable table = figures.table();
        String name = "analysis-" + access.caseFile(caseId).reference() + "-"
                + figures.name().replaceAll("\\W+", "-");
        return "csv".equals(format)
                ? Attachment.of(
                                table.csv(CsvFiles.Separator.parse(separator)),
                                "text/csv; charset=UTF-8",
                                name + ".csv")
                        .build()
                : Attachment.of(table.xlsx(LocalDate.now(clock)), ExportTable.XLSX, name + ".xlsx")
                        .build();
    }

    @GET
    @Path("/effects/{effectsId}/edit")
    public TemplateInstance editEffects(@RestPath long caseId, @RestPath long marketId, @RestPath long effectsId) {
        MarketHeading market = access.editableHeading(caseId, marketId);
        UnilateralEffectsAnalysis a = effectsOf(marketId, effectsId);
        return Templates.effectsForm(
                access.caseFile(caseId),
                market,
                a,
                PricingPressureForm.of(PricingPressureDetails.of(a)),
                FormErrors.none(),
                false);
    }

    @POST
    @Path("/effects/{effectsId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateEffects(
            @RestPath long caseId,
            @RestPath long marketId,
            @RestPath long effectsId,
            @BeanParam PricingPressureForm form) {
        MarketHeading market = access.editableHeading(caseId, marketId);
        UnilateralEffectsAnalysis a = effectsOf(marketId, effectsId);
        return save(
                effectsErrors(form),
                form.name(),
                () -> analyses.update(caseId, marketId, effectsId, form.command()).id,
                errors -> Templates.effectsForm(access.caseFile(caseId), market, a, form, errors, false),
                () -> {
                    UnilateralEffectsAnalysis current = effectsOf(marketId, effectsId);
                    return Templates.effectsForm(
                            access.caseFile(caseId),
                            market,
                            current,
                            PricingPressureForm.of(PricingPressureDetails.of(current)),
                            FormErrors.none(),
                            true);
                },
                id -> AnalysisRoutes.effects(caseId, marketId, id));
    }

    @POST
    @Path("/effects/{effectsId}/remove")
    public Response removeEffects(@RestPath long caseId, @RestPath long marketId, @RestPath long effectsId) {
        return removed(caseId, marketId, UnilateralEffectsAnalysis.class, effectsId);
    }

    // ---------------------------------------------------------------- vertical price pressure

    @GET
    @Path("/vertical/new")
    public TemplateInstance newVertical(@RestPath long caseId, @RestPath long marketId) {
        return Templates.verticalForm(
                access.caseFile(caseId),
                access.editableHeading(caseId, marketId),
                null,
                VerticalEffectsDetails.blank(),
                FormErrors.none(),
                false);
    }

    @POST
    @Path("/vertical")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addVertical(
            @RestPath long caseId, @RestPath long marketId, @BeanParam VerticalEffectsDetails form) {
        MarketHeading market = access.editableHeading(caseId, marketId);
        return save(
                validator.validate(form),
                form.name(),
                () -> analyses.add(caseId, marketId, form).id,
                errors -> Templates.verticalForm(access.caseFile(caseId), market, null, form, errors, false),
                null,
                id -> AnalysisRoutes.vertical(caseId, marketId, id));
    }

    @GET
    @Path("/vertical/{verticalId}")
    public TemplateInstance vertical(@RestPath long caseId, @RestPath long marketId, @RestPath long verticalId) {
        return shown(
                caseId,
                marketId,
                AnalysisFigures.of(verticalOf(marketId, verticalId), msg),
                AnalysisRoutes.verticalDownload(caseId, marketId, verticalId),
                AnalysisRoutes.editVertical(caseId, marketId, verticalId),
                AnalysisRoutes.removeVertical(caseId, marketId, verticalId));
    }

    @GET
    @Path("/vertical/{verticalId}/download")
    @Produces({ExportTable.XLSX, "text/csv"})
    public Response verticalDownload(
            @RestPath long caseId,
            @RestPath long marketId,
            @RestPath long verticalId,
            @RestQuery String format,
            @RestQuery String separator) {
        access.viewable(caseId, marketId);
        return download(caseId, AnalysisFigures.of(verticalOf(marketId, verticalId), msg), format, separator);
    }

    @GET
    @Path("/vertical/{verticalId}/edit")
    public TemplateInstance editVertical(@RestPath long caseId, @RestPath long marketId, @RestPath long verticalId) {
        MarketHeading market = access.editableHeading(caseId, marketId);
        VerticalEffectsAnalysis a = verticalOf(marketId, verticalId);
        return Templates.verticalForm(
                access.caseFile(caseId), market, a, VerticalEffectsDetails.of(a), FormErrors.none(), false);
    }

    @POST
    @Path("/vertical/{verticalId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateVertical(
            @RestPath long caseId,
            @RestPath long marketId,
            @RestPath long verticalId,
            @BeanParam VerticalEffectsDetails form) {
        MarketHeading market = access.editableHeading(caseId, marketId);
        VerticalEffectsAnalysis a = verticalOf(marketId, verticalId);
        return save(
                validator.validate(form),
                form.name(),
                () -> analyses.update(caseId, marketId, verticalId, form).id,
                errors -> Templates.verticalForm(access.caseFile(caseId), market, a, form, errors, false),
                () -> {
                    VerticalEffectsAnalysis current = verticalOf(marketId, verticalId);
                    return Templates.verticalForm(
                            access.caseFile(caseId),
                            market,
                            current,
                            VerticalEffectsDetails.of(current),
                            FormErrors.none(),
                            true);
                },
                id -> AnalysisRoutes.vertical(caseId, marketId, id));
    }

    @POST
    @Path("/vertical/{verticalId}/remove")
    public Response removeVertical(@RestPath long caseId, @RestPath long marketId, @RestPath long verticalId) {
        return removed(caseId, marketId, VerticalEffectsAnalysis.class, verticalId);
    }

    // ---------------------------------------------------------------- merger simulation

    @GET
    @Path("/simulation/new")
    public TemplateInstance newSimulation(@RestPath long caseId, @RestPath long marketId) {
        return Templates.simulationForm(
                access.caseFile(caseId),
                access.editableHeading(caseId, marketId),
                null,
                MergerSimulationDetails.blank(),
                FormErrors.none(),
                false,
                SimulationJson.DemandSystem.values());
    }

    @POST
    @Path("/simulation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSimulation(
            @RestPath long caseId, @RestPath long marketId, @BeanParam MergerSimulationDetails form) {
        MarketHeading market = access.editableHeading(caseId, marketId);
        return save(
                validator.validate(form),
                form.name(),
                () -> analyses.add(caseId, marketId, form).id,
                errors -> Templates.simulationForm(
                        access.caseFile(caseId),
                        market,
                        null,
                        form,
                        errors,
                        false,
                        SimulationJson.DemandSystem.values()),
                null,
                id -> AnalysisRoutes.simulation(caseId, marketId, id));
    }

    @GET
    @Path("/simulation/{simulationId}")
    public TemplateInstance simulation(@RestPath long caseId, @RestPath long marketId, @RestPath long simulationId) {
        return shown(
                caseId,
                marketId,
                AnalysisFigures.of(simulationOf(marketId, simulationId), msg),
                AnalysisRoutes.simulationDownload(caseId, marketId, simulationId),
                AnalysisRoutes.editSimulation(caseId, marketId, simulationId),
                AnalysisRoutes.removeSimulation(caseId, marketId, simulationId));
    }

    @GET
    @Path("/simulation/{simulationId}/download")
    @Produces({ExportTable.XLSX, "text/csv"})
    public Response simulationDownload(
            @RestPath long caseId,
            @RestPath long marketId,
            @RestPath long simulationId,
            @RestQuery String format,
            @RestQuery String separator) {
        access.viewable(caseId, marketId);
        return download(caseId, AnalysisFigures.of(simulationOf(marketId, simulationId), msg), format, separator);
    }

    @GET
    @Path("/simulation/{simulationId}/edit")
    public TemplateInstance editSimulation(
            @RestPath long caseId, @RestPath long marketId, @RestPath long simulationId) {
        MarketHeading market = access.editableHeading(caseId, marketId);
        MergerSimulationAnalysis a = simulationOf(marketId, simulationId);
        return Templates.simulationForm(
                access.caseFile(caseId),
                market,
                a,
                MergerSimulationDetails.of(a),
                FormErrors.none(),
                false,
                SimulationJson.DemandSystem.values());
    }

    @POST
    @Path("/simulation/{simulationId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateSimulation(
            @RestPath long caseId,
            @RestPath long marketId,
            @RestPath long simulationId,
            @BeanParam MergerSimulationDetails form) {
        MarketHeading market = access.editableHeading(caseId, marketId);
        MergerSimulationAnalysis a = simulationOf(marketId, simulationId);
        return save(
                validator.validate(form),
                form.name(),
                () -> analyses.update(caseId, marketId, simulationId, form).id,
                errors -> Templates.simulationForm(
                        access.caseFile(caseId), market, a, form, errors, false, SimulationJson.DemandSystem.values()),
                () -> {
                    MergerSimulationAnalysis current = simulationOf(marketId, simulationId);
                    return Templates.simulationForm(
                            access.caseFile(caseId),
                            market,
                            current,
                            MergerSimulationDetails.of(current),
                            FormErrors.none(),
                            true,
                            SimulationJson.DemandSystem.values());
                },
                id -> AnalysisRoutes.simulation(caseId, marketId, id));
    }

    @POST
    @Path("/simulation/{simulationId}/remove")
    public Response removeSimulation(@RestPath long caseId, @RestPath long marketId, @RestPath long simulationId) {
        return removed(caseId, marketId, MergerSimulationAnalysis.class, simulationId);
    }

    /** The field checks, then what only the inputs together can tell (shares, both ratios, two products). */
    private FormErrors effectsErrors(PricingPressureForm form) {
        return validator.validate(form.command(), PricingPressureForm.FIELDS);
    }

    /**
     * A checked command kept: the analysis's page; or the form again with its problems (422); or, when someone saved
     * the analysis since the form was loaded, the form with what they saved (409).
     */
    private Response save(
            FormErrors errors,
            String name,
            LongSupplier change,
            Function<FormErrors, TemplateInstance> formAgain,
            Supplier<TemplateInstance> theirs,
            LongFunction<String> page) {
        if (errors.isPresent()) {
            return Pages.unprocessable(formAgain.apply(errors));
        }
        try {
            return Flash.redirect(page.apply(change.getAsLong()), msg.saved(name));
        } catch (StaleVersionException e) {
            return Pages.conflict(theirs.get());
        }
    }

    private TemplateInstance shown(
            long caseId, long marketId, AnalysisFigures figures, String download, String edit, String remove) {
        return Templates.analysis(
                access.caseFile(caseId),
                access.viewableHeading(caseId, marketId),
                figures,
                download,
                edit,
                remove,
                access.canEdit(caseId));
    }

    private Response removed(long caseId, long marketId, Class<? extends MarketAnalysis> kind, long id) {
        access.editable(caseId, marketId);
        String name = analyses.remove(caseId, marketId, kind, id);
        return Flash.redirect(MarketRoutes.show(caseId, marketId), msg.removed(name));
    }

    private static MarketDefinitionAnalysis definitionOf(long marketId, long id) {
        return MarketDefinitionAnalysis.inMarket(marketId, id).orElseThrow(NotFoundException::new);
    }

    private static UnilateralEffectsAnalysis effectsOf(long marketId, long id) {
        return UnilateralEffectsAnalysis.inMarket(marketId, id).orElseThrow(NotFoundException::new);
    }

    private static VerticalEffectsAnalysis verticalOf(long marketId, long id) {
        return VerticalEffectsAnalysis.inMarket(marketId, id).orElseThrow(NotFoundException::new);
    }

    private static MergerSimulationAnalysis simulationOf(long marketId, long id) {
        return MergerSimulationAnalysis.inMarket(marketId, id).orElseThrow(NotFoundException::new);
    }
}
