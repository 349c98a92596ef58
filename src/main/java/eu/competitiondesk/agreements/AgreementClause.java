package eu.competitiondesk.agreements;

import eu.competitiondesk.assessments.engine.ClauseHistory;
import eu.competitiondesk.assessments.engine.ClauseHistory.ClauseKind;
import eu.competitiondesk.assessments.engine.ExclusivityScreen.RestraintType;
import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One clause of an agreement: what it provides, the day from which it applies and its last day (none while it runs
 * on), the terms the rules read from it, and where it is known from: a case document with a pinpoint, or a public
 * source with its address and date ("as reported" where only the press describes it).
 */
@Entity
public class AgreementClause extends IdentifiedEntity {

    public static final int SUMMARY_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    public Agreement agreement;

    @Enumerated(EnumType.STRING)
    public ClauseKind kind;

    public String summary;

    public LocalDate effectiveFrom;

    public LocalDate effectiveTo;

    @Enumerated(EnumType.STRING)
    public RestraintType restraintType;

    @Column(name = "requirements_share")
    public BigDecimal requirementsShare;

    public Integer durationMonths;

    public Boolean tacitRenewal;

    public Boolean terminable;

    public BigDecimal stakePercent;

    public Long documentId;

    public String pinpoint;

    public String sourceTitle;

    public String sourceUrl;

    public LocalDate sourceDate;

    public boolean asReported;

    public boolean confidential;

    @Version
    public long version;

    /** The clause as the rules read it, known by its id. */
    public ClauseHistory.Clause dated() {
        return new ClauseHistory.Clause(
                Long.toString(id),
                kind,
                effectiveFrom,
                effectiveTo,
                new ClauseHistory.Terms(
                        restraintType, requirementsShare, durationMonths, tacitRenewal, terminable, stakePercent));
    }

    void take(ClauseDetails details) {
        kind = ClauseKind.valueOf(details.kind());
        summary = details.summary();
        effectiveFrom = LocalDate.parse(details.effectiveFrom());
        effectiveTo = details.effectiveTo() == null ? null : LocalDate.parse(details.effectiveTo());
        restraintType = details.restraintType() == null ? null : RestraintType.valueOf(details.restraintType());
        requirementsShare = details.requirementsShare() == null ? null : new BigDecimal(details.requirementsShare());
        durationMonths = details.durationMonths() == null ? null : Integer.valueOf(details.durationMonths());
        tacitRenewal = ClauseDetails.yesNo(details.tacitRenewal());
        terminable = ClauseDetails.yesNo(details.terminable());
        stakePercent = details.stakePercent() == null ? null : new BigDecimal(details.stakePercent());
        documentId = details.documentId() == null ? null : Long.valueOf(details.documentId());
        pinpoint = details.pinpoint();
        sourceTitle = details.sourceTitle();
        sourceUrl = details.sourceUrl();
        sourceDate = details.sourceDate() == null ? null : LocalDate.parse(details.sourceDate());
        asReported = details.asReported();
        confidential = details.confidential();
    }
}
