package eu.competitiondesk.referencedata;

import eu.competitiondesk.platform.InvalidCommand;
import eu.competitiondesk.referencedata.HolidayForms.HolidayDetails;
import eu.competitiondesk.referencedata.HolidayForms.YearRecord;
import eu.competitiondesk.security.Roles;
import eu.competitiondesk.web.AppMessages;
import eu.competitiondesk.web.Flash;
import eu.competitiondesk.web.FormErrors;
import eu.competitiondesk.web.FormValidator;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Administration of the Commission's public holidays, the reference data behind working-day deadlines. A year's
 * list counts as complete only once recorded with the decision it comes from.
 */
@Path("/admin/holidays")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class HolidayAdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance holidays(
                int year,
                List<HolidayYear> years,
                HolidayYear shownYear,
                List<CommissionHoliday> holidays,
                HolidayDetails holidayForm,
                YearRecord yearForm,
                FormErrors errors);
    }

    @Inject
    FormValidator validator;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    AppMessages msg;

    @Inject
    HolidayMessages holidayMsg;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance holidays(@RestQuery Integer year) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        return page(shown, HolidayDetails.blank(), YearRecord.of(shown), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addHoliday(@BeanParam HolidayDetails form) {
        FormErrors errors = validator.validate(form);
        if (errors.isEmpty()) {
            try {
                LocalDate day = referenceData.addHoliday(form);
                return Flash.redirect(
                        ReferenceDataRoutes.holidaysOf(day.getYear()), holidayMsg.holiday_added(day.toString()));
            } catch (InvalidCommand e) {
                errors = validator.refused(form, e);
            }
        }
        int year = form.day() != null
                        && form.day().length() >= 4
                        && form.day().substring(0, 4).matches("\\d{4}")
                ? Integer.parseInt(form.day().substring(0, 4))
                : LocalDate.now(clock).getYear();
        return Pages.unprocessable(page(year, form, YearRecord.of(year), errors));
    }

    @POST
    @Path("/{day}/remove")
    public Response removeHoliday(@RestPath String day) {
        LocalDate date = parseOr404(day);
        referenceData.removeHoliday(date);
        return Flash.redirect(
                ReferenceDataRoutes.holidaysOf(date.getYear()), holidayMsg.holiday_removed(date.toString()));
    }

    @POST
    @Path("/years")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordYear(@BeanParam YearRecord form) {
        FormErrors errors = validator.validate(form);
        if (!errors.isEmpty()) {
            int year = form.year() != null && form.year().matches("\\d{4}")
                    ? Integer.parseInt(form.year())
                    : LocalDate.now(clock).getYear();
            return Pages.unprocessable(page(year, HolidayDetails.blank(), form, errors));
        }
        int year = referenceData.recordYear(form);
        return Flash.redirect(ReferenceDataRoutes.holidaysOf(year), holidayMsg.holiday_year_recorded(year));
    }

    private TemplateInstance page(int year, HolidayDetails holidayForm, YearRecord yearForm, FormErrors errors) {
        return Templates.holidays(
                year,
                HolidayYear.list("order by year desc"),
                HolidayYear.findById(year),
                CommissionHoliday.ofYear(year),
                holidayForm,
                yearForm,
                errors);
    }

    private static LocalDate parseOr404(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new NotFoundException();
        }
    }
}
