package eu.competitiondesk.cases;

import eu.competitiondesk.platform.validation.IsoDate;
import eu.competitiondesk.platform.validation.OneOf;
import eu.competitiondesk.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The small forms on the case page. Field names are unique across the page so errors can link to them. */
public final class CaseSubForms {

    private CaseSubForms() {
    }

    /**
     * All forms of one rendering of the case page: empty ones, except the one being shown back with its errors,
     * whose panel is then open.
     */
    public static final class OnPage {
        public StatusForm status = new StatusForm();
        public PartyForm party = new PartyForm();
        public MemberForm member = new MemberForm();
        public KeyDateForm keyDate = new KeyDateForm();
        public NoteForm note = new NoteForm();

        public static OnPage empty() {
            return new OnPage();
        }

        public static OnPage showing(PageForm form) {
            OnPage forms = new OnPage();
            form.open = true;
            if (form instanceof StatusForm f) {
                forms.status = f;
            } else if (form instanceof PartyForm f) {
                forms.party = f;
            } else if (form instanceof MemberForm f) {
                forms.member = f;
            } else if (form instanceof KeyDateForm f) {
                forms.keyDate = f;
            } else if (form instanceof NoteForm f) {
                forms.note = f;
            }
            return forms;
        }
    }

    /** Marks a form whose details panel must be open because it is being shown back with errors. */
    public abstract static class PageForm {
        public boolean open;
    }

    public static class StatusForm extends PageForm {

        @RestForm
        @NotBlank(message = "{desk.choose}")
        @OneOf(CaseStatus.class)
        public String status;

        /** The version of the case the page was loaded from; missing or garbled counts as stale. */
        @RestForm
        public String version;
    }

    public static class PartyForm extends PageForm {

        @RestForm
        @NotBlank(message = "{desk.party.name.required}")
        @Size(max = CaseFile.NAME_MAX, message = "{desk.too.long}")
        @PlainText
        public String partyName;

        @RestForm
        @NotBlank(message = "{desk.choose}")
        @OneOf(PartyRole.class)
        public String partyRole;
    }

    public static class MemberForm extends PageForm {

        @RestForm
        @NotBlank(message = "{desk.choose}")
        @Pattern(regexp = "[0-9]{1,18}", message = "{desk.choice.invalid}")
        public String memberUser;

        @RestForm
        @NotBlank(message = "{desk.choose}")
        @OneOf(TeamRole.class)
        public String memberRole;
    }

    public static class KeyDateForm extends PageForm {

        @RestForm
        @NotBlank(message = "{desk.keydate.label.required}")
        @Size(max = CaseFile.NAME_MAX, message = "{desk.too.long}")
        @PlainText
        public String dateLabel;

        @RestForm
        @NotBlank(message = "{desk.choose}")
        @OneOf(KeyDateKind.class)
        public String dateKind;

        @RestForm
        @NotBlank(message = "{desk.keydate.due.required}")
        @IsoDate
        public String dateDue;

        @RestForm
        @Size(max = CaseFile.NAME_MAX, message = "{desk.too.long}")
        @PlainText
        public String dateBasis;
    }

    public static class NoteForm extends PageForm {

        @RestForm
        @NotBlank(message = "{desk.note.required}")
        @Size(max = CaseFile.NOTE_MAX, message = "{desk.too.long}")
        @PlainText(multiline = true)
        public String noteBody;
    }
}
