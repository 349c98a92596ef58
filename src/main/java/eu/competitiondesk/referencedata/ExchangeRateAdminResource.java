package eu.competitiondesk.referencedata;

import eu.competitiondesk.referencedata.engine.Jurisdiction;
import eu.competitiondesk.referencedata.engine.Money;
import eu.competitiondesk.security.Roles;
import eu.competitiondesk.web.Flash;
import eu.competitiondesk.web.FormErrors;
import eu.competitiondesk.web.FormValidator;
import eu.competitiondesk.web.Option;
import eu.competitiondesk.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Administration of the exchange rates the threshold rules convert amounts at: every rate held, a form to record one
 * (or correct one: the same regime, currency and year), and removal. The same data as
 * {@code /api/v1/reference-data/exchange-rates}.
 */
@Path("/admin/exchange-rates")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class ExchangeRateAdminResource {

    /** One rate as the page lists it, the rate written with the currencies it converts between. */
    public record RateView(
            long id, String regime, String currency, int financialYear, String rate, String source, LocalDate asOf) {}

    /** The form's fields in page order. */
    private static final List<String> FIELDS = List.of("regime", "currency", "financialYear", "rate", "source", "asOf");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rates(
                List<RateView> rates, ExchangeRateForm form, List<Option> regimes, FormErrors errors);
    }

    @Inject
    ReferenceDataService referenceData;

    @Inject
    FormValidator validator;

    @Inject
    ExchangeRateMessages xrm;

    @GET
    public TemplateInstance rates(@RestQuery Long edit) {
        if (edit == null) {
            return page(ExchangeRateForm.blank(), FormErrors.none());
        }
        ExchangeRate editing = ExchangeRate.findById(edit);
        if (editing == null) {
            throw new NotFoundException();
        }
        return page(ExchangeRateForm.of(editing), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@BeanParam ExchangeRateForm form) {
        ExchangeRateDetails command = form.command();
        FormErrors unreadable = form.unreadable(xrm.year_unreadable(), xrm.rate_unreadable());
        FormErrors invalid = validator.validate(command);
        if (unreadable.isPresent() || invalid.isPresent()) {
            FormErrors errors = FormErrors.none();
            // One message per field in page order, an unreadable number's own message before "required".
            FIELDS.forEach(field -> {
                if (unreadable.has(field)) {
                    errors.add(field, unreadable.get(field));
                } else if (invalid.has(field)) {
                    errors.add(field, invalid.get(field));
                }
            });
            return Pages.unprocessable(page(form, errors));
        }
        ExchangeRate rate = referenceData.recordExchangeRate(command);
        return Flash.redirect(
                ReferenceDataRoutes.exchangeRates(),
                xrm.recorded(rate.currency, Integer.toString(rate.financialYear), xrm.regime(rate.regime)));
    }

    @POST
    @Path("/{id}/remove")
    public Response remove(@RestPath long id) {
        ExchangeRate rate = ExchangeRate.findById(id);
        if (rate == null || !referenceData.removeExchangeRate(rate.regime, rate.currency, rate.financialYear)) {
            throw new NotFoundException();
        }
        return Flash.redirect(
                ReferenceDataRoutes.exchangeRates(),
                xrm.removed(rate.currency, Integer.toString(rate.financialYear), xrm.regime(rate.regime)));
    }

    private TemplateInstance page(ExchangeRateForm form, FormErrors errors) {
        List<RateView> rates = ExchangeRate.<ExchangeRate>list("order by regime, currency, financialYear desc").stream()
                .map(r -> new RateView(
                        r.id,
                        xrm.regime(r.regime),
                        r.currency,
                        r.financialYear,
                        r.rate.stripTrailingZeros().toPlainString() + " " + r.currency + " = 1 "
                                + Money.currencyOf(r.regime),
                        r.source,
                        r.asOf))
                .toList();
        return Templates.rates(rates, form, Option.of(Jurisdiction.class, xrm::regime, xrm.choose()), errors);
    }
}
