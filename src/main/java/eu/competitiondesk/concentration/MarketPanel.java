package eu.competitiondesk.concentration;

/**
 * A section another feature contributes to the market page (the economic analyses), so the market page does not
 * depend on those features.
 */
public interface MarketPanel {

    /** The panel as HTML: its heading, its list, and its links when the user may change the case. */
    String render(MarketHeading market, boolean canEdit);
}
