package eu.competitiondesk.reasoning;

import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.platform.InvalidCommand;
import eu.competitiondesk.platform.validation.PlainText;
import eu.competitiondesk.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Saves the officer's passages as a new revision, once, from the revision the officer was looking at. */
@ApplicationScoped
public class OfficerTextService {

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    ReasoningMessages msg;

    /** Another save landed since the form was loaded; the page shows the text in force beside the typed one. */
    public static final class Conflict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Conflict() {
            super("officer text changed", null, false, false);
        }
    }

    /** The revision in force and its passages; revision 0 when nothing is written yet. */
    public record Current(int revision, List<Passage> passages) {}

    public Current current(long caseId, String anchor) {
        return OfficerText.current(caseId, anchor)
                .map(t -> new Current(t.revision, t.passageList()))
                .orElse(new Current(0, List.of()));
    }

    /**
     * Saves the passages as the next revision. Refused with the fields at fault when a passage is too long or holds
     * characters no one types; refused as a conflict when another save landed since {@code base} (the unique key
     * holds that too when two land at once). The audit trail names the anchor and the number of passages, not their
     * words, which may be secret.
     */
    @Transactional
    public int save(long caseId, String anchor, OfficerAssessment command) {
        List<Passage> passages = command.typed();
        Map<String, String> errors = new LinkedHashMap<>();
        if (passages.size() > OfficerAssessment.PASSAGES_MAX) {
            errors.put("passage-1", msg.too_many_passages(OfficerAssessment.PASSAGES_MAX));
        }
        for (int i = 0; i < command.passages().size(); i++) {
            String text = command.passages().get(i);
            if (text != null && text.length() > OfficerAssessment.PASSAGE_MAX) {
                errors.put("passage-" + (i + 1), msg.passage_too_long(OfficerAssessment.PASSAGE_MAX));
            } else if (text != null && PlainText.Validator.hasUntypable(text, true)) {
                errors.put("passage-" + (i + 1), msg.passage_untypable());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidCommand(errors);
        }
        OfficerText now = OfficerText.current(caseId, anchor).orElse(null);
        int inForce = now == null ? 0 : now.revision;
        if (inForce != command.baseRevision()) {
            throw new Conflict();
        }
        OfficerText next = new OfficerText();
        next.caseId = caseId;
        next.anchor = anchor;
        next.revision = inForce + 1;
        next.passages = OfficerText.json(passages);
        next.savedBy = currentUser.getUsername();
        next.savedAt = OffsetDateTime.now(clock);
        try {
            next.persist();
            OfficerText.flush();
        } catch (PersistenceException e) {
            // Another save from the same revision landed first.
            throw new Conflict();
        }
        audit.record(
                caseId,
                AuditAction.OFFICER_TEXT_SAVED,
                "Saved the officer's assessment under " + anchor + " as revision " + next.revision + ", "
                        + passages.size() + " passage(s), "
                        + passages.stream().filter(Passage::confidential).count() + " confidential");
        return next.revision;
    }
}
