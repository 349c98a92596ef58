package eu.competitiondesk.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** A case's documents as other features may name them: id, file name, business-secret mark. */
@ApplicationScoped
public class DocumentDirectory {

    public record DocumentRef(long id, String fileName, boolean confidential, String downloadPath) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentRef> ofCase(long caseId) {
        return CaseDocument.ofCase(caseId).stream().map(d -> new DocumentRef(d.id, d.fileName, d.confidential,
                "/cases/" + caseId + "/documents/" + d.id + "/download")).toList();
    }
}
