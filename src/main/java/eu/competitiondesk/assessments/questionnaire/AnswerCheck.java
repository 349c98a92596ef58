package eu.competitiondesk.assessments.questionnaire;

import eu.competitiondesk.platform.validation.IsoDate;
import eu.competitiondesk.platform.validation.PlainText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a typed answer means for a question: whether the question is shown at all (its condition), whether the
 * answer is valid, and the answer in its stored form (a list of strings: one value, one per year, or the chosen
 * options).
 */
public final class AnswerCheck {

    public static final int YEARS = 3;

    /** The outcome for one question: the values to store (empty: no answer) or the problem. */
    public record Checked(List<String> values, Problem problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /** What is wrong with an answer; the pages and the API put it in words from the assessment bundle. */
    public enum Kind {
        SELECT_YES_NO,
        SELECT_OPTION,
        SELECT_AT_LEAST_ONE,
        SELECT_OFFERED_ONLY,
        EACH_YEAR,
        ENTER_DATE,
        ANSWER,
        NUMBER,
        WHOLE_NUMBER,
        AT_LEAST,
        AT_MOST,
        DATE_RANGE,
        REAL_DATE,
        CONTROL_CHARACTERS,
        TOO_LONG,
        MEMBER_STATE_CODE,
        MEMBER_STATE_TWICE,
        AMOUNT_AFTER,
        CURRENCY_CODE
    }

    /**
     * A problem: its kind, the figure or text it names ({@code detail}: a bound, a code), and for one line of amounts
     * by Member State the code the line begins with ({@code line}, else null).
     */
    public record Problem(Kind kind, String detail, String line) {
        static Problem of(Kind kind) {
            return new Problem(kind, null, null);
        }

        static Problem of(Kind kind, String detail) {
            return new Problem(kind, detail, null);
        }

        Problem onLine(String code) {
            return new Problem(kind, detail, code);
        }
    }

    private AnswerCheck() {}

    /** Shown when it has no condition, or when the question it depends on has one of the listed answers. */
    public static boolean isShown(Questionnaire.Question question, Map<String, List<String>> answers) {
        Questionnaire.Condition condition = question.condition();
        if (condition == null) {
            return true;
        }
        List<String> given = answers.getOrDefault(condition.question(), List.of());
        return given.stream().anyMatch(condition.anyOf()::contains);
    }

    public static Checked check(Questionnaire.Question q, List<String> typed) {
        List<String> values = new ArrayList<>();
        for (String value : typed == null ? List.<String>of() : typed) {
            values.add(value == null ? "" : value.trim());
        }
        boolean empty = values.stream().allMatch(String::isEmpty);
        if (empty && q.type() == QuestionType.PER_YEAR && q.unknownAllowed()) {
            // Every year left empty is every year not known: an answer, not a gap.
            return new Checked(java.util.Collections.nCopies(YEARS, ""), null);
        }
        if (empty) {
            return q.required() ? new Checked(List.of(), requiredMessage(q)) : new Checked(List.of(), null);
        }
        return switch (q.type()) {
            case YES_NO -> oneOf(values, List.of("yes", "no"), Kind.SELECT_YES_NO);
            case SINGLE_CHOICE ->
                oneOf(
                        values,
                        q.options().stream().map(Questionnaire.Choice::value).toList(),
                        Kind.SELECT_OPTION);
            case MULTIPLE_CHOICE -> manyOf(values, q);
            case MONEY -> money(values.get(0), q);
            case NUMBER, PERCENTAGE -> number(values.get(0), q);
            case AMOUNTS_BY_MEMBER_STATE -> amountsByMemberState(values, q);
            case PER_YEAR -> perYear(values, q);
            case DATE -> date(values.get(0));
            case TEXT -> text(values.get(0), q);
        };
    }

    private static Problem requiredMessage(Questionnaire.Question q) {
        return Problem.of(
                switch (q.type()) {
                    case YES_NO -> Kind.SELECT_YES_NO;
                    case SINGLE_CHOICE -> Kind.SELECT_OPTION;
                    case MULTIPLE_CHOICE -> Kind.SELECT_AT_LEAST_ONE;
                    case PER_YEAR -> Kind.EACH_YEAR;
                    case DATE -> Kind.ENTER_DATE;
                    default -> Kind.ANSWER;
                });
    }

    private static Checked oneOf(List<String> values, List<String> allowed, Kind problem) {
        String value = values.get(0);
        return allowed.contains(value) ? new Checked(List.of(value), null) : new Checked(values, Problem.of(problem));
    }

    private static Checked manyOf(List<String> values, Questionnaire.Question q) {
        List<String> allowed =
                q.options().stream().map(Questionnaire.Choice::value).toList();
        List<String> chosen =
                values.stream().filter(v -> !v.isEmpty()).distinct().toList();
        return allowed.containsAll(chosen)
                ? new Checked(chosen, null)
                : new Checked(values, Problem.of(Kind.SELECT_OFFERED_ONLY));
    }

    private static Checked number(String value, Questionnaire.Question q) {
        Problem problem = numberProblem(value, q);
        return problem == null
                ? new Checked(List.of(new BigDecimal(clean(value)).toPlainString()), null)
                : new Checked(List.of(value), problem);
    }

    /**
     * Lines of a Member State's code and an amount ("DE 1,200,000,000"), typed in one box or given one per value;
     * stored one per value as the code and the plain amount ("DE 1200000000"), each Member State once.
     */
    /**
     * An amount in the question's currency, or, where the question takes other currencies, in another one named by
     * its ISO 4217 code before or after it ("USD 5,412,000,000"): stored as the plain number in the question's own
     * currency and as "USD 5412000000" in another.
     */
    private static Checked money(String value, Questionnaire.Question q) {
        Matcher coded = CODED_AMOUNT.matcher(value);
        if (!q.otherCurrencies() || !coded.matches()) {
            return number(value, q);
        }
        String code = (coded.group(1) != null ? coded.group(1) : coded.group(4)).toUpperCase(Locale.ROOT);
        String amount = coded.group(1) != null ? coded.group(2) : coded.group(3);
        Problem problem = currencyProblem(code);
        if (problem == null) {
            problem = numberProblem(amount, q);
        }
        if (problem != null) {
            return new Checked(List.of(value), problem);
        }
        String plain = new BigDecimal(clean(amount)).toPlainString();
        return new Checked(List.of(code.equals(q.unit()) ? plain : code + " " + plain), null);
    }

    /** A code before the amount ("USD 1,000") or after it ("1,000 USD"). */
    private static final Pattern CODED_AMOUNT =
            Pattern.compile("(?:([A-Za-z]{3})\\s*([-0-9].*)|(.*[0-9])\\s*([A-Za-z]{3}))");

    private static Problem currencyProblem(String code) {
        try {
            java.util.Currency.getInstance(code);
            return null;
        } catch (IllegalArgumentException e) {
            return Problem.of(Kind.CURRENCY_CODE, code);
        }
    }

    private static Checked amountsByMemberState(List<String> values, Questionnaire.Question q) {
        List<String> lines = values.stream()
                .flatMap(v -> v.lines())
                .map(String::trim)
                .filter(l -> !l.isEmpty())
                .toList();
        List<String> stored = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            String[] parts = line.split("[\\s:=]+", 2);
            String state = eu.competitiondesk.referencedata.engine.MergerThresholds.memberState(parts[0]);
            if (state == null) {
                return new Checked(lines, Problem.of(Kind.MEMBER_STATE_CODE, parts[0]));
            }
            if (!seen.add(state)) {
                return new Checked(lines, Problem.of(Kind.MEMBER_STATE_TWICE, parts[0].toUpperCase(Locale.ROOT)));
            }
            if (parts.length < 2) {
                return new Checked(lines, Problem.of(Kind.AMOUNT_AFTER, parts[0]));
            }
            Checked amount = money(parts[1], q);
            if (amount.problem() != null) {
                return new Checked(lines, amount.problem().onLine(parts[0]));
            }
            stored.add(state + " " + amount.values().get(0));
        }
        return new Checked(stored, null);
    }

