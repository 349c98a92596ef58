package eu.competitiondesk.concentration;

import eu.competitiondesk.concentration.engine.Figures;
import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;

/**
 * {value.num} for figures with decimals, in templates of every feature: thousands separators, every decimal of an
 * exact value and at most two of a double, the same text as the engines' own explanations use.
 */
@TemplateExtension
public class FigureExtensions {

    static String num(double value) {
        return Figures.format(value);
    }

    static String num(Double value) {
        return value == null ? "" : Figures.format(value);
    }

    static String num(BigDecimal value) {
        return value == null ? "" : Figures.format(value);
    }
}
