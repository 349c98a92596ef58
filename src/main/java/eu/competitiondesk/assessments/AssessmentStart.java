package eu.competitiondesk.assessments;

import eu.competitiondesk.platform.FormText;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The command to start an assessment of a case: which questionnaire, and a title (the questionnaire's own when none
 * is given). The page starts the latest version of the questionnaire; a case import names the version it was
 * answered on ({@code questionnaireVersion}, null for the latest).
 */
public record AssessmentStart(
        @RestForm("questionnaire") String questionnaireId,

        @RestForm @Size(max = 200, message = "{desk.too.long}")
        String title,

        @RestForm Integer questionnaireVersion) {

    public AssessmentStart {
        questionnaireId = FormText.trimToNull(questionnaireId);
        title = FormText.trimToNull(title);
    }
}
