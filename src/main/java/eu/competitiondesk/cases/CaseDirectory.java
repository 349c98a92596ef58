package eu.competitiondesk.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;

/**
 * Reads a case for other features as values ({@link CaseRecord}): callers have passed {@link CaseAccess} already (a
 * case-scoped route), so no second check happens here.
 */
@ApplicationScoped
public class CaseDirectory {

    /** Whether a case has the reference already. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean referenceTaken(String reference) {
        return CaseFile.findByReference(reference).isPresent();
    }

    /** The case with its parts; notes only when asked for (a case may hold thousands). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseRecord record(long caseId, boolean withNotes) {
        CaseFile c = CaseFile.findById(caseId);
        if (c == null) {
            throw new NotFoundException();
        }
        return new CaseRecord(
                CaseHeading.of(c),
                c.openedOn,
                c.summary,
                c.parties.stream()
                        .map(p -> new CaseRecord.PartyLine(p.name, p.role))
                        .toList(),
                c.keyDates.stream()
                        .map(k -> new CaseRecord.KeyDateLine(k.label, k.kind, k.dueOn, k.legalBasis))
                        .toList(),
                withNotes
                        ? c.notes.stream()
                                .map(n -> new CaseRecord.NoteLine(n.author.fullName, n.createdAt, n.body))
                                .toList()
                        : List.of());
    }
}
