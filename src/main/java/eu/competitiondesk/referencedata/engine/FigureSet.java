package eu.competitiondesk.referencedata.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The threshold figures of one law in force from {@code effectiveFrom}, with the text they come from and,
 * while they are not yet checked against it, a note saying so (null once checked). A figure the law introduced later
 * ({@link Figure#introducedLater()}) is absent from the sets before it.
 */
public record FigureSet(
        ThresholdLaw law,
        LocalDate effectiveFrom,
        String source,
        String verificationNote,
        Map<Figure, BigDecimal> amounts) {

    public FigureSet {
        amounts = new EnumMap<>(amounts);
        for (Figure figure : Figure.of(law)) {
            if (amounts.get(figure) == null && !figure.introducedLater()) {
                throw new IllegalArgumentException(
                        "the " + law + " figure set of " + effectiveFrom + " lacks " + figure);
            }
        }
        amounts.values().removeIf(java.util.Objects::isNull);
        amounts = Map.copyOf(amounts);
    }

    public Jurisdiction jurisdiction() {
        return law.jurisdiction();
    }

    /** Whether the law of this set's date has the figure (and so the test it belongs to). */
    public boolean has(Figure figure) {
        return amounts.containsKey(figure);
    }

    /** The figure's amount; null for a figure introduced later than this set. */
    public BigDecimal amount(Figure figure) {
        if (figure.law() != law) {
            throw new IllegalArgumentException(figure + " is not a figure of " + law);
        }
        return amounts.get(figure);
    }
}
