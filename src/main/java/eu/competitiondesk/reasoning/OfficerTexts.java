package eu.competitiondesk.reasoning;

import io.quarkus.qute.TemplateExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The officer's passages as the other features read them: the findings and market pages under each conclusion and
 * market, the report under the same and as its introduction and closing. An anchor names what a text is about;
 * templates name one as {@code {officerAnchor:conclusion(assessment.id, c.question)}}.
 */
@ApplicationScoped
@TemplateExtension(namespace = "officerAnchor")
public class OfficerTexts {

    public static final String INTRODUCTION = "introduction";
    public static final String CLOSING = "closing";

    /**
     * The anchor of the text under one conclusion of an assessment: the legal question it answers ("Block exemption",
     * "EU: an EU dimension") in lower case, runs of anything but letters and digits as one hyphen.
     */
    public static String conclusion(long assessmentId, String question) {
        String slug = question.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return conclusionPrefix(assessmentId) + (slug.length() > 80 ? slug.substring(0, 80) : slug);
    }

    /** What the anchors of every conclusion of the assessment begin with; the rest names the conclusion. */
    public static String conclusionPrefix(long assessmentId) {
        return "conclusion-" + assessmentId + "-";
    }

    public static String market(long marketId) {
        return "market-" + marketId;
    }

    /** The case's passages in force, by anchor; an anchor with nothing written is absent. */
    public Map<String, List<Passage>> ofCase(long caseId) {
        return OfficerText.currentOfCase(caseId).entrySet().stream()
                .filter(e -> !e.getValue().passageList().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().passageList()));
    }
}
