package eu.competitiondesk.referencedata;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.IsoDate;
import eu.competitiondesk.referencedata.engine.Figure;
import eu.competitiondesk.referencedata.engine.FigureSet;
import eu.competitiondesk.referencedata.engine.ThresholdLaw;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The command that records one law's threshold figures in force from a date, or corrects the set
 * recorded for that date: its source, what is still to verify, and each of the law's figures as typed, with
 * the spaces and thousands commas people write in large amounts dropped ({@link FiguresTyped} checks them).
 */
@MergerFigureDetails.FiguresTyped
public record MergerFigureDetails(
        ThresholdLaw law,
        @NotBlank(message = "{desk.required}") @IsoDate String effectiveFrom,

        @NotBlank(message = "{desk.merger.source.required}") @Size(max = 500, message = "{desk.too.long}")
        String source,

        @Size(max = 500, message = "{desk.too.long}") String verificationNote,
        Map<Figure, String> figures) {

    private static final String AMOUNT = "[0-9]{1,15}(\\.[0-9]{1,4})?";
    private static final String PERCENT = "100(\\.0{1,4})?|[0-9]{1,2}(\\.[0-9]{1,4})?";

    public MergerFigureDetails {
        effectiveFrom = FormText.trimToNull(effectiveFrom);
        source = FormText.trimToNull(source);
        verificationNote = FormText.trimToNull(verificationNote);
        Map<Figure, String> typed = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.of(law)) {
            String value = FormText.trimToNull(figures.get(figure));
            typed.put(figure, value == null ? null : value.replace(",", "").replace(" ", ""));
        }
        figures = Collections.unmodifiableMap(typed);
    }

    /** The law's figures as {@code typed} gives them (a form's field for each, or nothing). */
    static MergerFigureDetails of(
            ThresholdLaw law,
            String effectiveFrom,
            String source,
            String verificationNote,
            Function<Figure, String> typed) {
        Map<Figure, String> figures = new EnumMap<>(Figure.class);
        Figure.of(law).forEach(figure -> figures.put(figure, typed.apply(figure)));
        return new MergerFigureDetails(law, effectiveFrom, source, verificationNote, figures);
    }

    /** A recorded set, to correct it or to start the next one from it. */
    static MergerFigureDetails of(FigureSet set) {
        return of(
                set.law(),
                set.effectiveFrom().toString(),
                set.source(),
                set.verificationNote(),
                figure -> set.has(figure) ? set.amount(figure).toPlainString() : null);
    }

    static MergerFigureDetails blank(ThresholdLaw law) {
        return of(law, null, null, null, figure -> null);
    }

    /** The figures as amounts; call on a command that has been checked. */
    Map<Figure, BigDecimal> amounts() {
        Map<Figure, BigDecimal> amounts = new EnumMap<>(Figure.class);
        figures.forEach((figure, typed) -> {
            if (typed != null) {
                amounts.put(figure, new BigDecimal(typed));
            }
        });
        return amounts;
    }

    /**
     * Each of the law's figures is there and is an amount (a percentage up to 100 for shares of supply),
     * reported on the figure's own field ({@link MergerFigureForm#field}); a figure the law introduced later may be
     * left empty for a set from before it.
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = FiguresTyped.Check.class)
    public @interface FiguresTyped {
        String message() default "{desk.figure.invalid}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<FiguresTyped, MergerFigureDetails> {
            @Override
            public boolean isValid(MergerFigureDetails details, ConstraintValidatorContext context) {
                context.disableDefaultConstraintViolation();
                boolean valid = true;
                for (Map.Entry<Figure, String> figure : details.figures.entrySet()) {
                    boolean percent = figure.getKey().unit() == Figure.Unit.PERCENT;
                    String problem = figure.getValue() == null
                            ? figure.getKey().introducedLater() ? null : "{desk.required}"
                            : figure.getValue().matches(percent ? PERCENT : AMOUNT)
                                    ? null
                                    : percent ? "{desk.percent.range}" : "{desk.figure.invalid}";
                    if (problem != null) {
                        context.buildConstraintViolationWithTemplate(problem)
                                .addPropertyNode(MergerFigureForm.field(figure.getKey()))
                                .addConstraintViolation();
                        valid = false;
                    }
                }
                return valid;
            }
        }
    }
}