    private static Checked perYear(List<String> values, Questionnaire.Question q) {
        if (values.size() != YEARS || !q.unknownAllowed() && values.stream().anyMatch(String::isEmpty)) {
            return new Checked(values, Problem.of(Kind.EACH_YEAR));
        }
        List<String> stored = new ArrayList<>();
        for (String value : values) {
            if (value.isEmpty()) {
                stored.add("");
                continue;
            }
            Problem problem = numberProblem(value, q);
            if (problem != null) {
                return new Checked(values, problem);
            }
            stored.add(new BigDecimal(clean(value)).toPlainString());
        }
        return new Checked(stored, null);
    }

    /** Spaces and thousands separators (comma, apostrophe, narrow space) are allowed; a point marks decimals. */
    static String clean(String value) {
        return value.replaceAll("[\\s,'\u202F\u00A0]", "").replace("%", "");
    }

    private static Problem numberProblem(String value, Questionnaire.Question q) {
        BigDecimal number;
        try {
            number = new BigDecimal(clean(value));
        } catch (NumberFormatException e) {
            return Problem.of(Kind.NUMBER);
        }
        if (q.type() == QuestionType.NUMBER && number.stripTrailingZeros().scale() > 0) {
            return Problem.of(Kind.WHOLE_NUMBER);
        }
        BigDecimal min = q.type() == QuestionType.PERCENTAGE && q.min() == null ? BigDecimal.ZERO : q.min();
        BigDecimal max = q.type() == QuestionType.PERCENTAGE && q.max() == null ? BigDecimal.valueOf(100) : q.max();
        if (min != null && number.compareTo(min) < 0) {
            return Problem.of(Kind.AT_LEAST, min.toPlainString());
        }
        if (max != null && number.compareTo(max) > 0) {
            return Problem.of(Kind.AT_MOST, max.toPlainString());
        }
        return null;
    }

    /** A plausible date for a case: competition law as these texts know it, and deadlines that can be counted. */
    public static final int FIRST_YEAR = IsoDate.FIRST_YEAR;

    public static final int LAST_YEAR = IsoDate.LAST_YEAR;

    private static Checked date(String value) {
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                return new Checked(List.of(value), Problem.of(Kind.DATE_RANGE));
            }
            return new Checked(List.of(date.toString()), null);
        } catch (DateTimeParseException e) {
            return new Checked(List.of(value), Problem.of(Kind.REAL_DATE));
        }
    }

    /** Whether the text holds characters no one types (line breaks and tabs are allowed). */
    public static boolean hasUntypable(String value) {
        return PlainText.Validator.hasUntypable(value, true);
    }

    private static Checked text(String value, Questionnaire.Question q) {
        if (hasUntypable(value)) {
            return new Checked(List.of(value.replaceAll("\\p{Cc}|\\p{Cs}", "")), Problem.of(Kind.CONTROL_CHARACTERS));
        }
        int max = q.maxLength() == null ? 4000 : q.maxLength();
        return value.length() > max
                ? new Checked(List.of(value), Problem.of(Kind.TOO_LONG, Integer.toString(max)))
                : new Checked(List.of(value), null);
    }
}
