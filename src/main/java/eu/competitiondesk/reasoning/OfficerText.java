package eu.competitiondesk.reasoning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.Entity;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One revision of the officer's passages under an anchor of a case; the database refuses any update, so the
 * earlier revisions are the text's history.
 */
@Entity
public class OfficerText extends IdentifiedEntity {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Long caseId;

    public String anchor;

    public int revision;

    /** The passages as JSON: [{"text": ..., "confidential": ...}]. */
    public String passages;

    public String savedBy;

    public OffsetDateTime savedAt;

    public List<Passage> passageList() {
        try {
            return JSON.readValue(passages, new TypeReference<List<Passage>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("officer text " + id + " is unreadable", e);
        }
    }

    static String json(List<Passage> passages) {
        try {
            return JSON.writeValueAsString(passages);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<OfficerText> current(long caseId, String anchor) {
        return find("caseId = ?1 and anchor = ?2 order by revision desc", caseId, anchor)
                .firstResultOptional();
    }

    /** The text in force under each anchor of the case. */
    static Map<String, OfficerText> currentOfCase(long caseId) {
        Map<String, OfficerText> current = new LinkedHashMap<>();
        OfficerText.<OfficerText>list(
                        "from OfficerText t where t.caseId = ?1 and t.revision = (select max(l.revision) from"
                                + " OfficerText l where l.caseId = t.caseId and l.anchor = t.anchor) order by t.anchor",
                        caseId)
                .forEach(t -> current.put(t.anchor, t));
        return current;
    }
}
