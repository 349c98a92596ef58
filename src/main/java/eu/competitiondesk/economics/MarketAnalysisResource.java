package eu.competitiondesk.economics;

import eu.competitiondesk.cases.CaseHeading;
import eu.competitiondesk.concentration.MarketAccess;
import eu.competitiondesk.concentration.MarketHeading;
import eu.competitiondesk.concentration.MarketRoutes;
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
import org.jboss.resteasy.reactive.RestPath;

/**
 * The pages of a market's economic analyses: critical loss (market definition) and upward pricing pressure
 * (unilateral effects); each reached through the market's access check.
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

        static native TemplateInstance analysis(
                CaseHeading caseFile,
                MarketHeading market,
                AnalysisFigures view,
                String editPath,
                String removePath,
                boolean canEdit);
    }

    @Inject
    MarketAccess access;

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
        MarketHeading market = access.editableHeading(caseId, marketId);
        return Templates.definitionForm(
                access.caseFile(caseId), market, null, CriticalLossDetails.blank(), FormErrors.none(), false);
    }

    @POST
    @Path("/definition")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addDefinition(@RestPath long caseId, @RestPath long marketId, @BeanParam CriticalLossDetails form) {
        MarketHeading market = access.editableHeading(caseId, marketId);
        FormErrors errors = validator.validate(form);
        if (errors.isPresent()) {
            return Pages.unprocessable(
                    Templates.definitionForm(access.caseFile(caseId), market, null, form, errors, false));
        }
        MarketDefinitionAnalysis a = analyses.add(caseId, marketId, form);
        return Flash.redirect(AnalysisRoutes.definition(caseId, marketId, a.id), msg.saved(a.name));
    }

    @GET
    @Path("/definition/{definitionId}")
    public TemplateInstance definition(@RestPath long caseId, @RestPath long marketId, @RestPath long definitionId) {
        MarketHeading market = access.viewableHeading(caseId, marketId);
        MarketDefinitionAnalysis a =
                MarketDefinitionAnalysis.inMarket(marketId, definitionId).orElseThrow(NotFoundException::new);
        return Templates.analysis(
                access.caseFile(caseId),
                market,
                AnalysisFigures.of(a, msg),
                AnalysisRoutes.editDefinition(caseId, marketId, definitionId),
                AnalysisRoutes.removeDefinition(caseId, marketId, definitionId),
                access.canEdit(caseId));
    }

    @GET
    @Path("/definition/{definitionId}/edit")
    public TemplateInstance editDefinition(
            @RestPath long caseId, @RestPath long marketId, @RestPath long definitionId) {
        MarketHeading market = access.editableHeading(caseId, marketId);
        MarketDefinitionAnalysis a =
                MarketDefinitionAnalysis.inMarket(marketId, definitionId).orElseThrow(NotFoundException::new);
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
        MarketDefinitionAnalysis a =
                MarketDefinitionAnalysis.inMarket(marketId, definitionId).orElseThrow(NotFoundException::new);
        FormErrors errors = validator.validate(form);
        if (errors.isPresent()) {
            return Pages.unprocessable(
                    Templates.definitionForm(access.caseFile(caseId), market, a, form, errors, false));
        }
        try {
            analyses.update(caseId, marketId, definitionId, form);
        } catch (AnalysisService.StaleAnalysisException e) {
            MarketDefinitionAnalysis current =
                    MarketDefinitionAnalysis.inMarket(marketId, definitionId).orElseThrow(NotFoundException::new);
            return Pages.conflict(Templates.definitionForm(
                    access.caseFile(caseId),
                    market,
                    current,
                    CriticalLossDetails.of(current),
                    FormErrors.none(),
                    true));
        }
        return Flash.redirect(AnalysisRoutes.definition(caseId, marketId, definitionId), msg.saved(form.name()));
    }

    @POST
    @Path("/definition/{definitionId}/remove")
    public Response removeDefinition(@RestPath long caseId, @RestPath long marketId, @RestPath long definitionId) {
        access.editable(caseId, marketId);
        String name = analyses.remove(caseId, marketId, MarketDefinitionAnalysis.class, definitionId);
        return Flash.redirect(MarketRoutes.show(caseId, marketId), msg.removed(name));
    }

    // ---------------------------------------------------------------- upward pricing pressure

    @GET
    @Path("/effects/new")
    public TemplateInstance newEffects(@RestPath long caseId, @RestPath long marketId) {
        MarketHeading market = access.editableHeading(caseId, marketId);
        return Templates.effectsForm(
                access.caseFile(caseId),
                market,
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
        FormErrors errors = effectsErrors(form);
        if (errors.isPresent()) {
            return Pages.unprocessable(
                    Templates.effectsForm(access.caseFile(caseId), market, null, form, errors, false));
        }
        UnilateralEffectsAnalysis a = analyses.add(caseId, marketId, form.command());
        return Flash.redirect(AnalysisRoutes.effects(caseId, marketId, a.id), msg.saved(a.name));
    }

    @GET
    @Path("/effects/{effectsId}")
    public TemplateInstance effects(@RestPath long caseId, @RestPath long marketId, @RestPath long effectsId) {
        MarketHeading market = access.viewableHeading(caseId, marketId);
        UnilateralEffectsAnalysis a =
                UnilateralEffectsAnalysis.inMarket(marketId, effectsId).orElseThrow(NotFoundException::new);
        return Templates.analysis(
                access.caseFile(caseId),
                market,
                AnalysisFigures.of(a, msg),
                AnalysisRoutes.editEffects(caseId, marketId, effectsId),
                AnalysisRoutes.removeEffects(caseId, marketId, effectsId),
                access.canEdit(caseId));
    }

    @GET
    @Path("/effects/{effectsId}/edit")
    public TemplateInstance editEffects(@RestPath long caseId, @RestPath long marketId, @RestPath long effectsId) {
        MarketHeading market = access.editableHeading(caseId, marketId);
        UnilateralEffectsAnalysis a =
                UnilateralEffectsAnalysis.inMarket(marketId, effectsId).orElseThrow(NotFoundException::new);
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
        UnilateralEffectsAnalysis a =
                UnilateralEffectsAnalysis.inMarket(marketId, effectsId).orElseThrow(NotFoundException::new);
        FormErrors errors = effectsErrors(form);
        if (errors.isPresent()) {
            return Pages.unprocessable(Templates.effectsForm(access.caseFile(caseId), market, a, form, errors, false));
        }
        try {
            analyses.update(caseId, marketId, effectsId, form.command());
        } catch (AnalysisService.StaleAnalysisException e) {
            UnilateralEffectsAnalysis current =
                    UnilateralEffectsAnalysis.inMarket(marketId, effectsId).orElseThrow(NotFoundException::new);
            return Pages.conflict(Templates.effectsForm(
                    access.caseFile(caseId),
                    market,
                    current,
                    PricingPressureForm.of(PricingPressureDetails.of(current)),
                    FormErrors.none(),
                    true));
        }
        return Flash.redirect(AnalysisRoutes.effects(caseId, marketId, effectsId), msg.saved(form.name()));
    }

    @POST
    @Path("/effects/{effectsId}/remove")
    public Response removeEffects(@RestPath long caseId, @RestPath long marketId, @RestPath long effectsId) {
        access.editable(caseId, marketId);
        String name = analyses.remove(caseId, marketId, UnilateralEffectsAnalysis.class, effectsId);
        return Flash.redirect(MarketRoutes.show(caseId, marketId), msg.removed(name));
    }

    /** The field checks, then what only the inputs together can tell (shares, both ratios, two products). */
    private FormErrors effectsErrors(PricingPressureForm form) {
        return validator.validate(form.command(), PricingPressureForm.FIELDS);
    }
}
