package eu.competitiondesk.referencedata;

import eu.competitiondesk.referencedata.engine.Figure;
import eu.competitiondesk.referencedata.engine.ThresholdLaw;
import eu.competitiondesk.security.Roles;
import eu.competitiondesk.web.Flash;
import eu.competitiondesk.web.FormErrors;
import eu.competitiondesk.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Administration of the merger-control thresholds, the reference data behind the merger-control rules: one page per
 * law with its figure sets, a form to record a set (or correct one: same effective date), and removal.
 */
@Path("/admin/merger-thresholds")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class MergerThresholdAdminResource {

    /** One recorded set as the page shows it. */
    public record SetView(
            long id, LocalDate effectiveFrom, String source, String verificationNote, List<FigureLine> figures) {}

    public record FigureLine(String label, String amount) {}

    /** One figure's field of the form. */
    public record FigureField(String name, String label, String hint, String value) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance thresholds(
                ThresholdLaw law,
                String lawName,
                List<ThresholdLaw> laws,
                List<SetView> sets,
                MergerFigureDetails form,
                List<FigureField> fields,
                FormErrors errors);
    }

    @Inject
    Validator validator;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    MergerThresholdMessages mth;

    @GET
    public TemplateInstance thresholds(@RestQuery String law, @RestQuery Long edit) {
        ThresholdLaw shown = law == null ? ThresholdLaw.EUMR : parse(law);
        MergerFigureSet editing = edit == null ? null : MergerFigureSet.findById(edit);
        if (edit != null && (editing == null || editing.law != shown)) {
            throw new NotFoundException();
        }
        MergerFigureDetails form =
                editing != null ? MergerFigureDetails.of(editing.toFigureSet()) : MergerFigureDetails.blank(shown);
        return page(shown, form, FormErrors.none());
    }

    @POST
    @Path("/{law}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@RestPath String law, @BeanParam MergerFigureForm form) {
        ThresholdLaw j = parse(law);
        MergerFigureDetails command = form.command(j);
        FormErrors errors = FormErrors.of(validator.validate(command), FIELDS);
        if (!errors.isEmpty()) {
            return Pages.unprocessable(page(j, command, errors));
        }
        LocalDate from = referenceData.recordMergerFigures(command);
        return Flash.redirect(
                ReferenceDataRoutes.mergerThresholdsOf(j), mth.thresholds_recorded(mth.law(j), from.toString()));
    }

    @POST
    @Path("/sets/{id}/remove")
    public Response remove(@RestPath long id) {
        MergerFigureSet set = referenceData.removeMergerFigures(id);
        return Flash.redirect(
                ReferenceDataRoutes.mergerThresholdsOf(set.law),
                mth.thresholds_removed(mth.law(set.law), set.effectiveFrom.toString()));
    }

    /** The form's fields in page order, for the error summary. */
    private static final List<String> FIELDS = Stream.concat(
                    Stream.of("effectiveFrom", "source", "verificationNote"),
                    Arrays.stream(Figure.values()).map(MergerFigureForm::field))
            .toList();

    private TemplateInstance page(ThresholdLaw law, MergerFigureDetails form, FormErrors errors) {
        List<SetView> sets = MergerFigureSet.<MergerFigureSet>list("law = ?1 order by effectiveFrom desc", law).stream()
                .map(s -> new SetView(
                        s.id,
                        s.effectiveFrom,
                        s.source,
                        s.verificationNote,
                        Figure.of(law).stream()
                                .map(f -> new FigureLine(
                                        mth.figure(f), amount(f, s.toFigureSet().amount(f))))
                                .toList()))
                .toList();
        List<FigureField> fields = Figure.of(law).stream()
                .map(f -> new FigureField(
                        MergerFigureForm.field(f),
                        mth.figure(f),
                        mth.unit(f.unit()),
                        form.figures().get(f)))
                .toList();
        return Templates.thresholds(law, mth.law(law), List.of(ThresholdLaw.values()), sets, form, fields, errors);
    }

    private String amount(Figure figure, BigDecimal value) {
        if (value == null) {
            return mth.figure_not_in_law();
        }
        String digits = value.scale() <= 0
                ? String.format(Locale.ENGLISH, "%,d", value.toBigIntegerExact())
                : value.toPlainString();
        return switch (figure.unit()) {
            case PERCENT -> digits + "%";
            default -> figure.unit().name() + " " + digits;
        };
    }

    private static ThresholdLaw parse(String value) {
        try {
            return ThresholdLaw.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
