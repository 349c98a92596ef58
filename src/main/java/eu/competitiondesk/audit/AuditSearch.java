package eu.competitiondesk.audit;

import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A filtered page of the audit trail, newest first, for one case or for the whole installation. */
public record AuditSearch(Long caseId, String actor, AuditAction action, LocalDate from, LocalDate to) {

    public static final int PAGE_SIZE = 50;

    /** The highest page number asked of the database; beyond it a row offset would not fit the query's int. */
    public static final int MAX_PAGE = (Integer.MAX_VALUE - 2 * PAGE_SIZE) / PAGE_SIZE;

    /** One page of events and whether a next page exists. */
    public record Page(int number, List<AuditEvent> events, boolean hasNext) {}

    /**
     * The page asked for (counted from 0), or the last page when the trail ends before it: a page number typed or
     * kept in a link from a longer trail still shows events, never an empty page or a failure.
     */
    public Page page(int wanted) {
        int number = Math.max(0, Math.min(wanted, MAX_PAGE));
        List<AuditEvent> events = run(number);
        if (events.isEmpty() && number > 0) {
            long count = AuditEvent.count(where().query(), where().parameters());
            number = count == 0 ? 0 : (int) ((count - 1) / PAGE_SIZE);
            events = run(number);
        }
        boolean hasNext = events.size() > PAGE_SIZE;
        return new Page(number, hasNext ? events.subList(0, PAGE_SIZE) : events, hasNext);
    }

    /** One page of events, plus one more to know whether a next page exists. */
    private List<AuditEvent> run(int page) {
        Condition where = where();
        String query = where.query().isEmpty() ? "" : where.query() + " ";
        return AuditEvent.<AuditEvent>find(query + "order by occurredAt desc, id desc", where.parameters())
                .range(page * PAGE_SIZE, page * PAGE_SIZE + PAGE_SIZE)
                .list();
    }

    private record Condition(String query, Parameters parameters) {}

    private Condition where() {
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
        return new Condition(String.join(" and ", conditions), parameters);
    }

    /** The actions recorded so far, for the filter's choices. */
    public static List<AuditAction> knownActions() {
        return AuditEvent.getEntityManager()
                .createQuery("select distinct e.action from AuditEvent e order by e.action", AuditAction.class)
                .getResultList();
    }
}
