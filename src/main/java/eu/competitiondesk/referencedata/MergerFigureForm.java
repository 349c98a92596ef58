package eu.competitiondesk.referencedata;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.IsoDate;
import eu.competitiondesk.referencedata.engine.Figure;
import eu.competitiondesk.referencedata.engine.FigureSet;
import eu.competitiondesk.referencedata.engine.Jurisdiction;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The form that records one jurisdiction's figure set: its effective date, source, what is still to verify, and
 * each figure of the jurisdiction. Each figure's field is named after it ({@link #field(Figure)}); a jurisdiction's
 * figures are validated in its own group, so the form of one jurisdiction asks only for that jurisdiction's figures.
 */
public class MergerFigureForm {

    /** Validation groups: the figures of one jurisdiction. */
    public interface Eu {}

    public interface Uk {}

    public interface Us {}

    static final String AMOUNT = "^[0-9]{1,15}(\\.[0-9]{1,4})?$";

    @RestForm
    @NotBlank(message = "{desk.required}")
    @IsoDate
    public String effectiveFrom;

    @RestForm
    @NotBlank(message = "{desk.merger.source.required}")
    @Size(max = 500, message = "{desk.too.long}")
    public String source;

    @RestForm
    @Size(max = 500, message = "{desk.too.long}")
    public String verificationNote;

    @RestForm
    @NotBlank(message = "{desk.required}", groups = Eu.class)
    @Pattern(regexp = AMOUNT, message = "{desk.figure.invalid}", groups = Eu.class)
    public String eu12CombinedWorldwide;

    @RestForm
    @NotBlank(message = "{desk.required}", groups = Eu.class)
    @Pattern(regexp = AMOUNT, message = "{desk.figure.invalid}", groups = Eu.class)
    public String eu12EachUnion;

    @RestForm
    @NotBlank(message = "{desk.required}", groups = Eu.class)
    @Pattern(regexp = AMOUNT, message = "{desk.figure.invalid}", groups = Eu.class)
    public String eu13CombinedWorldwide;

    @RestForm
    @NotBlank(message = "{desk.required}", groups = Eu.class)
    @Pattern(regexp = AMOUNT, message = "{desk.figure.invalid}", groups = Eu.class)
    public String eu13CombinedMemberState;

    @RestForm
    @NotBlank(message = "{desk.required}", groups = Eu.class)
    @Pattern(regexp = AMOUNT, message = "{desk.figure.invalid}", groups = Eu.class)
    public String eu13EachMemberState;

    @RestForm
    @NotBlank(message = "{desk.required}", groups = Eu.class)
    @Pattern(regexp = AMOUNT, message = "{desk.figure.invalid}", groups = Eu.class)
    public String eu13EachUnion;

    @RestForm
    @NotBlank(message = "{desk.required}", groups = Uk.class)
    @Pattern(regexp = AMOUNT, message = "{desk.figure.invalid}", groups = Uk.class)
    public String ukTargetTurnover;

    @RestForm
    @NotBlank(message = "{desk.required}", groups = Uk.class)
    @Pattern(
            regexp = "^(100(\\.0{1,4})?|[0-9]{1,2}(\\.[0-9]{1,4})?)$",
            message = "{desk.percent.range}",
            groups = Uk.class)
    public String ukShareOfSupply;

    @RestForm
    @NotBlank(message = "{desk.required}", groups = Uk.class)
    @Pattern(
            regexp = "^(100(\\.0{1,4})?|[0-9]{1,2}(\\.[0-9]{1,4})?)$",
            message = "{desk.percent.range}",
            groups = Uk.class)
    public String ukHybridShare;

    @RestForm
    @NotBlank(message = "{desk.required}", groups = Uk.class)
    @Pattern(regexp = AMOUNT, message = "{desk.figure.invalid}", groups = Uk.class)
    public String ukHybridTurnover;

