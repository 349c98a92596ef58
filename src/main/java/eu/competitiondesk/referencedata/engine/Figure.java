package eu.competitiondesk.referencedata.engine;

import java.util.Arrays;
import java.util.List;

/**
 * One threshold figure of a law, in its unit. A figure set of a law holds all of its figures; the
 * comparison each rule makes ("more than", "at least") is the rule's, not the figure's.
 */
public enum Figure {
    /** Art. 1(2)(a) EUMR: combined worldwide turnover of all undertakings concerned. */
    EU_1_2_COMBINED_WORLDWIDE(ThresholdLaw.EUMR, Unit.EUR),
    /** Art. 1(2)(b): Union-wide turnover of each of at least two undertakings concerned. */
    EU_1_2_EACH_UNION(ThresholdLaw.EUMR, Unit.EUR),
    /** Art. 1(3)(a): combined worldwide turnover. */
    EU_1_3_COMBINED_WORLDWIDE(ThresholdLaw.EUMR, Unit.EUR),
    /** Art. 1(3)(b): combined turnover in each of at least three Member States. */
    EU_1_3_COMBINED_MEMBER_STATE(ThresholdLaw.EUMR, Unit.EUR),
    /** Art. 1(3)(c): turnover of each of at least two undertakings in each of those three Member States. */
    EU_1_3_EACH_MEMBER_STATE(ThresholdLaw.EUMR, Unit.EUR),
    /** Art. 1(3)(d): Union-wide turnover of each of at least two undertakings concerned. */
    EU_1_3_EACH_UNION(ThresholdLaw.EUMR, Unit.EUR),
    /** s.23(1)(b) EA 2002: the target's UK turnover. */
    UK_TARGET_TURNOVER(ThresholdLaw.EA2002_S23, Unit.GBP),
    /** s.23(2)-(4): the share of supply the merged enterprises reach, with an increment. */
    UK_SHARE_OF_SUPPLY(ThresholdLaw.EA2002_S23, Unit.PERCENT),
    /** s.23(4C)-(4F), from 1 January 2025: the hybrid test's share of supply of one party. */
    UK_HYBRID_SHARE(ThresholdLaw.EA2002_S23, Unit.PERCENT, true),
    /** s.23(4E), from 1 January 2025: the hybrid test's UK turnover of that party. */
    UK_HYBRID_TURNOVER(ThresholdLaw.EA2002_S23, Unit.GBP, true),
    /**
     * s.23(2)(c), from 1 January 2025 (the small-merger safe harbour): the share of supply test needs the UK turnover
     * of the target or of another enterprise concerned to exceed this.
     */
    UK_SAFE_HARBOUR_TURNOVER(ThresholdLaw.EA2002_S23, Unit.GBP, true),
    /** HSR Act: the size-of-transaction threshold. */
    US_SIZE_OF_TRANSACTION(ThresholdLaw.HSR, Unit.USD),
    /** HSR Act: the smaller size-of-person figure. */
    US_SIZE_OF_PERSON_SMALLER(ThresholdLaw.HSR, Unit.USD),
    /** HSR Act: the larger size-of-person figure. */
    US_SIZE_OF_PERSON_LARGER(ThresholdLaw.HSR, Unit.USD),
    /** HSR Act: above this size of transaction the size-of-person test no longer applies. */
    US_UPPER_THRESHOLD(ThresholdLaw.HSR, Unit.USD),
    /**
     * Clayton Act s.8(a)(1): each corporation's capital, surplus and undivided profits must aggregate more than this
     * for the prohibition to apply.
     */
    US_INTERLOCK_CAPITAL(ThresholdLaw.CLAYTON_8, Unit.USD),
    /** Clayton Act s.8(a)(2)(A): no prohibition where either corporation's competitive sales are less than this. */
    US_INTERLOCK_COMPETITIVE_SALES(ThresholdLaw.CLAYTON_8, Unit.USD);

    /** What a figure is counted in. */
    public enum Unit {
        EUR,
        GBP,
        USD,
        PERCENT
    }

    private final ThresholdLaw law;
    private final Unit unit;
    private final boolean introducedLater;

    Figure(ThresholdLaw law, Unit unit) {
        this(law, unit, false);
    }

    Figure(ThresholdLaw law, Unit unit, boolean introducedLater) {
        this.law = law;
        this.unit = unit;
        this.introducedLater = introducedLater;
    }

    /**
     * A figure the law did not always have: a set may lack it, and then the test it belongs to was not in the law
     * from that set's date.
     */
    public boolean introducedLater() {
        return introducedLater;
    }

    public ThresholdLaw law() {
        return law;
    }

    public Jurisdiction jurisdiction() {
        return law.jurisdiction();
    }

    public Unit unit() {
        return unit;
    }

    /** The figures a complete set of {@code law} holds, in the order of the texts. */
    public static List<Figure> of(ThresholdLaw law) {
        return Arrays.stream(values()).filter(f -> f.law == law).toList();
    }
}
