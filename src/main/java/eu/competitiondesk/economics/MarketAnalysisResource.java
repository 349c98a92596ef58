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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiFunction;
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

    /** An address of one analysis: its page, its download, its edit page, its removal. */
    @FunctionalInterface
    interface AnalysisPath {
        String of(long caseId, long marketId, long id);
    }

    /** A kind's form page: the analysis (none for a new one), what the form shows, its errors, a conflict. */
    @FunctionalInterface
    interface FormPage<T, F> {
        TemplateInstance render(
                CaseHeading caseFile, MarketHeading market, T analysis, F form, FormErrors errors, boolean conflict);
    }

    /**
     * What the pages need to know of a kind of analysis: its entity, its figures, its form (as it stands, blank, its
     * checks and the command it carries) and its addresses. Every route below is one of these, run for a kind.
     */
    record Kind<T extends MarketAnalysis, F>(
            Class<T> type,
            BiFunction<T, EconomicsMessages, AnalysisFigures> figures,
            Function<T, F> formOf,
            Supplier<F> blank,
            BiFunction<FormValidator, F, FormErrors> check,
            Function<F, AnalysisDetails<T>> command,
            Function<F, String> name,
            FormPage<T, F> page,
            AnalysisPath show,
            AnalysisPath download,
            AnalysisPath edit,
            AnalysisPath remove) {}

    static final Kind<MarketDefinitionAnalysis, CriticalLossDetails> DEFINITION = new Kind<>(
            MarketDefinitionAnalysis.class,
            CriticalLossFigures::of,
            CriticalLossDetails::of,
            CriticalLossDetails::blank,
            FormValidator::validate,
            form -> form,
            CriticalLossDetails::name,
            Templates::definitionForm,
            AnalysisRoutes::definition,
            AnalysisRoutes::definitionDownload,
            AnalysisRoutes::editDefinition,
            AnalysisRoutes::removeDefinition);

    static final Kind<UnilateralEffectsAnalysis, PricingPressureForm> EFFECTS = new Kind<>(
            UnilateralEffectsAnalysis.class,
            PricingPressureFigures::of,
            a -> PricingPressureForm.of(PricingPressureDetails.of(a)),
            () -> PricingPressureForm.of(PricingPressureDetails.blank()),
            // The field checks, then what only the inputs together can tell (shares, both ratios, two products).
            (validator, form) -> validator.validate(form.command(), PricingPressureForm.FIELDS),
            PricingPressureForm::command,
            PricingPressureForm::name,
            Templates::effectsForm,
            AnalysisRoutes::effects,
            AnalysisRoutes::effectsDownload,
            AnalysisRoutes::editEffects,
            AnalysisRoutes::removeEffects);

    static final Kind<VerticalEffectsAnalysis, VerticalEffectsDetails> VERTICAL = new Kind<>(
            VerticalEffectsAnalysis.class,
            VerticalFigures::of,
            VerticalEffectsDetails::of,
            VerticalEffectsDetails::blank,
            FormValidator::validate,
            form -> form,
            VerticalEffectsDetails::name,
            Templates::verticalForm,
            AnalysisRoutes::vertical,
            AnalysisRoutes::verticalDownload,
            AnalysisRoutes::editVertical,
            AnalysisRoutes::removeVertical);

    static final Kind<MergerSimulationAnalysis, MergerSimulationDetails> SIMULATION = new Kind<>(
            MergerSimulationAnalysis.class,
            SimulationFigures::of,
            MergerSimulationDetails::of,
            MergerSimulationDetails::blank,
            FormValidator::validate,
            form -> form,
            MergerSimulationDetails::name,
            (caseFile, market, analysis, form, errors, conflict) -> Templates.simulationForm(
                    caseFile, market, analysis, form, errors, conflict, SimulationJson.DemandSystem.values()),
            AnalysisRoutes::simulation,
            AnalysisRoutes::simulationDownload,
            AnalysisRoutes::editSimulation,
            AnalysisRoutes::removeSimulation);

    // ---------------------------------------------------------------- critical loss

    @GET
    @Path("/definition/new")
    public TemplateInstance newDefinition(@RestPath long caseId, @RestPath long marketId) {
        return blankForm(DEFINITION, caseId, marketId);
    }

    @POST
    @Path("/definition")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addDefinition(@RestPath long caseId, @RestPath long marketId, @BeanParam CriticalLossDetails form) {
        return add(DEFINITION, caseId, marketId, form);
    }

    @GET
    @Path("/definition/{definitionId}")
    public TemplateInstance definition(@RestPath long caseId, @RestPath long marketId, @RestPath long definitionId) {
        return shown(DEFINITION, caseId, marketId, definitionId);
    }

    @GET
    @Path("/definition/{definitionId}/edit")
    public TemplateInstance editDefinition(
            @RestPath long caseId, @RestPath long marketId, @RestPath long definitionId) {
        return editForm(DEFINITION, caseId, marketId, definitionId);
    }

    @POST
    @Path("/definition/{definitionId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateDefinition(
            @RestPath long caseId,
            @RestPath long marketId,
            @RestPath long definitionId,
            @BeanParam CriticalLossDetails form) {
        return update(DEFINITION, caseId, marketId, definitionId, form);
    }

    @POST
    @Path("/definition/{definitionId}/remove")
    public Response removeDefinition(@RestPath long caseId, @RestPath long marketId, @RestPath long definitionId) {
        return removed(DEFINITION, caseId, marketId, definitionId);
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
        return download(DEFINITION, caseId, marketId, definitionId, format, separator);
    }

    // ---------------------------------------------------------------- upward pricing pressure

    @GET
    @Path("/effects/new")
    public TemplateInstance newEffects(@RestPath long caseId, @RestPath long marketId) {
        return blankForm(EFFECTS, caseId, marketId);
    }

    @POST
    @Path("/effects")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addEffects(@RestPath long caseId, @RestPath long marketId, @BeanParam PricingPressureForm form) {
        return add(EFFECTS, caseId, marketId, form);
    }

    @GET
    @Path("/effects/{effectsId}")
    public TemplateInstance effects(@RestPath long caseId, @RestPath long marketId, @RestPath long effectsId) {
        return shown(EFFECTS, caseId, marketId, effectsId);
    }

    @GET
    @Path("/effects/{effectsId}/edit")
    public TemplateInstance editEffects(@RestPath long caseId, @RestPath long marketId, @RestPath long effectsId) {
        return editForm(EFFECTS, caseId, marketId, effectsId);
    }

    @POST
    @Path("/effects/{effectsId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateEffects(
            @RestPath long caseId,
            @RestPath long marketId,
            @RestPath long effectsId,
            @BeanParam PricingPressureForm form) {
        return update(EFFECTS, caseId, marketId, effectsId, form);
    }

    @POST
    @Path("/effects/{effectsId}/remove")
    public Response removeEffects(@RestPath long caseId, @RestPath long marketId, @RestPath long effectsId) {
        return removed(EFFECTS, caseId, marketId, effectsId);
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
        return download(EFFECTS, caseId, marketId, effectsId, format, separator);
    }

    // ---------------------------------------------------------------- vertical price pressure

    @GET
    @Path("/vertical/new")
    public TemplateInstance newVertical(@RestPath long caseId, @RestPath long marketId) {
        return blankForm(VERTICAL, caseId, marketId);
    }

    @POST
    @Path("/vertical")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addVertical(
            @RestPath long caseId, @RestPath long marketId, @BeanParam VerticalEffectsDetails form) {
        return add(VERTICAL, caseId, marketId, form);
    }

    @GET
    @Path("/vertical/{verticalId}")
    public TemplateInstance vertical(@RestPath long caseId, @RestPath long marketId, @RestPath long verticalId) {
        return shown(VERTICAL, caseId, marketId, verticalId);
    }

    @GET
    @Path("/vertical/{verticalId}/edit")
    public TemplateInstance editVertical(@RestPath long caseId, @RestPath long marketId, @RestPath long verticalId) {
        return editForm(VERTICAL, caseId, marketId, verticalId);
    }

    @POST
    @Path("/vertical/{verticalId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateVertical(
            @RestPath long caseId,
            @RestPath long marketId,
            @RestPath long verticalId,
            @BeanParam VerticalEffectsDetails form) {
        return update(VERTICAL, caseId, marketId, verticalId, form);
    }

    @POST
    @Path("/vertical/{verticalId}/remove")
    public Response removeVertical(@RestPath long caseId, @RestPath long marketId, @RestPath long verticalId) {
        return removed(VERTICAL, caseId, marketId, verticalId);
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
        return download(VERTICAL, caseId, marketId, verticalId, format, separator);
    }

    // ---------------------------------------------------------------- merger simulation

    @GET
    @Path("/simulation/new")
    public TemplateInstance newSimulation(@RestPath long caseId, @RestPath long marketId) {
        return blankForm(SIMULATION, caseId, marketId);
    }

    @POST
    @Path("/simulation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSimulation(
            @RestPath long caseId, @RestPath long marketId, @BeanParam MergerSimulationDetails form) {
        return add(SIMULATION, caseId, marketId, form);
    }

    @GET
    @Path("/simulation/{simulationId}")
    public TemplateInstance simulation(@RestPath long caseId, @RestPath long marketId, @RestPath long simulationId) {
        return shown(SIMULATION, caseId, marketId, simulationId);
    }

    @GET
    @Path("/simulation/{simulationId}/edit")
    public TemplateInstance editSimulation(
            @RestPath long caseId, @RestPath long marketId, @RestPath long simulationId) {
        return editForm(SIMULATION, caseId, marketId, simulationId);
    }

    @POST
    @Path("/simulation/{simulationId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateSimulation(
            @RestPath long caseId,
            @RestPath long marketId,
            @RestPath long simulationId,
            @BeanParam MergerSimulationDetails form) {
        return update(SIMULATION, caseId, marketId, simulationId, form);
    }

    @POST
    @Path("/simulation/{simulationId}/remove")
    public Response removeSimulation(@RestPath long caseId, @RestPath long marketId, @RestPath long simulationId) {
        return removed(SIMULATION, caseId, marketId, simulationId);
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
        return download(SIMULATION, caseId, marketId, simulationId, format, separator);
    }

    // ---------------------------------------------------------------- every kind alike

    private <T extends MarketAnalysis, F> TemplateInstance blankForm(Kind<T, F> kind, long caseId, long marketId) {
        return kind.page()
                .render(
                        access.caseFile(caseId),
                        access.editableHeading(caseId, marketId),
                        null,
                        kind.blank().get(),
                        FormErrors.none(),
                        false);
    }

    private <T extends MarketAnalysis, F> Response add(Kind<T, F> kind, long caseId, long marketId, F form) {
        MarketHeading market = access.editableHeading(caseId, marketId);
        return save(
                kind.check().apply(validator, form),
                kind.name().apply(form),
                () -> analyses.add(caseId, marketId, kind.command().apply(form)).id,
                errors -> kind.page().render(access.caseFile(caseId), market, null, form, errors, false),
                null,
                id -> kind.show().of(caseId, marketId, id));
    }

    private <T extends MarketAnalysis, F> TemplateInstance shown(Kind<T, F> kind, long caseId, long marketId, long id) {
        return Templates.analysis(
                access.caseFile(caseId),
                access.viewableHeading(caseId, marketId),
                kind.figures().apply(find(kind, marketId, id), msg),
                kind.download().of(caseId, marketId, id),
                kind.edit().of(caseId, marketId, id),
                kind.remove().of(caseId, marketId, id),
                access.canEdit(caseId));
    }

    private <T extends MarketAnalysis, F> TemplateInstance editForm(
            Kind<T, F> kind, long caseId, long marketId, long id) {
        MarketHeading market = access.editableHeading(caseId, marketId);
        T analysis = find(kind, marketId, id);
        return kind.page()
                .render(
                        access.caseFile(caseId),
                        market,
                        analysis,
                        kind.formOf().apply(analysis),
                        FormErrors.none(),
                        false);
    }

    private <T extends MarketAnalysis, F> Response update(
            Kind<T, F> kind, long caseId, long marketId, long id, F form) {
        MarketHeading market = access.editableHeading(caseId, marketId);
        T analysis = find(kind, marketId, id);
        return save(
                kind.check().apply(validator, form),
                kind.name().apply(form),
                () -> analyses.update(caseId, marketId, id, kind.command().apply(form)).id,
                errors -> kind.page().render(access.caseFile(caseId), market, analysis, form, errors, false),
                () -> {
                    T current = find(kind, marketId, id);
                    return kind.page()
                            .render(
                                    access.caseFile(caseId),
                                    market,
                                    current,
                                    kind.formOf().apply(current),
                                    FormErrors.none(),
                                    true);
                },
                saved -> kind.show().of(caseId, marketId, saved));
    }

    private <T extends MarketAnalysis, F> Response download(
            Kind<T, F> kind, long caseId, long marketId, long id, String format, String separator) {
        access.viewable(caseId, marketId);
        AnalysisFigures figures = kind.figures().apply(find(kind, marketId, id), msg);
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

    private <T extends MarketAnalysis, F> Response removed(Kind<T, F> kind, long caseId, long marketId, long id) {
        access.editable(caseId, marketId);
        String name = analyses.remove(caseId, marketId, kind.type(), id);
        return Flash.redirect(MarketRoutes.show(caseId, marketId), msg.removed(name));
    }

    private <T extends MarketAnalysis, F> T find(Kind<T, F> kind, long marketId, long id) {
        return analyses.find(kind.type(), marketId, id);
    }
}
