package eu.competitiondesk.assessments;

import eu.competitiondesk.assessments.questionnaire.Questionnaire;
import eu.competitiondesk.assessments.questionnaire.QuestionnaireCatalog;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Optional;

/** The shipped questionnaires, read and checked at start. */
@ApplicationScoped
@Startup
public class Questionnaires {

    private final QuestionnaireCatalog catalog = QuestionnaireCatalog.load(Questionnaires.class.getClassLoader());

    public Questionnaire of(Assessment assessment) {
        return catalog.get(assessment.questionnaireId, assessment.questionnaireVersion)
                .orElseThrow(() -> new IllegalStateException("questionnaire " + assessment.questionnaireId + " v"
                        + assessment.questionnaireVersion + " is no longer shipped"));
    }

    /** The questionnaire at exactly this version, when this installation ships it. */
    public Optional<Questionnaire> find(String id, int version) {
        return id == null ? Optional.empty() : catalog.get(id, version);
    }

    public List<Questionnaire> available() {
        return catalog.latest();
    }

    public Questionnaire latest(String id) {
        return catalog.latest(id).orElseThrow(NotFoundException::new);
    }
}
