package eu.competitiondesk.audit;

import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A filtered page of the audit trail, newest first, for one case or for the whole installation. */
public record AuditSearch(Long caseId, String actor, String action, LocalDate from, LocalDate to, int page) {

    public static final int PAGE_SIZE = 50;

    /** One page of events, plus one more to know whether a next page exists. */
    public List<AuditEvent> run() {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (caseId != null) {
            conditions.add("caseId = :caseId");
            parameters.and("caseId", caseId);
        }
        if (actor != null) {
            conditions.add("lower(actor) = lower(:actor)");
            parameters.and("actor", actor);
        }
        if (action != null) {
            conditions.add("action = :action");
            parameters.and("action", action);
        }
        ZoneId zone = ZoneId.systemDefault();
        if (from != null) {
            conditions.add("occurredAt >= :from");
            parameters.and("from", from.atStartOfDay(zone).toOffsetDateTime());
        }
        if (to != null) {
            conditions.add("occurredAt < :to");
            parameters.and("to", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        String where = conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ";
        return AuditEvent.<AuditEvent>find(where + "order by occurredAt desc, id desc", parameters)
                .range(page * PAGE_SIZE, page * PAGE_SIZE + PAGE_SIZE).list();
    }

    /** The actions recorded so far, for the filter's choices. */
    public static List<String> knownActions() {
        return AuditEvent.getEntityManager()
                .createQuery("select distinct e.action from AuditEvent e order by e.action", String.class)
                .getResultList();
    }
}
