package eu.competitiondesk.assessments.questionnaire;

import eu.competitiondesk.platform.validation.IsoDate;
import eu.competitiondesk.platform.validation.PlainText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a typed answer means for a question: whether the question is shown at all (its condition), whether the
 * answer is valid, and the answer in its stored form (a list of strings: one value, one per year, or the chosen
 * options).
 */
public final class AnswerCheck {

    public static final int YEARS = 3;

    /** The outcome for one question: the values to store (empty: no answer) or the problem. */
    public record Checked(List<String> values, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private AnswerCheck() {
    }

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
        if (empty) {
            return q.required() ? new Checked(List.of(), requiredMessage(q)) : new Checked(List.of(), null);
        }
        return switch (q.type()) {
            case YES_NO -> oneOf(values, List.of("yes", "no"), "Select yes or no");
            case SINGLE_CHOICE -> oneOf(values, q.options().stream().map(Questionnaire.Choice::value).toList(),
                    "Select one of the options");
            case MULTIPLE_CHOICE -> manyOf(values, q);
            case NUMBER, MONEY, PERCENTAGE -> number(values.get(0), q);
            case AMOUNTS_BY_MEMBER_STATE -> amountsByMemberState(values, q);
            case PER_YEAR -> perYear(values, q);
            case DATE -> date(values.get(0));
            case TEXT -> text(values.get(0), q);
        };
    }

    private static String requiredMessage(Questionnaire.Question q) {
        return switch (q.type()) {
            case YES_NO -> "Select yes or no";
            case SINGLE_CHOICE -> "Select one of the options";
            case MULTIPLE_CHOICE -> "Select at least one option";
            case PER_YEAR -> "Enter a value for each of the three years";
            case DATE -> "Enter a date";
            default -> "Answer this question";
        };
    }

    private static Checked oneOf(List<String> values, List<String> allowed, String message) {
        String value = values.get(0);
        return allowed.contains(value) ? new Checked(List.of(value), null) : new Checked(values, message);
    }

    private static Checked manyOf(List<String> values, Questionnaire.Question q) {
        List<String> allowed = q.options().stream().map(Questionnaire.Choice::value).toList();
        List<String> chosen = values.stream().filter(v -> !v.isEmpty()).distinct().toList();
        return allowed.containsAll(chosen) ? new Checked(chosen, null)
                : new Checked(values, "Select only the options offered");
    }

    private static Checked number(String value, Questionnaire.Question q) {
        String problem = numberProblem(value, q);
        return problem == null ? new Checked(List.of(new BigDecimal(clean(value)).toPlainString()), null)
                : new Checked(List.of(value), problem);
    }

    /**
     * Lines of a Member State's code and an amount ("DE 1,200,000,000"), typed in one box or given one per value;
     * stored one per value as the code and the plain amount ("DE 1200000000"), each Member State once.
     */
    private static Checked amountsByMemberState(List<String> values, Questionnaire.Question q) {
        List<String> lines = values.stream().flatMap(v -> v.lines()).map(String::trim).filter(l -> !l.isEmpty())
                .toList();
        List<String> stored = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String line : lines) {
            String[] parts = line.split("[\\s:=]+", 2);
            String state = eu.competitiondesk.assessments.engine.MergerThresholds.memberState(parts[0]);
            if (state == null) {
                return new Checked(lines, "Begin each line with a Member State's two-letter code, for example DE;"
                        + " \"" + parts[0] + "\" is not one");
            }
            if (!seen.add(state)) {
                return new Checked(lines, "List each Member State once; "
                        + parts[0].toUpperCase(java.util.Locale.ROOT) + " is listed twice");
            }
            String problem = parts.length < 2 ? "Give an amount after " + parts[0] : numberProblem(parts[1], q);
            if (problem != null) {
                return new Checked(lines, parts[0] + ": " + problem);
            }
            stored.add(state + " " + new BigDecimal(clean(parts[1])).toPlainString());
        }
        return new Checked(stored, null);
    }

    private static Checked perYear(List<String> values, Questionnaire.Question q) {
        if (values.size() != YEARS || !q.unknownAllowed() && values.stream().anyMatch(String::isEmpty)) {
            return new Checked(values, "Enter a value for each of the three years");
        }
        List<String> stored = new ArrayList<>();
        for (String value : values) {
            if (value.isEmpty()) {
                stored.add("");
                continue;
            }
            String problem = numberProblem(value, q);
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

    private static String numberProblem(String value, Questionnaire.Question q) {
        BigDecimal number;
        try {
            number = new BigDecimal(clean(value));
        } catch (NumberFormatException e) {
            return "Enter a number, for example 7500000000 or 23.5";
        }
        if (q.type() == QuestionType.NUMBER && number.stripTrailingZeros().scale() > 0) {
            return "Enter a whole number";
        }
        BigDecimal min = q.type() == QuestionType.PERCENTAGE && q.min() == null ? BigDecimal.ZERO : q.min();
        BigDecimal max = q.type() == QuestionType.PERCENTAGE && q.max() == null ? BigDecimal.valueOf(100) : q.max();
        if (min != null && number.compareTo(min) < 0) {
            return "Enter " + min.toPlainString() + " or more";
        }
        if (max != null && number.compareTo(max) > 0) {
            return "Enter " + max.toPlainString() + " or less";
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
                return new Checked(List.of(value), "Enter a date between " + FIRST_YEAR + " and " + LAST_YEAR);
            }
            return new Checked(List.of(date.toString()), null);
        } catch (DateTimeParseException e) {
            return new Checked(List.of(value), "Enter a real date as YYYY-MM-DD");
        }
    }

    /** Whether the text holds characters no one types (line breaks and tabs are allowed). */
    public static boolean hasUntypable(String value) {
        return PlainText.Validator.hasUntypable(value, true);
    }

    private static Checked text(String value, Questionnaire.Question q) {
        if (hasUntypable(value)) {
            return new Checked(List.of(value.replaceAll("\\p{Cc}|\\p{Cs}", "")), "Remove the control characters"
                    + " from the text");
        }
        int max = q.maxLength() == null ? 4000 : q.maxLength();
        return value.length() > max ? new Checked(List.of(value), "Enter at most " + max + " characters")
                : new Checked(List.of(value), null);
    }
}
