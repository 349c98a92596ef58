package eu.competitiondesk.assessments.engine;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every questionnaire kind the product ships, by the id its questionnaire files carry. */
public final class QuestionnaireKinds {

    private static final Map<String, QuestionnaireKind> KINDS = List.of(
                    new DmaDesignationQuestionnaire(),
                    new ExclusivityQuestionnaire(),
                    new MergerControlQuestionnaire(),
                    new UkSmsQuestionnaire(),
                    new Gwb19aQuestionnaire(),
                    new DataActSwitchingQuestionnaire())
            .stream()
            .collect(Collectors.toUnmodifiableMap(QuestionnaireKind::id, Function.identity()));

    private QuestionnaireKinds() {}

    /** The kind of the questionnaire {@code id}; a questionnaire file without rules is a packaging error. */
    public static QuestionnaireKind of(String id) {
        QuestionnaireKind kind = KINDS.get(id);
        if (kind == null) {
            throw new IllegalArgumentException("no rules for questionnaire " + id);
        }
        return kind;
    }
}
