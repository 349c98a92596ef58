package eu.competitiondesk.assessments;

import eu.competitiondesk.platform.Commands;
import java.util.List;

/**
 * The command to save one section of an assessment: the answers as typed, each with its evidence note, its secret
 * mark and the documents it cites, and the version of the assessment the page was loaded from. The questionnaire's
 * own answer types check it when it is handled ({@link AssessmentService#saveSection}): which checks apply depends on
 * the question, so they are not annotations here. A case import sends the answers it brings, the page every question
 * it shows.
 */
public record SectionAnswers(String sectionId, String version, List<Answer> answers) {

    public SectionAnswers {
        answers = Commands.listOf(answers);
    }

    /** One question's answer as typed: its values (one, one per year, or the options chosen). */
    public record Answer(
            String questionId, List<String> values, String evidence, boolean confidential, List<Cited> citations) {

        public Answer {
            values = values == null
                    ? List.of()
                    : values.stream().map(v -> v == null ? "" : v.strip()).toList();
            evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
            citations = Commands.listOf(citations);
        }
    }

    /** A document of the case file cited, by its id as posted, and the place in it (page, paragraph, annex). */
    public record Cited(String documentId, String pinpoint) {

        public Cited {
            pinpoint = pinpoint == null || pinpoint.isBlank() ? null : pinpoint.strip();
        }
    }
}
