package eu.competitiondesk.referencedata;

import eu.competitiondesk.referencedata.HolidayForms.HolidayForm;
import eu.competitiondesk.referencedata.HolidayForms.YearForm;
import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.web.AppMessages;
import eu.competitiondesk.web.Flash;
import eu.competitiondesk.web.FormErrors;
import eu.competitiondesk.web.Pages;
import eu.competitiondesk.web.FormValidator;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Administration of the Commission's public holidays, the reference data behind working-day deadlines. A year's
 * list counts as complete only once recorded with the decision it comes from.
 */
@Path("/admin/holidays")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("ADMIN")
public class HolidayAdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance holidays(int year, List<HolidayYear> years, HolidayYear shownYear,
                List<CommissionHoliday> holidays, HolidayForm holidayForm, YearForm yearForm, FormErrors errors);
    }

    @Inject
    FormValidator validator;

    @Inject
    AuditTrail audit;

    @Inject
    AppMessages msg;

    @Inject
    HolidayMessages holidayMsg;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance holidays(@RestQuery Integer year) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        YearForm yearForm = new YearForm();
        yearForm.year = Integer.toString(shown);
        return page(shown, new HolidayForm(), yearForm, FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response addHoliday(@BeanParam HolidayForm form) {
        FormErrors errors = validator.validate(form.normalised());
        if (errors.isEmpty()) {
            LocalDate day = LocalDate.parse(form.day);
            if (CommissionHoliday.findById(day) != null) {
                errors.add("day", holidayMsg.holiday_exists());
            } else {
                CommissionHoliday holiday = new CommissionHoliday();
                holiday.day = day;
                holiday.label = form.label;
                holiday.persist();
                audit.record(null, AuditAction.HOLIDAY_ADDED, "Added Commission holiday " + day + " (" + form.label + ")");
                return Flash.redirect("/admin/holidays?year=" + day.getYear(), holidayMsg.holiday_added(day.toString()));
            }
        }
        int year = form.day != null && form.day.length() >= 4 && form.day.substring(0, 4).matches("\\d{4}")
                ? Integer.parseInt(form.day.substring(0, 4)) : LocalDate.now(clock).getYear();
        return Pages.unprocessable(page(year, form, new YearForm(), errors));
    }

    @POST
    @Path("/{day}/remove")
    @Transactional
    public Response removeHoliday(@RestPath String day) {
        LocalDate date = parseOr404(day);
        CommissionHoliday holiday = CommissionHoliday.findById(date);
        if (holiday == null) {
            throw new NotFoundException();
        }
        holiday.delete();
        audit.record(null, AuditAction.HOLIDAY_REMOVED, "Removed Commission holiday " + date);
        return Flash.redirect("/admin/holidays?year=" + date.getYear(), holidayMsg.holiday_removed(date.toString()));
    }

    @POST
    @Path("/years")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response recordYear(@BeanParam YearForm form) {
        FormErrors errors = validator.validate(form.normalised());
        if (!errors.isEmpty()) {
            int year = form.year != null && form.year.matches("\\d{4}") ? Integer.parseInt(form.year)
                    : LocalDate.now(clock).getYear();
            return Pages.unprocessable(page(year, new HolidayForm(), form, errors));
        }
        int year = Integer.parseInt(form.year);
        HolidayYear record = HolidayYear.findById(year);
        if (record == null) {
            record = new HolidayYear();
            record.year = year;
        }
        record.source = form.source;
        record.updatedAt = OffsetDateTime.now(clock);
        record.persist();
        audit.record(null, AuditAction.HOLIDAY_YEAR_RECORDED, "Recorded the Commission holidays of " + year + " as complete,"
                + " from " + form.source);
        return Flash.redirect("/admin/holidays?year=" + year, holidayMsg.holiday_year_recorded(year));
    }

    private TemplateInstance page(int year, HolidayForm holidayForm, YearForm yearForm, FormErrors errors) {
        return Templates.holidays(year, HolidayYear.list("order by year desc"), HolidayYear.findById(year),
                CommissionHoliday.ofYear(year), holidayForm, yearForm, errors);
    }

    private static LocalDate parseOr404(String day) {
        try {
            return LocalDate.parse(day);
        } catch (java.time.format.DateTimeParseException e) {
            throw new NotFoundException();
        }
    }

}
