package eu.competitiondesk.agreements;

import eu.competitiondesk.assessments.AgreementHistory;
import eu.competitiondesk.documents.DocumentDirectory;
import eu.competitiondesk.documents.DocumentUse;
import eu.competitiondesk.export.Redaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a case's agreements for other features: as dated clauses for assessments made as at a day, as timelines for
 * the report, and as the uses of a document that may not be removed while a clause cites it. Callers have passed the
 * case's access check already.
 */
@ApplicationScoped
public class AgreementDirectory implements AgreementHistory, DocumentUse {

    @Inject
    DocumentDirectory documents;

    @Inject
    AgreementMessages msg;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgreementRef> ofCase(long caseId) {
        return Agreement.ofCase(caseId).stream()
                .map(a -> new AgreementRef(a.id, a.title))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DatedClause> clauses(long caseId, long agreementId) {
        return Agreement.inCase(caseId, agreementId)
                .map(a -> a.clauses.stream()
                        .map(c -> new DatedClause(
                                c.dated(), msg.clauseKind(c.kind), AgreementTimeline.period(c, msg), c.confidential))
                        .toList())
                .orElse(List.of());
    }

    /** An agreement as the commands that would record it again, for the case export. */
    public record AgreementRecord(long id, AgreementDetails details, List<ClauseDetails> clauses) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgreementRecord> records(long caseId) {
        return Agreement.ofCase(caseId).stream()
                .map(a -> new AgreementRecord(
                        a.id,
                        new AgreementDetails(a.title, a.parties),
                        a.clauses.stream().map(ClauseDetails::of).toList()))
                .toList();
    }

    /** Every agreement of the case over time, as an edition shows it ({@code policy}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgreementTimeline> timelines(long caseId, Redaction.Policy policy) {
        Map<Long, DocumentDirectory.DocumentRef> byId = new HashMap<>();
        documents.ofCase(caseId).forEach(d -> byId.put(d.id(), d));
        return Agreement.ofCase(caseId).stream()
                .map(a -> AgreementTimeline.of(a, byId, msg, policy))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> usesOf(long documentId) {
        List<AgreementClause> citing = AgreementClause.list("documentId", documentId);
        return citing.stream()
                .map(c -> "Agreement \"" + c.agreement.title + "\", "
                        + msg.clauseKind(c.kind).toLowerCase(java.util.Locale.ROOT) + " clause from "
                        + AgreementTimeline.day(c.effectiveFrom))
                .toList();
    }
}
