package eu.competitiondesk.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A conclusion's reasons are stored with the report's content; content of earlier versions must still read back. */
class ReasonLineTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aReasonKeepsItsSourceApartThroughStorage() throws Exception {
        AssessmentFindings.ReasonLine reason =
                new AssessmentFindings.ReasonLine("The supplier's share is above 30%", "VBER Art. 3(1)");
        String stored = json.writeValueAsString(reason);
        assertEquals(reason, json.readValue(stored, AssessmentFindings.ReasonLine.class));
        assertEquals("The supplier's share is above 30% (VBER Art. 3(1))", reason.line());
    }

    @Test
    void aReasonStoredAsOneLineReadsBackAsTextWithoutSource() throws Exception {
        List<AssessmentFindings.ReasonLine> read = List.of(json.readValue(
                "[\"The supplier's share is above 30% (VBER Art. 3(1))\"]", AssessmentFindings.ReasonLine[].class));
        assertEquals(
                "The supplier's share is above 30% (VBER Art. 3(1))",
                read.get(0).text());
        assertNull(read.get(0).source());
        assertEquals(read.get(0).text(), read.get(0).line());
    }
}
