package eu.competitiondesk.referencedata.engine;

/**
 * A law whose threshold figures the product holds, each revised on its own dates: the EU Merger Regulation, the UK
 * Enterprise Act's s.23, the US HSR Act, and s.8 of the Clayton Act (interlocking directorates), whose figures the
 * FTC revises with the HSR ones but which take effect on publication rather than thirty days later.
 */
public enum ThresholdLaw {
    EUMR(Jurisdiction.EU, "EU Merger Regulation, Art. 1"),
    EA2002_S23(Jurisdiction.UK, "Enterprise Act 2002, s.23"),
    HSR(Jurisdiction.US, "HSR Act (15 U.S.C. 18a)"),
    CLAYTON_8(Jurisdiction.US, "Clayton Act, s.8 (15 U.S.C. 19)");

    private final Jurisdiction jurisdiction;
    private final String title;

    ThresholdLaw(Jurisdiction jurisdiction, String title) {
        this.jurisdiction = jurisdiction;
        this.title = title;
    }

    /** The law's name as findings cite it. */
    public String title() {
        return title;
    }

    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }
}
