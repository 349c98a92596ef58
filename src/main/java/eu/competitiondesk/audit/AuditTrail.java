package eu.competitiondesk.audit;

import eu.competitiondesk.platform.ChangeRecorded;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.function.Supplier;

/** Writes audit events inside the caller's transaction, so a change and its record commit or fail together. */
@ApplicationScoped
public class AuditTrail {

    /** The actor recorded for changes made by the application itself (first start, demo data). */
    public static final String SYSTEM = "system";

    @Inject
    SecurityIdentity identity;

    @Inject
    Event<ChangeRecorded> changes;

    /**
     * Records a change the signed-in user made, in the caller's transaction. Observers of {@link ChangeRecorded} act in
     * the same transaction: the form that asked for the change is marked as sent, so sending it again changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Long caseId, AuditAction action, String summary) {
        if (FOLDING.get() != null) {
            return;
        }
        recordAs(actor(), caseId, action, summary);
        changes.fire(new ChangeRecorded(caseId, action.name()));
    }

    /**
     * Runs a change made of other changes (a case import, the demo case) so that it is one event in the trail: the
     * events its parts would record are left out, and the caller records the one that says what happened.
     */
    public <T> T withinOneEvent(Supplier<T> change) {
        if (FOLDING.get() != null) {
            return change.get();
        }
        FOLDING.set(Boolean.TRUE);
        try {
            return change.get();
        } finally {
            FOLDING.remove();
        }
    }

    /** Set while a composite change runs on this thread; its transaction and its parts run on the same thread. */
    private static final ThreadLocal<Boolean> FOLDING = new ThreadLocal<>();

    /**
     * Records a refused request in a transaction of its own, so the record stays even though the request fails.
     * {@code caseId} is given only for a case that exists; the summary names what was asked for.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordDenied(Long caseId, String summary) {
        recordAs(actor(), caseId, AuditAction.ACCESS_DENIED, summary);
    }

    /** Who a change is recorded for: the signed-in user, or the application itself. */
    public String actor() {
        return identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, Long caseId, AuditAction action, String summary) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = OffsetDateTime.now();
        event.actor = actor;
        event.caseId = caseId;
        event.action = action;
        event.summary = summary.length() > 2000 ? summary.substring(0, 1997) + "..." : summary;
        event.persist();
    }
}