    @RestForm
    @NotBlank(message = "{desk.required}", groups = Uk.class)
    @Pattern(regexp = AMOUNT, message = "{desk.figure.invalid}", groups = Uk.class)
    public String ukSafeHarbourTurnover;

    @RestForm
    @NotBlank(message = "{desk.required}", groups = Us.class)
    @Pattern(regexp = AMOUNT, message = "{desk.figure.invalid}", groups = Us.class)
    public String usSizeOfTransaction;

    @RestForm
    @NotBlank(message = "{desk.required}", groups = Us.class)
    @Pattern(regexp = AMOUNT, message = "{desk.figure.invalid}", groups = Us.class)
    public String usSizeOfPersonSmaller;

    @RestForm
    @NotBlank(message = "{desk.required}", groups = Us.class)
    @Pattern(regexp = AMOUNT, message = "{desk.figure.invalid}", groups = Us.class)
    public String usSizeOfPersonLarger;

    @RestForm
    @NotBlank(message = "{desk.required}", groups = Us.class)
    @Pattern(regexp = AMOUNT, message = "{desk.figure.invalid}", groups = Us.class)
    public String usUpperThreshold;

    /** The validation group of a jurisdiction's figures. */
    static Class<?> group(Jurisdiction jurisdiction) {
        return switch (jurisdiction) {
            case EU -> Eu.class;
            case UK -> Uk.class;
            case US -> Us.class;
        };
    }

    /** The name of a figure's field: the figure's name in lower camel case (EU_1_2_EACH_UNION: eu12EachUnion). */
    public static String field(Figure figure) {
        StringBuilder name = new StringBuilder();
        for (String part : figure.name().split("_")) {
            String lower = part.toLowerCase(java.util.Locale.ROOT);
            name.append(name.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        return name.toString();
    }

    /** What was typed for a figure. */
    public String typed(Figure figure) {
        try {
            return (String) fieldOf(figure).get(this);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private void set(Figure figure, String value) {
        try {
            fieldOf(figure).set(this, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public field a figure is typed in; every figure has one (MergerFigureFormTest). */
    private static java.lang.reflect.Field fieldOf(Figure figure) {
        try {
            return MergerFigureForm.class.getField(field(figure));
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("no form field for " + figure, e);
        }
    }

    /** The figures of {@code jurisdiction} as typed; call on a form valid in that jurisdiction's group. */
    public Map<Figure, BigDecimal> amounts(Jurisdiction jurisdiction) {
        Map<Figure, BigDecimal> amounts = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.of(jurisdiction)) {
            amounts.put(figure, new BigDecimal(typed(figure)));
        }
        return amounts;
    }

    public MergerFigureForm normalised() {
        effectiveFrom = FormText.trimToNull(effectiveFrom);
        source = FormText.trimToNull(source);
        verificationNote = FormText.trimToNull(verificationNote);
        for (Figure figure : Figure.values()) {
            set(figure, amount(typed(figure)));
        }
        return this;
    }

    /** Spaces and thousands commas are how people write large amounts; neither changes the figure. */
    private static String amount(String typed) {
        String trimmed = FormText.trimToNull(typed);
        return trimmed == null ? null : trimmed.replace(",", "").replace(" ", "");
    }

    /** A form showing {@code set}, to correct it or to start the next one from it. */
    public static MergerFigureForm of(FigureSet set) {
        MergerFigureForm form = new MergerFigureForm();
        form.effectiveFrom = set.effectiveFrom().toString();
        form.source = set.source();
        form.verificationNote = set.verificationNote();
        for (Figure figure : Figure.of(set.jurisdiction())) {
            form.set(figure, set.amount(figure).toPlainString());
        }
        return form;
    }

    /** The field names of a jurisdiction's figures, in the order of its texts. */
    public static List<String> fields(Jurisdiction jurisdiction) {
        return Figure.of(jurisdiction).stream().map(MergerFigureForm::field).toList();
    }
}
