package eu.competitiondesk.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A case's documents as other features may name them: id, file name, business-secret mark. */
@ApplicationScoped
public class DocumentDirectory {

    public record DocumentRef(long id, String fileName, boolean confidential, String downloadPath) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentRef> ofCase(long caseId) {
        return CaseDocument.ofCase(caseId).stream()
                .map(d -> new DocumentRef(d.id, d.fileName, d.confidential, DocumentRoutes.download(caseId, d.id)))
                .toList();
    }

    /**
     * Of the documents {@code ids} of the case, those still there, each held until the transaction ends: a removal
     * started meanwhile waits, then finds the new citation and is refused. A document removed just before is
     * missing from the answer, and the citing form says so instead of failing on the database's reference check.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<Long> holdForCitation(long caseId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> held = CaseDocument.getEntityManager()
                .createNativeQuery(
                        "select id from case_document where case_id = :caseId and id in (:ids) for key share")
                .setParameter("caseId", caseId)
                .setParameter("ids", ids)
                .getResultList();
        return held.stream().map(Number::longValue).collect(Collectors.toUnmodifiableSet());
    }
}
