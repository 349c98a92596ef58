package eu.competitiondesk.concentration.engine;

/**
 * The special circumstances of EU HMG 2004 para 20 that the figures themselves can point to. The others (an
 * innovator, a maverick, signs of coordination) need the case team's judgement and are named in the reason.
 */
public enum SpecialCircumstance {
    /** Para 20(a): a merging party with no share yet, a potential entrant. Takes the merger out of the safe zone. */
    POTENTIAL_ENTRANT("20(a)"),
    /** Para 20(c): stakes were given; whether they are significant cross-shareholdings is for the case team. */
    CROSS_SHAREHOLDINGS("20(c)"),
    /** Para 20(f): a merging party with a pre-merger share of 50% or more. The safe zones do not apply. */
    LARGE_PARTY("20(f)");

    private final String paragraph;

    SpecialCircumstance(String paragraph) {
        this.paragraph = paragraph;
    }

    /** The paragraph of EU HMG 2004, e.g. "20(c)". */
    public String paragraph() {
        return paragraph;
    }
}
