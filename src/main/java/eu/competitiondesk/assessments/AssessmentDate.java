package eu.competitiondesk.assessments;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.IsoDate;
import jakarta.validation.constraints.Pattern;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The command to assess an assessment as at a day, reading some answers from an agreement of the case as it stood
 * then; both empty: the officer's answers alone. The version is the assessment's as the page was loaded.
 */
public record AssessmentDate(
        @RestForm @Pattern(regexp = "^[0-9]{1,18}$", message = "{desk.choose}")
        String agreementId,

        @RestForm @IsoDate String asOf,
        @RestForm String version) {

    public AssessmentDate {
        agreementId = FormText.trimToNull(agreementId);
        asOf = FormText.trimToNull(asOf);
    }
}
