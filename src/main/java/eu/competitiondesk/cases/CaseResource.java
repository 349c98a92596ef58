package eu.competitiondesk.cases;

import eu.competitiondesk.audit.AuditEvent;
import eu.competitiondesk.platform.FormVersions;
import eu.competitiondesk.platform.InvalidCommand;
import eu.competitiondesk.platform.StaleVersionException;
import eu.competitiondesk.security.AppUser;
import eu.competitiondesk.security.CurrentUser;
import eu.competitiondesk.security.Roles;
import eu.competitiondesk.web.AppMessages;
import eu.competitiondesk.web.Flash;
import eu.competitiondesk.web.FormErrors;
import eu.competitiondesk.web.FormValidator;
import eu.competitiondesk.web.Option;
import eu.competitiondesk.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The case pages: list, open, view, edit, and the small forms on the case page. */
@Path("/cases")
@Produces(MediaType.TEXT_HTML)
public class CaseResource {

    static final int HISTORY_ROWS = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                CaseListQuery query,
                CasePage result,
                List<CaseListLine> lines,
                List<CaseListQuery.Column> columns,
                List<Option> statusOptions,
                List<Option> typeOptions,
                List<Option> officerOptions);

        static native TemplateInstance newForm(CaseDetails form, FormErrors errors, List<Option> typeOptions);

        static native TemplateInstance editForm(
                CaseFile caseFile, CaseDetails form, FormErrors errors, List<Option> typeOptions, boolean conflict);

        static native TemplateInstance show(
                CaseFile caseFile,
                boolean canEdit,
                FormErrors errors,
                LocalDate today,
                List<AuditEvent> history,
                List<CaseNote> notes,
                long noteCount,
                List<String> panels,
                CaseSubForms forms,
                List<Option> statusOptions,
                List<Option> partyRoleOptions,
                List<Option> userOptions,
                List<Option> teamRoleOptions,
                List<Option> keyDateKindOptions);

        static native TemplateInstance notes(CaseFile caseFile, List<CaseNote> notes, int page, int pages);
    }

    /** Notes the case page shows; the rest are on the case's notes page. */
    static final int NOTES_ON_CASE_PAGE = 20;

    /** Notes a page of the notes page shows. */
    static final int NOTES_PAGE_SIZE = 50;

    @Inject
    CaseAccess access;

    /** The other features' sections of the case page, in their order. */
    List<CasePanel> panels;

    @Inject
    void panels(@Any Instance<CasePanel> all) {
        panels = all.stream()
                .sorted(Comparator.comparingInt(CasePanel::position))
                .toList();
    }

    @Inject
    CaseSearch search;

    @Inject
    CaseLabels labels;

    @Inject
    CaseService cases;

    @Inject
    CurrentUser currentUser;

    @Inject
    FormValidator validator;

    @Inject
    AppMessages msg;

    @Inject
    CaseMessages caseMsg;

    @Inject
    Clock clock;

    @ConfigProperty(name = "desk.page-size")
    int pageSize;

    @GET
    public TemplateInstance list(@BeanParam CaseListQuery query) {
        CasePage result = search.find(query.toCriteria(pageSize));
        return Templates.list(
                query,
                result,
                CaseListLine.of(result.items(), labels),
                query.columns(caseMsg),
                labels.statusFilter(),
                labels.typeFilter(),
                userOptions(caseMsg.cases_any_officer(), AppUser.listActiveByName()));
    }

    @GET
    @Path("/new")
    @RolesAllowed({Roles.ADMIN, Roles.CASE_OFFICER})
    public TemplateInstance newForm() {
        return Templates.newForm(CaseDetails.blank(LocalDate.now(clock)), FormErrors.none(), labels.typeOptions());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.CASE_OFFICER})
    public Response create(@BeanParam CaseDetails form) {
        FormErrors errors = validator.validate(form);
        if (errors.isEmpty()) {
            try {
                CaseHeading created = cases.open(CaseOpening.of(form), signedInUser());
                return Flash.redirect(CaseRoutes.show(created.id()), caseMsg.case_created(created.reference()));
            } catch (DuplicateReferenceException e) {
                errors.add("reference", caseMsg.case_reference_taken());
            }
        }
        return Pages.unprocessable(Templates.newForm(form, errors, labels.typeOptions()));
    }

    @GET
    @Path("/{caseId}")
    public TemplateInstance show(@RestPath("caseId") long id) {
        CaseFile caseFile = access.viewableCase(id);
        return showPage(caseFile, FormErrors.none(), CaseSubForms.empty());
    }

    @GET
    @Path("/{caseId}/edit")
    public TemplateInstance editForm(@RestPath("caseId") long id) {
        CaseFile caseFile = access.editableCase(id);
        return Templates.editForm(caseFile, CaseDetails.of(caseFile), FormErrors.none(), labels.typeOptions(), false);
    }

    @POST
    @Path("/{caseId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath("caseId") long id, @BeanParam CaseDetails form, @RestForm String version) {
        CaseFile caseFile = access.editableCase(id);
        FormErrors errors = validator.validate(form);
        if (errors.isEmpty()) {
            try {
                CaseFile saved = cases.update(id, FormVersions.parse(version), form);
                return Flash.redirect(CaseRoutes.show(id), caseMsg.case_updated(saved.reference));
            } catch (DuplicateReferenceException e) {
                errors.add("reference", caseMsg.case_reference_taken());
            } catch (StaleVersionException e) {
                return Pages.conflict(
                        Templates.editForm(e.current(CaseFile.class), form, errors, labels.typeOptions(), true));
            }
        }
        return Pages.unprocessable(Templates.editForm(caseFile, form, errors, labels.typeOptions(), false));
    }

    @POST
    @Path("/{caseId}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeStatus(@RestPath("caseId") long id, @BeanParam StatusChange form) {
        CaseFile caseFile = access.editableCase(id);
        FormErrors errors = validator.validate(form);
        if (errors.isEmpty()) {
            try {
                CaseFile moved = cases.moveTo(id, form);
                return Flash.redirect(
                        CaseRoutes.show(id),
                        caseMsg.case_status_changed(moved.reference, caseMsg.caseStatus(moved.status)));
            } catch (InvalidCommand e) {
                errors = validator.refused(form, e);
            } catch (StaleVersionException e) {
                // The page is shown again with the case as this request loaded it: the failed transaction's copy
                // is detached, and its lists could not be read.
                errors.add("status", caseMsg.case_changed_meanwhile());
            }
        }
        return Pages.unprocessable(showPage(caseFile, errors, CaseSubForms.showing(form)));
    }

    @POST
    @Path("/{caseId}/parties")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addParty(@RestPath("caseId") long id, @BeanParam PartyDetails form) {
        return submit(id, form, "#parties", party -> caseMsg.party_added(cases.addParty(id, party).name));
    }

    @POST
    @Path("/{caseId}/parties/{partyId}/remove")
    public Response removeParty(@RestPath("caseId") long id, @RestPath long partyId) {
        access.editableCase(id);
        String name = cases.removeParty(id, partyId);
        return Flash.redirect(CaseRoutes.show(id) + "#parties", caseMsg.party_removed(name));
    }

    @POST
    @Path("/{caseId}/team")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addMember(@RestPath("caseId") long id, @BeanParam MemberDetails form) {
        return submit(id, form, "#team", member -> caseMsg.team_added(cases.addMember(id, member).user.fullName));
    }

    @POST
    @Path("/{caseId}/team/{memberId}/remove")
    public Response removeMember(@RestPath("caseId") long id, @RestPath long memberId) {
        CaseFile caseFile = access.editableCase(id);
        try {
            String name = cases.removeMember(id, memberId);
            return Flash.redirect(CaseRoutes.show(id) + "#team", caseMsg.team_removed(name));
        } catch (CaseFile.LastLeadException e) {
            return Pages.unprocessable(showPage(
                    caseFile,
                    FormErrors.none().add("memberUser", caseMsg.team_last_lead()),
                    CaseSubForms.showing(MemberDetails.blank())));
        }
    }

    @POST
    @Path("/{caseId}/key-dates")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addKeyDate(@RestPath("caseId") long id, @BeanParam KeyDateDetails form) {
        return submit(id, form, "#key-dates", date -> caseMsg.keydate_added(cases.addKeyDate(id, date).label));
    }

    @POST
    @Path("/{caseId}/key-dates/{keyDateId}/remove")
    public Response removeKeyDate(@RestPath("caseId") long id, @RestPath long keyDateId) {
        access.editableCase(id);
        String label = cases.removeKeyDate(id, keyDateId);
        return Flash.redirect(CaseRoutes.show(id) + "#key-dates", caseMsg.keydate_removed(label));
    }

    @POST
    @Path("/{caseId}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addNote(@RestPath("caseId") long id, @BeanParam NoteDetails form) {
        return submit(id, form, "#notes", note -> {
            cases.addNote(id, currentUser.id(), note);
            return caseMsg.note_added();
        });
    }

    /**
     * A small form of the case page: checked, then handed to {@code change}, which makes the change and says what it
     * did; back to the case page's {@code anchor} with that message, or the page again with the form's problems.
     */
    private <C> Response submit(long id, C form, String anchor, Function<C, String> change) {
        CaseFile caseFile = access.editableCase(id);
        FormErrors errors = validator.validate(form);
        if (errors.isEmpty()) {
            try {
                return Flash.redirect(CaseRoutes.show(id) + anchor, change.apply(form));
            } catch (InvalidCommand e) {
                errors = validator.refused(form, e);
            }
        }
        return Pages.unprocessable(showPage(caseFile, errors, CaseSubForms.showing(form)));
    }

    /**
     * Every note of the case, newest first, a page at a time; {@code page} counts from 1. A page number that is not a
     * whole number from 1 is the client's mistake (400); one past the end shows the last page.
     */
    @GET
    @Path("/{caseId}/notes")
    public TemplateInstance notes(@RestPath("caseId") long id, @RestQuery String page) {
        CaseFile caseFile = access.viewableCase(id);
        int pages = (int) Math.max(1, (CaseNote.countOf(id) + NOTES_PAGE_SIZE - 1) / NOTES_PAGE_SIZE);
        int wanted = Math.min(Pages.number(page), pages);
        return Templates.notes(caseFile, CaseNote.page(id, wanted - 1, NOTES_PAGE_SIZE), wanted, pages);
    }

    private TemplateInstance showPage(CaseFile caseFile, FormErrors errors, CaseSubForms forms) {
        boolean canEdit = access.canEdit(caseFile);
        List<Option> statusOptions = caseFile.status.allowedTargets().stream()
                .map(s -> new Option(s.name(), labels.status(s)))
                .toList();
        List<Option> userOptions = canEdit ? userOptions(msg.choose(), AppUser.listActiveByName()) : List.of();
        return Templates.show(
                caseFile,
                canEdit,
                errors,
                LocalDate.now(clock),
                AuditEvent.latestForCase(caseFile.id, HISTORY_ROWS),
                CaseNote.page(caseFile.id, 0, NOTES_ON_CASE_PAGE),
                CaseNote.countOf(caseFile.id),
                panels.stream()
                        .map(panel -> panel.render(CaseHeading.of(caseFile), canEdit))
                        .toList(),
                forms,
                statusOptions,
                labels.partyRoles(),
                userOptions,
                labels.teamRoles(),
                labels.keyDateKinds());
    }

    private static List<Option> userOptions(String emptyLabel, List<AppUser.Choosable> users) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", emptyLabel));
        for (AppUser.Choosable user : users) {
            options.add(new Option(Long.toString(user.id()), user.fullName() + " (" + user.username() + ")"));
        }
        return options;
    }

    private AppUser signedInUser() {
        return AppUser.findById(currentUser.id());
    }
}
