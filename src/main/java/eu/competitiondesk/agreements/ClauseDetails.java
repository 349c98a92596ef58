package eu.competitiondesk.agreements;

import eu.competitiondesk.assessments.engine.ClauseHistory.ClauseKind;
import eu.competitiondesk.assessments.engine.ExclusivityScreen.RestraintType;
import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.IsoDate;
import eu.competitiondesk.platform.validation.OneOf;
import eu.competitiondesk.platform.validation.PlainText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The command to record a clause of an agreement or correct it (with the version the form was loaded from). Each
 * field is checked here; what spans fields (a source given, the last day not before the first, the document the
 * case's, no clash with a clause of the same day) by {@link AgreementService}. Values stay text so a wrong one is
 * shown back as typed.
 */
public record ClauseDetails(
        @RestForm @NotBlank(message = "{desk.choose}") @OneOf(ClauseKind.class)
        String kind,

        @RestForm
        @NotBlank(message = "{desk.agreement.clause.summary.required}")
        @Size(max = AgreementClause.SUMMARY_MAX, message = "{desk.too.long}")
        @PlainText(multiline = true)
        String summary,

        @RestForm @NotBlank(message = "{desk.agreement.clause.from.required}") @IsoDate
        String effectiveFrom,

        @RestForm @IsoDate String effectiveTo,

        @RestForm @OneOf(RestraintType.class) String restraintType,

        @RestForm
        @Pattern(regexp = PERCENT, message = "{desk.share.invalid}")
        @DecimalMax(value = "100", message = "{desk.share.invalid}")
        String requirementsShare,

        @RestForm @Pattern(regexp = "^[0-9]{1,4}$", message = "{desk.agreement.clause.months.invalid}")
        String durationMonths,

        @RestForm @Pattern(regexp = "^(yes|no)$", message = "{desk.choose}")
        String tacitRenewal,

        @RestForm @Pattern(regexp = "^(yes|no)$", message = "{desk.choose}")
        String terminable,

        @RestForm
        @Pattern(regexp = PERCENT, message = "{desk.share.invalid}")
        @DecimalMax(value = "100", message = "{desk.share.invalid}")
        String stakePercent,

        @RestForm @Pattern(regexp = "^[0-9]{1,18}$", message = "{desk.choose}")
        String documentId,

        @RestForm @Size(max = 200, message = "{desk.too.long}") @PlainText
        String pinpoint,

        @RestForm @Size(max = 500, message = "{desk.too.long}") @PlainText
        String sourceTitle,

        @RestForm
        @Size(max = 1000, message = "{desk.too.long}")
        @Pattern(regexp = "^https?://[^\\s]+$", message = "{desk.agreement.clause.url.invalid}")
        String sourceUrl,

        @RestForm @IsoDate String sourceDate,

        @RestForm boolean asReported,

        @RestForm boolean confidential,

        @RestForm String version) {

    static final String PERCENT = "^[0-9]{1,3}(\\.[0-9]{1,4})?$";

    public ClauseDetails {
        kind = FormText.trimToNull(kind);
        summary = FormText.trimToNull(summary);
        effectiveFrom = FormText.trimToNull(effectiveFrom);
        effectiveTo = FormText.trimToNull(effectiveTo);
        restraintType = FormText.trimToNull(restraintType);
        requirementsShare = FormText.trimToNull(requirementsShare);
        durationMonths = FormText.trimToNull(durationMonths);
        tacitRenewal = FormText.trimToNull(tacitRenewal);
        terminable = FormText.trimToNull(terminable);
        stakePercent = FormText.trimToNull(stakePercent);
        documentId = FormText.trimToNull(documentId);
        pinpoint = FormText.trimToNull(pinpoint);
        sourceTitle = FormText.trimToNull(sourceTitle);
        sourceUrl = FormText.trimToNull(sourceUrl);
        sourceDate = FormText.trimToNull(sourceDate);
    }

    static ClauseDetails blank() {
        return new ClauseDetails(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, false, false,
                null);
    }

    static ClauseDetails of(AgreementClause c) {
        return new ClauseDetails(
                c.kind.name(),
                c.summary,
                c.effectiveFrom.toString(),
                c.effectiveTo == null ? null : c.effectiveTo.toString(),
                c.restraintType == null ? null : c.restraintType.name(),
                c.requirementsShare == null ? null : c.requirementsShare.toPlainString(),
                c.durationMonths == null ? null : c.durationMonths.toString(),
                c.tacitRenewal == null ? null : c.tacitRenewal ? "yes" : "no",
                c.terminable == null ? null : c.terminable ? "yes" : "no",
                c.stakePercent == null ? null : c.stakePercent.toPlainString(),
                c.documentId == null ? null : c.documentId.toString(),
                c.pinpoint,
                c.sourceTitle,
                c.sourceUrl,
                c.sourceDate == null ? null : c.sourceDate.toString(),
                c.asReported,
                c.confidential,
                Long.toString(c.version));
    }

    /** "yes", "no", or nothing (not known). */
    static Boolean yesNo(String answer) {
        return answer == null ? null : answer.equals("yes");
    }
}
