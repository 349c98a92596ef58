package eu.competitiondesk.agreements;

import eu.competitiondesk.assessments.engine.ClauseHistory;
import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.documents.DocumentDirectory;
import eu.competitiondesk.platform.FormVersions;
import eu.competitiondesk.platform.InvalidCommand;
import eu.competitiondesk.platform.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records agreements and their clauses, each change once and with one audit event. The audit names the clause's kind
 * and dates, never its words, which may be secret.
 */
@ApplicationScoped
public class AgreementService {

    @Inject
    AuditTrail audit;

    @Inject
    DocumentDirectory documents;

    @Inject
    AgreementMessages msg;

    @Inject
    Clock clock;

    @Transactional
    public long create(long caseId, AgreementDetails details) {
        if (Agreement.count("caseId = ?1 and lower(title) = lower(?2)", caseId, details.title()) > 0) {
            throw new InvalidCommand(Map.of("title", msg.agreement_title_taken()));
        }
        Agreement agreement = new Agreement();
        agreement.caseId = caseId;
        agreement.title = details.title();
        agreement.parties = details.parties();
        agreement.createdAt = OffsetDateTime.now(clock);
        try {
            agreement.persistAndFlush();
        } catch (PersistenceException e) {
            // The same name recorded a moment before by another officer: the unique key says so.
            throw new InvalidCommand(Map.of("title", msg.agreement_title_taken()));
        }
        audit.record(caseId, AuditAction.AGREEMENT_CREATED, "Recorded agreement \"" + agreement.title + "\"");
        return agreement.id;
    }

    /** Adds the clause; the agreement is locked meanwhile so two clauses of one day are checked against each other. */
    @Transactional
    public AgreementClause addClause(long agreementId, ClauseDetails details) {
        Agreement agreement = locked(agreementId);
        AgreementClause clause = new AgreementClause();
        clause.agreement = agreement;
        check(agreement, null, details);
        clause.take(details);
        agreement.clauses.add(clause);
        clause.persist();
        audit.record(
                agreement.caseId,
                AuditAction.AGREEMENT_CLAUSE_ADDED,
                "Added " + words(clause) + " to agreement \"" + agreement.title + "\"");
        return clause;
    }

    /** Corrects the clause as loaded ({@code details.version()}); another officer's change since is a conflict. */
    @Transactional
    public AgreementClause changeClause(long agreementId, long clauseId, ClauseDetails details) {
        Agreement agreement = locked(agreementId);
        AgreementClause clause = FormVersions.lockedAt(
                AgreementClause.class,
                clauseId,
                FormVersions.parse(details.version()),
                c -> c.version,
                StaleVersionException::new);
        check(agreement, clause, details);
        clause.take(details);
        audit.record(
                agreement.caseId,
                AuditAction.AGREEMENT_CLAUSE_CHANGED,
                "Corrected " + words(clause) + " of agreement \"" + agreement.title + "\"");
        return clause;
    }

    @Transactional
    public String removeClause(long agreementId, long clauseId) {
        Agreement agreement = locked(agreementId);
        AgreementClause clause = agreement.clause(clauseId).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        String words = words(clause);
        agreement.clauses.remove(clause);
        audit.record(
                agreement.caseId,
                AuditAction.AGREEMENT_CLAUSE_REMOVED,
                "Removed " + words + " from agreement \"" + agreement.title + "\"");
        return words;
    }

    /**
     * What the fields alone cannot tell: a source given, a last day not before the first, a document of this case
     * (held against removal until the transaction ends), and no clause from the same day setting a term differently.
     */
    private void check(Agreement agreement, AgreementClause replaced, ClauseDetails details) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = LocalDate.parse(details.effectiveFrom());
        if (details.effectiveTo() != null
                && LocalDate.parse(details.effectiveTo()).isBefore(from)) {
            errors.put("effectiveTo", msg.clause_to_before_from());
        }
        if (details.documentId() == null && details.sourceTitle() == null) {
            errors.put("sourceTitle", msg.clause_source_required());
        }
        if (details.documentId() != null) {
            long document = Long.parseLong(details.documentId());
            Set<Long> held = documents.holdForCitation(agreement.caseId, List.of(document));
            if (!held.contains(document)) {
                errors.put("documentId", msg.clause_document_unknown());
            }
        }
        boolean recorded = agreement.clauses.stream()
                .filter(c -> c != replaced)
                .anyMatch(c -> c.kind.name().equals(details.kind())
                        && c.effectiveFrom.equals(from)
                        && java.util.Objects.equals(
                                c.effectiveTo,
                                details.effectiveTo() == null ? null : LocalDate.parse(details.effectiveTo()))
                        && c.summary.equals(details.summary()));
        if (recorded) {
            // The same clause sent twice (a double click): the agreement was locked, so the second sees the first.
            errors.put("summary", msg.clause_already_recorded());
        }
        if (errors.isEmpty()) {
            AgreementClause probe = new AgreementClause();
            probe.id = replaced == null ? 0L : replaced.id;
            probe.take(details);
            List<ClauseHistory.Clause> others = new ArrayList<>();
            agreement.clauses.stream().filter(c -> c != replaced).forEach(c -> others.add(c.dated()));
            others.add(probe.dated());
            ClauseHistory.faults(others, "clauses").stream()
                    .filter(f -> f.field().startsWith("clauses[" + (others.size() - 1) + "].terms."))
                    .findFirst()
                    .ifPresent(f -> errors.put("effectiveFrom", msg.clause_same_day_clash()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidCommand(errors);
        }
    }

    /** The agreement, locked until the transaction ends: its clauses change one writer at a time. */
    private static Agreement locked(long agreementId) {
        Agreement agreement = Agreement.getEntityManager()
                .find(Agreement.class, agreementId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (agreement == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return agreement;
    }

    private String words(AgreementClause clause) {
        return msg.clauseKind(clause.kind).toLowerCase(java.util.Locale.ROOT) + " clause from " + clause.effectiveFrom
                + (clause.effectiveTo == null ? "" : " to " + clause.effectiveTo);
    }
}
