package eu.competitiondesk.demo;

import eu.competitiondesk.assessments.AnsweredAssessment;
import eu.competitiondesk.assessments.AssessmentService;
import eu.competitiondesk.assessments.AssessmentStatus;
import eu.competitiondesk.assessments.SectionAnswers;
import eu.competitiondesk.platform.Commands;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    AssessmentService assessments;

    @Inject
    Commands commands;

    void load(long caseId) {
        List<SectionAnswers.Answer> exclusivity = new ArrayList<>();
        answer(exclusivity, "supplier", "Microsoft (Azure)", null);
        answer(exclusivity, "buyer", "OpenAI", null);
        answer(
                exclusivity,
                "parties_compete",
                "yes",
                "Microsoft also develops AI models of its own (public"
                        + " reporting; to verify against the parties' submissions).");
        answer(
                exclusivity,
                "supplier_share",
                "20",
                "Worldwide cloud infrastructure services, Synergy Research Group," + " 2025-Q2.");
        answer(
                exclusivity,
                "market_note",
                "Worldwide cloud infrastructure services; OpenAI's share as a buyer of"
                        + " cloud capacity is not known from public sources.",
                null);
        answer(exclusivity, "restraint_type", "NON_COMPETE", null);
        exclusivity.add(new SectionAnswers.Answer(
                "requirements_share",
                List.of("100"),
                "Azure was OpenAI's exclusive"
                        + " cloud provider from 2019 (public reporting). Marked confidential for demonstration, as a party's"
                        + " own figure would be.",
                true,
                List.of()));
        answer(
                exclusivity,
                "indefinite",
                "yes",
                "No end date has been reported; in January 2025 the exclusivity gave"
                        + " way to a right of first refusal. Working assumption until the agreement itself is obtained.");
        answer(exclusivity, "tacit_renewal", "no", "Not reported.");
        answer(exclusivity, "terminable", "no", "Not reported; to be established from the agreement.");
        answer(exclusivity, "parallel_networks", "no", "No similar agreement identified so far.");
        answer(exclusivity, "entry_barriers", "NOT_ASSESSED", null);
        answer(
                exclusivity,
                "buyer_power",
                "yes",
                "On 3 November 2025 OpenAI signed a USD 38 bn, seven-year compute"
                        + " agreement with AWS (public reporting), which suggests it can switch part of its demand.");
        restore(
                caseId,
                "exclusivity",
                "Azure exclusivity for OpenAI (2019 to January 2025)",
                AssessmentStatus.COMPLETED,
                List.of("parties", "markets", "restraint", "duration", "effects", "dominance"),
                exclusivity);

        List<SectionAnswers.Answer> dma = new ArrayList<>();
        answer(
                dma,
                "route",
                "QUALITATIVE",
                "On 18 November 2025 the Commission opened market investigations into"
                        + " whether AWS and Microsoft Azure should be designated for cloud computing although they miss the"
                        + " thresholds (about 12 months).");
        answer(dma, "has_rebuttal", "no", null);
        for (String factor : List.of("a", "b", "c", "d", "e", "f", "g")) {
            answer(
                    dma,
                    "factor_" + factor,
                    "NOT_ASSESSED",
                    factor.equals("b")
                            ? "For cloud computing the end-user"
                                    + " metric counts paying customers, so the Art. 3(2)(b) thresholds are missed (wording of the"
                                    + " Annex to verify)."
                            : null);
        }
        restore(
                caseId,
                "dma-designation",
                "Microsoft Azure, cloud computing (qualitative route)",
                AssessmentStatus.IN_PROGRESS,
                List.of("route", "qualitative"),
                dma);

        mergerControl(caseId);
    }

    /**
     * Microsoft's partnership with OpenAI, assessed at the October 2025 recapitalisation with the steps since 2019.
     * Every figure and fact is from public statements and reporting, named in the evidence; what the record does not
     * show is left open or answered "not known", so the conclusions say what is still to establish.
     */
    private void mergerControl(long caseId) {
        List<SectionAnswers.Answer> mc = new ArrayList<>();
        answer(mc, "acquirer", "Microsoft", null);
        answer(mc, "target", "OpenAI (OpenAI Group PBC since October 2025)", null);
        answer(
                mc,
                "other_parents",
                "OpenAI Foundation (the non-profit that controls OpenAI Group PBC); employees"
                        + " and other investors hold the remaining equity",
                "Microsoft and OpenAI statements of 28 October"
                        + " 2025 (to verify against the recapitalisation documents).");
        answer(
                mc,
                "acquired",
                "SHARES",
                "At the recapitalisation Microsoft's interest in the capped-profit entity"
                        + " became shares in OpenAI Group PBC (Microsoft, 28 October 2025).");
        answer(
                mc,
                "steps",
                "2019: USD 1 bn investment and Azure exclusivity. 2023: a further multi-year investment,"
                        + " reported at about USD 10 bn. November 2023: a non-voting board observer seat, given up in July"
                        + " 2024. January 2025: exclusivity replaced by a right of first refusal on new compute. 28 October"
                        + " 2025: recapitalisation; Microsoft holds about 27% of OpenAI Group PBC.",
                "Public statements of"
                        + " the parties and public reporting; dates and amounts to verify against the parties' submissions.");
        answer(mc, "thresholds_date", "2025-10-28", "Date the recapitalisation was announced.");
        answer(
                mc,
                "stake_percent",
                "27",
                "\"Roughly 27 percent on an as-converted diluted basis\" (Microsoft, 28" + " October 2025).");

        answer(
                mc,
                "board_seats",
                "ABSENT",
                "Microsoft gave up its non-voting observer seat in July 2024 (public"
                        + " reporting); no seat is reported after the recapitalisation.");
        answer(mc, "veto_rights", "NOT_KNOWN", "The rights attached to Microsoft's shares are not public.");
        answer(mc, "consultation_rights", "NOT_KNOWN", "Not public.");
        answer(
                mc,
                "exclusivity",
                "PRESENT",
                "Microsoft keeps exclusive IP rights and Azure API exclusivity until"
                        + " artificial general intelligence is declared; its right of first refusal on compute ended"
                        + " (Microsoft, 28 October 2025).");
        answer(
                mc,
                "compute_commitments",
                "PRESENT",
                "OpenAI contracted to buy an incremental USD 250 bn of Azure"
                        + " services (Microsoft, 28 October 2025). On 3 November 2025 it also signed a USD 38 bn compute"
                        + " agreement with AWS (public reporting).");
        answer(mc, "credits", "NOT_KNOWN", "Not public.");
        answer(
                mc,
                "revenue_sharing",
                "PRESENT",
                "The revenue share continues until an expert panel verifies"
                        + " artificial general intelligence (Microsoft, 28 October 2025).");
        answer(
                mc,
                "information_access",
                "NOT_KNOWN",
                "Microsoft's IP rights to OpenAI's models and products"
                        + " run through 2032 (Microsoft, 28 October 2025); what information comes with them is not public.");
        answer(
                mc,
                "switching_costs",
                "NOT_KNOWN",
                "The AWS agreement of November 2025 suggests OpenAI can move part"
                        + " of its compute; the cost of moving the rest is not public.");
        answer(mc, "talent", "NOT_KNOWN", null);

        answer(
                mc,
                "eu_control_type",
                "NOT_KNOWN",
                "In 2024 the Commission looked at the partnership and did not"
                        + " find an acquisition of control (wording and date to verify). Whether the rights of the"
                        + " recapitalisation give decisive influence is not public.");
        answer(mc, "eu_lasting", "yes", "The shareholding has no end date.");
        answer(mc, "eu_member_state_jurisdiction", "NOT_KNOWN", "Not established.");

        answer(
                mc,
                "uk_level_before",
                "MATERIAL_INFLUENCE",
                "On 5 March 2025 the CMA found that Microsoft had held"
                        + " material influence over OpenAI since 2019 and had not moved to de facto control (to verify).");
        answer(
                mc,
                "uk_level_after",
                "MATERIAL_INFLUENCE",
                "Working assumption: a stake of about 27% with fewer"
                        + " exclusivity rights than before; no public CMA assessment of the recapitalisation.");

        answer(
                mc,
                "us_interest",
                "NOT_KNOWN",
                "Whether Microsoft's shares in OpenAI Group PBC are voting"
                        + " securities, and how the rules treat the conversion of its earlier interest, is not public.");
        answer(
                mc,
                "us_size_of_transaction",
                "135000000000",
                "Microsoft's stake was valued at about USD 135 bn"
                        + " (Microsoft, 28 October 2025); the value under 16 CFR 801.10 is to be established.");
        answer(
                mc,
                "us_acquiring_person",
                "281724000000",
                "Microsoft's revenue for the fiscal year to 30 June 2025" + " (annual report 2025).");
        restore(
                caseId,
                "merger-control",
                "Microsoft's partnership with OpenAI (2019 to the October 2025" + " recapitalisation)",
                AssessmentStatus.COMPLETED,
                List.of(
                        "transaction",
                        "arrangements",
                        "eu_control",
                        "eu_turnover",
                        "uk_control",
                        "uk_thresholds",
                        "us_hsr",
                        "us_guidelines"),
                mc);
    }

    /** Brings the assessment in through the same command and service a case import uses. */
    private void restore(
            long caseId,
            String questionnaire,
            String title,
            AssessmentStatus status,
            List<String> savedSections,
            List<SectionAnswers.Answer> answers) {
        AnsweredAssessment command =
                new AnsweredAssessment(questionnaire, VERSION, title, status.name(), savedSections, answers);
        commands.check(command);
        assessments.restore(caseId, command);
    }

    private static void answer(List<SectionAnswers.Answer> answers, String question, String value, String evidence) {
        answers.add(new SectionAnswers.Answer(question, List.of(value), evidence, false, List.of()));
    }
}
