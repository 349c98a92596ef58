package eu.competitiondesk.reasoning;

import eu.competitiondesk.platform.FormText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The officer's passages under one anchor, as the form posts them: the revision the form was loaded with, each
 * passage's text (an empty one is dropped) and the numbers (from 1) of those ticked "Confidential passage".
 */
public record OfficerAssessment(
        @RestForm
        @NotNull(message = "{desk.reasoning.revision}")
        @Pattern(regexp = "\\d{1,9}", message = "{desk.reasoning.revision}")
        String revision,

        @RestForm("passage") List<String> passages,

        @RestForm("confidential") List<String> confidential) {

    /** The longest passage kept. */
    static final int PASSAGE_MAX = 5000;

    /** The most passages under one anchor. */
    static final int PASSAGES_MAX = 30;

    public OfficerAssessment {
        revision = FormText.trimToNull(revision);
        passages = passages == null ? List.of() : passages;
        confidential = confidential == null ? List.of() : confidential;
    }

    int baseRevision() {
        return Integer.parseInt(revision);
    }

    /** The passages as typed, each with its tick; blank ones dropped, line breaks inside one kept. */
    List<Passage> typed() {
        Set<String> ticked = Set.copyOf(confidential);
        List<Passage> typed = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            String text = passages.get(i) == null ? "" : passages.get(i).strip();
            if (!text.isEmpty()) {
                typed.add(new Passage(text, ticked.contains(Integer.toString(i + 1))));
            }
        }
        return typed;
    }
}
