package eu.competitiondesk.assessments.engine;

import eu.competitiondesk.engine.Basis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Read access to stored answers (question id to values) for the rules, with the conversions they need. */
public record AnswerSheet(Map<String, List<String>> answers) {

    public boolean has(String question) {
        return !answers.getOrDefault(question, List.of()).isEmpty();
    }

    public String text(String question) {
        List<String> values = answers.getOrDefault(question, List.of());
        return values.isEmpty() ? null : values.get(0);
    }

    public boolean yes(String question) {
        return "yes".equals(text(question));
    }

    /** Yes, no, or null where the question was not answered (not known). */
    public Boolean yesNo(String question) {
        String value = text(question);
        return value == null ? null : "yes".equals(value);
    }

    /** A whole-number answer (a year, a count of months); the questionnaire accepts no decimals for these. */
    public Integer whole(String question) {
        BigDecimal value = decimal(question);
        return value == null ? null : value.intValue();
    }

    public BigDecimal decimal(String question) {
        String value = text(question);
        return value == null ? null : new BigDecimal(value);
    }

    public Double number(String question) {
        BigDecimal value = decimal(question);
        return value == null ? null : value.doubleValue();
    }

    public LocalDate date(String question) {
        String value = text(question);
        return value == null ? null : LocalDate.parse(value);
    }

    /** One amount per value; a value left empty (a year not known) is null. */
    public List<BigDecimal> decimals(String question) {
        List<BigDecimal> amounts = new ArrayList<>();
        for (String v : answers.getOrDefault(question, List.of())) {
            amounts.add(v.isEmpty() ? null : new BigDecimal(v));
        }
        return amounts;
    }

    /** One count per year; a year left empty, or a question left unanswered, is null: not known. */
    public List<Long> wholeNumbers(String question, int years) {
        List<String> values = answers.getOrDefault(question, List.of());
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < years; i++) {
            String v = i < values.size() ? values.get(i) : "";
            counts.add(v.isEmpty() ? null : new BigDecimal(v).longValue());
        }
        return counts;
    }

    /** A reference to the answer of {@code question} for a finding's basis; pages show the answer in words. */
    public Basis cite(String label, String question) {
        List<String> values = answers.getOrDefault(question, List.of());
        return Basis.of(question, label, values.isEmpty() ? Basis.NOT_KNOWN : String.join(", ", values));
    }
}
