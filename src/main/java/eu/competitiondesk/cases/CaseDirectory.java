package eu.competitiondesk.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** The usernames of a case's team, each with their role on it, in the order they joined. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, TeamRole> team(long caseId) {
        Map<String, TeamRole> team = new LinkedHashMap<>();
        TeamMember.<TeamMember>find("caseFile.id = ?1 order by id", caseId)
                .list()
                .forEach(m -> team.put(m.user.username, m.teamRole));
        return team;
    }

    /** A key date of a case, with the case it belongs to. */
    public record CaseKeyDate(long keyDateId, CaseHeading caseFile, CaseRecord.KeyDateLine date) {}

    /**
     * The key dates of every case of which the user is a team member and which is not closed, by date: the
     * officer's own deadlines across cases (the team is the access rule, so no second check is needed).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseKeyDate> keyDatesOfMember(long userId) {
        return keyDates(KeyDate.<KeyDate>find(
                        "select k from KeyDate k join fetch k.caseFile c where c.status <> ?2"
                                + " and exists (select 1 from TeamMember m where m.caseFile = c and m.user.id = ?1)"
                                + " order by k.dueOn, c.reference, k.id",
                        userId,
                        CaseStatus.CLOSED)
                .list());
    }

    /** The key dates of one case, by date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseKeyDate> keyDatesOfCase(long caseId) {
        return keyDates(KeyDate.<KeyDate>find(
                        "select k from KeyDate k join fetch k.caseFile c where c.id = ?1 order by k.dueOn, k.id",
                        caseId)
                .list());
    }

    private static List<CaseKeyDate> keyDates(List<KeyDate> dates) {
        return dates.stream()
                .map(k -> new CaseKeyDate(
                        k.id,
                        CaseHeading.of(k.caseFile),
                        new CaseRecord.KeyDateLine(k.label, k.kind, k.dueOn, k.legalBasis)))
                .toList();
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
