package eu.competitiondesk.cases;

import org.jboss.resteasy.reactive.RestForm;

/** The create and edit forms of a case as posted; {@link #toInput()} hands the values to validation. */
public class CaseForm {

    @RestForm
    public String reference;

    @RestForm
    public String title;

    @RestForm
    public String type;

    @RestForm
    public String openedOn;

    @RestForm
    public String summary;

    /** Only on the edit form: the version of the case the form was loaded from. */
    @RestForm
    public String version;

    public CaseInput toInput() {
        CaseInput input = new CaseInput();
        input.reference = reference;
        input.title = title;
        input.type = type;
        input.openedOn = openedOn;
        input.summary = summary;
        return input.normalised();
    }

    /** The version posted, or -1 when it is missing or garbled (which then counts as stale). */
    public long versionOrStale() {
        return eu.competitiondesk.web.Pages.version(version);
    }
}
