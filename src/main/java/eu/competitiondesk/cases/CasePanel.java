package eu.competitiondesk.cases;

/**
 * A section of the case page that another feature contributes (its documents, markets, assessments, reports). The
 * case page knows panels only through this interface, so the cases feature depends on none of them; each feature
 * reads its own records of the case and renders them with its own template and messages.
 */
public interface CasePanel {

    /** Where the panel goes on the case page, lowest first. */
    int position();

    /** The panel as HTML: its heading, its list, and its links and forms when the user may change the case. */
    String render(CaseHeading caseFile, boolean canEdit);
}
