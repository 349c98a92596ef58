package eu.competitiondesk.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.assessments.engine.AnswerSheet;
import eu.competitiondesk.assessments.engine.Conclusion;
import eu.competitiondesk.assessments.engine.InvalidAssessmentInput;
import eu.competitiondesk.assessments.engine.QuestionnaireKind;
import eu.competitiondesk.assessments.engine.QuestionnaireKinds;
import eu.competitiondesk.assessments.engine.ReferenceData;
import eu.competitiondesk.assessments.questionnaire.Questionnaire;
import eu.competitiondesk.assessments.questionnaire.QuestionnaireCatalog;
import eu.competitiondesk.referencedata.engine.FigureSets;
import eu.competitiondesk.referencedata.engine.MergerThresholdsTest;
import eu.competitiondesk.referencedata.engine.Periods;
import eu.competitiondesk.referencedata.engine.WorkingDays;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every conclusion line as the findings page and the report print it (the statement, then the outcome in words) is
 * read for a double negative, over thousands of answer sheets of every questionnaire: each question answered, left
 * open or given a value at or around the thresholds its rules compare with.
 */
class ConclusionWordingTest {

    private static final Pattern DOUBLE_NEGATIVE = Pattern.compile("(?i)\\bnot\\b.*\\bnot\\b");
    private static final ReferenceData REFERENCE = new ReferenceData(
            new Periods(WorkingDays.weekendsOnly()),
            new FigureSets(List.of(MergerThresholdsTest.EU, MergerThresholdsTest.UK, MergerThresholdsTest.US)));
    private static final List<String> PERCENTAGES =
            List.of("0", "4.99", "5", "8", "10", "14.99", "15", "25", "30", "30.01", "35", "39.9", "40", "50", "100");
    private static final List<String> AMOUNTS =
            List.of("0", "10000000", "70000000", "100000000", "250000000", "5000000000", "7500000000");
    private static final List<String> NUMBERS = List.of("0", "1", "3", "12", "24", "60", "61", "2019", "2025");
    private static final List<String> DATES = List.of("2019-07-22", "2025-01-21", "2025-10-28", "2026-02-18");

    @Test
    void noConclusionLineSaysNotTwice() throws IOException {
        Properties words = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/asm_en.properties")) {
            words.load(in);
        }
        QuestionnaireCatalog catalog = QuestionnaireCatalog.load(getClass().getClassLoader());
        Random random = new Random(20261207);
        Set<String> lines = new LinkedHashSet<>();
        List<String> doubled = new ArrayList<>();
        for (Questionnaire questionnaire : catalog.latest()) {
            QuestionnaireKind kind = QuestionnaireKinds.of(questionnaire.id());
            for (int sheet = 0; sheet < 3000; sheet++) {
                List<Conclusion> conclusions;
                try {
                    conclusions =
                            kind.conclusions(kind.findings(new AnswerSheet(answers(questionnaire, random)), REFERENCE));
                } catch (InvalidAssessmentInput | IllegalArgumentException e) {
                    continue; // answers the form's own checks refuse before any rule sees them
                }
                for (Conclusion c : conclusions) {
                    String line = c.statement() + " ("
                            + (c.wording() == null
                                    ? words.getProperty(
                                            "outcome_$" + c.outcome().name())
                                    : c.wording())
                            + ")";
                    if (lines.add(line) && DOUBLE_NEGATIVE.matcher(line).find()) {
                        doubled.add(questionnaire.id() + ": " + line);
                    }
                }
            }
        }
        assertTrue(lines.size() > 100, "the sheets reached many different conclusions: " + lines.size());
        assertEquals(List.of(), doubled);
    }

    private static Map<String, List<String>> answers(Questionnaire questionnaire, Random random) {
        Map<String, List<String>> answers = new HashMap<>();
        for (Questionnaire.Section section : questionnaire.sections()) {
            for (Questionnaire.Question q : section.questions()) {
                if (!q.required() && random.nextInt(5) == 0) {
                    continue; // left open, where the form allows it
                }
                List<String> options = q.options() == null
                        ? List.of()
                        : q.options().stream().map(Questionnaire.Choice::value).toList();
                List<String> value = switch (q.type()) {
                    case YES_NO -> List.of(random.nextBoolean() ? "yes" : "no");
                    case SINGLE_CHOICE -> List.of(pick(options, random));
                    case MULTIPLE_CHOICE ->
                        options.stream().filter(o -> random.nextBoolean()).toList();
                    case NUMBER -> List.of(pick(NUMBERS, random));
                    case MONEY -> List.of(pick(AMOUNTS, random));
                    case PERCENTAGE -> List.of(pick(PERCENTAGES, random));
                    case DATE -> List.of(pick(DATES, random));
                    case PER_YEAR -> List.of(pick(AMOUNTS, random), pick(AMOUNTS, random), pick(AMOUNTS, random));
                    case AMOUNTS_BY_MEMBER_STATE -> List.of("DE " + pick(AMOUNTS, random));
                    case TEXT -> List.of("Cloud");
                };
                answers.put(q.id(), value);
            }
        }
        return answers;
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
