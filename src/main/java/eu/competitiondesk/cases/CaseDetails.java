package eu.competitiondesk.cases;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.IsoDate;
import eu.competitiondesk.platform.validation.OneOf;
import eu.competitiondesk.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The command to open a case or change its core fields, as the create and edit pages post it, as the JSON API
 * receives it and as the case import and the demo data build it. Values stay text so that a wrong one is shown back
 * as typed; they are normalised on construction (trimmed, reference in upper case, blanks as null) so that every
 * entry point validates the same values with the same constraints.
 */
@Schema(name = "CaseDetails", description = "The core fields of a case, to open one")
public record CaseDetails(
        @RestForm
        @NotBlank(message = "{desk.case.reference.required}")
        @Pattern(regexp = CaseReference.PATTERN, message = "{desk.case.reference.invalid}")
        @Schema(example = "AT.40987", required = true)
        String reference,

        @RestForm
        @NotBlank(message = "{desk.case.title.required}")
        @Size(max = CaseFile.TITLE_MAX, message = "{desk.too.long}")
        @PlainText
        @Schema(required = true, maxLength = CaseFile.TITLE_MAX)
        String title,

        @RestForm
        @NotBlank(message = "{desk.case.type.required}")
        @OneOf(CaseType.class)
        @Schema(
                enumeration = {"DMA_DESIGNATION", "ARTICLE_101", "ARTICLE_102", "MERGER", "MARKET_INVESTIGATION"},
                required = true)
        String type,

        @RestForm
        @IsoDate
        @Schema(description = "YYYY-MM-DD, years 1950 to 2200; today when absent", example = "2025-01-21")
        String openedOn,

        @RestForm
        @Size(max = CaseFile.SUMMARY_MAX, message = "{desk.too.long}")
        @PlainText(multiline = true)
        @Schema(maxLength = CaseFile.SUMMARY_MAX)
        String summary) {

    public CaseDetails {
        reference = FormText.trimToNull(CaseReference.normalise(reference));
        title = FormText.trimToNull(title);
        type = FormText.trimToNull(type);
        openedOn = FormText.trimToNull(openedOn);
        summary = summary == null || summary.isBlank() ? null : summary.strip();
    }

    /** The values of a case as it stands, for its edit form. */
    public static CaseDetails of(CaseFile caseFile) {
        return new CaseDetails(
                caseFile.reference,
                caseFile.title,
                caseFile.type.name(),
                caseFile.openedOn.toString(),
                caseFile.summary);
    }

    /** An empty create form, opened today. */
    public static CaseDetails blank(LocalDate today) {
        return new CaseDetails(null, null, null, today.toString(), null);
    }

    /** The case type; call only after validation passed. */
    CaseType caseType() {
        return CaseType.valueOf(type);
    }

    /** The opening date, or {@code today} when none was given; call only after validation passed. */
    LocalDate openedOnOr(LocalDate today) {
        return openedOn == null ? today : LocalDate.parse(openedOn);
    }
}
