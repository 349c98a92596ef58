package eu.competitiondesk.reasoning;

import eu.competitiondesk.cases.CaseAccess;
import eu.competitiondesk.cases.CaseHeading;
import eu.competitiondesk.cases.CaseRoutes;
import eu.competitiondesk.platform.InvalidCommand;
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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The "Officer's assessment" form under a conclusion, a market, or the report's introduction or closing: the
 * officer's own paragraphs, each with a "Confidential passage" tick. Reached from the page it belongs to, which
 * passes what the text is about and where to go back to.
 */
@Path("/cases/{caseId}/officer-text/{anchor}")
@Produces(MediaType.TEXT_HTML)
public class OfficerTextResource {

    private static final Pattern ANCHOR = Pattern.compile("[a-z0-9_-]{1,120}");
    private static final int ABOUT_MAX = 300;
    /** Empty passages offered below the written ones, to add to them. */
    private static final int SPARE_SLOTS = 2;

    /** One passage field of the form, numbered from 1. */
    public record Slot(int number, String text, boolean confidential) {
        /** The name its error is reported under. */
        public String field() {
            return "passage-" + number;
        }
    }

    @CheckedTemplate
    static class Templates {
        /** {@code theirs} is the text saved meanwhile, on a conflict, else null. */
        static native TemplateInstance form(
                CaseHeading caseFile,
                String anchor,
                String about,
                String back,
                int revision,
                List<Slot> slots,
                FormErrors errors,
                List<Passage> theirs);
    }

    @Inject
    CaseAccess cases;

    @Inject
    OfficerTextService texts;

    @Inject
    FormValidator validator;

    @Inject
    ReasoningMessages msg;

    @GET
    public TemplateInstance form(
            @RestPath long caseId, @RestPath String anchor, @RestQuery String about, @RestQuery String back) {
        CaseHeading caseFile = cases.editable(caseId);
        OfficerTextService.Current current = texts.current(caseId, checked(anchor));
        return Templates.form(
                caseFile,
                anchor,
                about(about),
                back(caseId, back),
                current.revision(),
                slots(current.passages()),
                FormErrors.none(),
                null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @RestPath long caseId,
            @RestPath String anchor,
            @RestForm String about,
            @RestForm String back,
            @BeanParam OfficerAssessment form) {
        CaseHeading caseFile = cases.editable(caseId);
        checked(anchor);
        String returnTo = back(caseId, back);
        FormErrors errors = validator.validate(form);
        if (errors.isEmpty()) {
            try {
                texts.save(caseId, anchor, form);
                return Flash.redirect(returnTo, msg.saved());
            } catch (InvalidCommand e) {
                errors = validator.refused(form, e);
            } catch (OfficerTextService.Conflict e) {
                // Someone saved meanwhile: their text beside the typed one, which is kept; saving again replaces
                // theirs knowingly, from the revision now in force.
                OfficerTextService.Current theirs = texts.current(caseId, anchor);
                return Pages.conflict(Templates.form(
                        caseFile,
                        anchor,
                        about(about),
                        returnTo,
                        theirs.revision(),
                        slots(typedSlots(form)),
                        FormErrors.none(),
                        theirs.passages()));
            }
        }
        // A revision that is no number came from no page of ours: the form comes back on the one in force.
        int revision = form.revision() != null && form.revision().matches("\\d{1,9}")
                ? form.baseRevision()
                : texts.current(caseId, anchor).revision();
        return Pages.unprocessable(Templates.form(
                caseFile, anchor, about(about), returnTo, revision, slots(typedSlots(form)), errors, null));
    }

    private static String checked(String anchor) {
        if (anchor == null || !ANCHOR.matcher(anchor).matches()) {
            throw new NotFoundException();
        }
        return anchor;
    }

    private static String about(String about) {
        if (about == null || about.isBlank()) {
            return null;
        }
        String text = about.strip();
        return text.length() > ABOUT_MAX ? text.substring(0, ABOUT_MAX) : text;
    }

    /** Where to return: a page of this case, else the case page (never another site). */
    private static String back(long caseId, String back) {
        String casePage = CaseRoutes.show(caseId);
        return back != null && back.matches(Pattern.quote(casePage) + "(/[A-Za-z0-9/_-]*)?(#[A-Za-z0-9_-]*)?")
                ? back
                : casePage;
    }

    /** The typed passages, blank ones included, so a refused form comes back as it was sent. */
    private static List<Passage> typedSlots(OfficerAssessment form) {
        List<Passage> typed = new ArrayList<>();
        for (int i = 0; i < form.passages().size(); i++) {
            String text = form.passages().get(i);
            typed.add(new Passage(text == null ? "" : text, form.confidential().contains(Integer.toString(i + 1))));
        }
        return typed;
    }

    private static List<Slot> slots(List<Passage> passages) {
        List<Slot> slots = new ArrayList<>();
        for (Passage p : passages) {
            if (!p.text().isBlank() || p.confidential()) {
                slots.add(new Slot(slots.size() + 1, p.text(), p.confidential()));
            }
        }
        for (int i = 0; i < SPARE_SLOTS; i++) {
            slots.add(new Slot(slots.size() + 1, "", false));
        }
        return slots;
    }
}
