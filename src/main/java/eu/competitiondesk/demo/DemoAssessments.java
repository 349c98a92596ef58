package eu.competitiondesk.demo;

import eu.competitiondesk.assessments.Assessment;
import eu.competitiondesk.assessments.AssessmentAnswer;
import eu.competitiondesk.assessments.AssessmentStatus;
import eu.competitiondesk.cases.CaseFile;
import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.assessments.Questionnaires;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The demonstration case's assessments, answered from the public record only. Where the record is silent the
 * answer says so in its evidence note, or stays open; nothing is invented.
 */
@ApplicationScoped
public class DemoAssessments {

    /** The demo answers were written for the first version of each questionnaire. */
    private static final int VERSION = 1;

    @Inject
    Questionnaires questionnaires;

    void load(CaseFile caseFile) {
        Assessment exclusivity = assessment(caseFile, "exclusivity", "Azure exclusivity for OpenAI (2019 to January"
                + " 2025)", List.of("parties", "markets", "restraint", "duration", "effects", "dominance"));
        answer(exclusivity, "supplier", "Microsoft (Azure)", null);
        answer(exclusivity, "buyer", "OpenAI", null);
        answer(exclusivity, "parties_compete", "yes", "Microsoft also develops AI models of its own (public"
                + " reporting; to verify against the parties' submissions).");
        answer(exclusivity, "supplier_share", "20", "Worldwide cloud infrastructure services, Synergy Research Group,"
                + " 2025-Q2.");
        answer(exclusivity, "market_note", "Worldwide cloud infrastructure services; OpenAI's share as a buyer of"
                + " cloud capacity is not known from public sources.", null);
        answer(exclusivity, "restraint_type", "NON_COMPETE", null);
        answer(exclusivity, "requirements_share", "100", "Azure was OpenAI's exclusive cloud provider from 2019"
                + " (public reporting). Marked confidential for demonstration, as a party's own figure would be.");
        exclusivity.answers.get(exclusivity.answers.size() - 1).confidential = true;
        answer(exclusivity, "indefinite", "yes", "No end date has been reported; in January 2025 the exclusivity gave"
                + " way to a right of first refusal. Working assumption until the agreement itself is obtained.");
        answer(exclusivity, "tacit_renewal", "no", "Not reported.");
        answer(exclusivity, "terminable", "no", "Not reported; to be established from the agreement.");
        answer(exclusivity, "parallel_networks", "no", "No similar agreement identified so far.");
        answer(exclusivity, "entry_barriers", "NOT_ASSESSED", null);
        answer(exclusivity, "buyer_power", "yes", "On 3 November 2025 OpenAI signed a USD 38 bn, seven-year compute"
                + " agreement with AWS (public reporting), which suggests it can switch part of its demand.");
        exclusivity.status = AssessmentStatus.COMPLETED;
        exclusivity.completedAt = exclusivity.createdAt;
        exclusivity.persist();

        Assessment dma = assessment(caseFile, "dma-designation", "Microsoft Azure, cloud computing (qualitative"
                + " route)", List.of("route", "qualitative"));
        answer(dma, "route", "QUALITATIVE", "On 18 November 2025 the Commission opened market investigations into"
                + " whether AWS and Microsoft Azure should be designated for cloud computing although they miss the"
                + " thresholds (about 12 months).");
        answer(dma, "has_rebuttal", "no", null);
        for (String factor : List.of("a", "b", "c", "d", "e", "f", "g")) {
            answer(dma, "factor_" + factor, "NOT_ASSESSED", factor.equals("b") ? "For cloud computing the end-user"
                    + " metric counts paying customers, so the Art. 3(2)(b) thresholds are missed (wording of the"
                    + " Annex to verify)." : null);
        }
        dma.persist();
    }

    private Assessment assessment(CaseFile caseFile, String questionnaire, String title,
            List<String> savedSections) {
        Assessment assessment = Assessment.start(caseFile, questionnaires.find(questionnaire, VERSION).orElseThrow(),
                title);
        assessment.savedSections = new ArrayList<>(savedSections);
        return assessment;
    }

    private static void answer(Assessment assessment, String question, String value, String evidence) {
        assessment.answers.add(AssessmentAnswer.of(assessment, question, List.of(value), evidence, false,
                assessment.createdAt, AuditTrail.SYSTEM));
    }
}
