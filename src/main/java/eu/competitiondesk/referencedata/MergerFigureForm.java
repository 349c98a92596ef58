package eu.competitiondesk.referencedata;

import eu.competitiondesk.referencedata.engine.Figure;
import eu.competitiondesk.referencedata.engine.ThresholdLaw;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The figures page's form: one field per figure, named after it ({@link #field}); it carries a
 * {@link MergerFigureDetails} for the law the page shows.
 */
public record MergerFigureForm(
        @RestForm String effectiveFrom,
        @RestForm String source,
        @RestForm String verificationNote,
        @RestForm String eu12CombinedWorldwide,
        @RestForm String eu12EachUnion,
        @RestForm String eu13CombinedWorldwide,
        @RestForm String eu13CombinedMemberState,
        @RestForm String eu13EachMemberState,
        @RestForm String eu13EachUnion,
        @RestForm String ukTargetTurnover,
        @RestForm String ukShareOfSupply,
        @RestForm String ukHybridShare,
        @RestForm String ukHybridTurnover,
        @RestForm String ukSafeHarbourTurnover,
        @RestForm String usSizeOfTransaction,
        @RestForm String usSizeOfPersonSmaller,
        @RestForm String usSizeOfPersonLarger,
        @RestForm String usUpperThreshold,
        @RestForm String usInterlockCapital,
        @RestForm String usInterlockCompetitiveSales) {

    MergerFigureDetails command(ThresholdLaw law) {
        return MergerFigureDetails.of(law, effectiveFrom, source, verificationNote, this::typed);
    }

    /** What was typed in a figure's field; every figure has one (MergerFigureFormTest). */
    String typed(Figure figure) {
        RecordComponent component = Arrays.stream(MergerFigureForm.class.getRecordComponents())
                .filter(c -> c.getName().equals(field(figure)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no form field for " + figure));
        try {
            return (String) component.getAccessor().invoke(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The name of a figure's field: the figure's name in lower camel case (EU_1_2_EACH_UNION: eu12EachUnion). */
    public static String field(Figure figure) {
        StringBuilder name = new StringBuilder();
        for (String part : figure.name().split("_")) {
            String lower = part.toLowerCase(Locale.ROOT);
            name.append(name.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        return name.toString();
    }
}
