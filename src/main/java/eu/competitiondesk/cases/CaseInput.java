package eu.competitiondesk.cases;

import eu.competitiondesk.web.FormText;
import eu.competitiondesk.web.validation.IsoDate;
import eu.competitiondesk.web.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The core fields of a case as typed by a user, from the JSON API or from {@link CaseForm}, kept as text so that a
 * wrong value can be shown back as typed. Validation rules live here once for both.
 */
@Schema(name = "CaseInput", description = "Fields to open a case")
public class CaseInput {

    /** Field order on the page, for the error summary. */
    public static final List<String> FIELDS = List.of("reference", "title", "type", "openedOn", "summary");

    @NotBlank(message = "{desk.case.reference.required}")
    @Pattern(regexp = CaseReference.PATTERN, message = "{desk.case.reference.invalid}")
    @Schema(example = "AT.40987", required = true)
    public String reference;

    @NotBlank(message = "{desk.case.title.required}")
    @Size(max = 300, message = "{desk.too.long}")
    @Schema(required = true)
    public String title;

    @NotBlank(message = "{desk.case.type.required}")
    @OneOf(CaseType.class)
    @Schema(enumeration = {"DMA_DESIGNATION", "ARTICLE_101", "ARTICLE_102", "MERGER", "MARKET_INVESTIGATION"},
            required = true)
    public String type;

    @IsoDate
    @Schema(description = "YYYY-MM-DD; today when absent", example = "2025-01-21")
    public String openedOn;

    @Size(max = 4000, message = "{desk.too.long}")
    public String summary;

    /**
     * Trims the text fields, upper-cases the reference and turns blanks into null, so that an empty field gets the
     * one "enter a value" message rather than a format message too. Call before validating.
     */
    public CaseInput normalised() {
        reference = FormText.trimToNull(CaseReference.normalise(reference));
        title = FormText.trimToNull(title);
        type = FormText.trimToNull(type);
        openedOn = FormText.trimToNull(openedOn);
        summary = summary == null || summary.isBlank() ? null : summary.strip();
        return this;
    }

    /** The validated values; call only after validation passed. */
    public CaseDetails toDetails(LocalDate today) {
        LocalDate opened = openedOn == null || openedOn.isEmpty() ? today : LocalDate.parse(openedOn);
        return new CaseDetails(reference, title, CaseType.valueOf(type), opened, summary);
    }

    public static CaseInput of(CaseFile caseFile) {
        CaseInput input = new CaseInput();
        input.reference = caseFile.reference;
        input.title = caseFile.title;
        input.type = caseFile.type.name();
        input.openedOn = caseFile.openedOn.toString();
        input.summary = caseFile.summary;
        return input;
    }
}
