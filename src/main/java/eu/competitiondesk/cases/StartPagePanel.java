package eu.competitiondesk.cases;

/** A section another feature contributes to the start page (reports waiting for review), for the signed-in user. */
public interface StartPagePanel {

    /** The panel as HTML, for the user with this id and name. */
    String render(long userId, String username);
}
