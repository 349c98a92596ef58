package eu.competitiondesk.reports;

import eu.competitiondesk.assessments.AssessmentDirectory;
import eu.competitiondesk.assessments.AssessmentFindings;
import eu.competitiondesk.concentration.MarketDirectory;
import eu.competitiondesk.concentration.MarketRecord;
import eu.competitiondesk.export.ExportTable;
import eu.competitiondesk.export.Redaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A case's share datasets and assessment answers as tables to download ({@link ExportTable}: CSV or XLSX), in
 * either edition: in the non-confidential one a secret share is its range and a secret note or answer is redacted.
 */
@ApplicationScoped
public class CaseTables {

    @Inject
    MarketDirectory markets;

    @Inject
    AssessmentDirectory assessments;

    @Inject
    EditionPolicies policies;

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    public ExportTable shares(long caseId, ReportEdition edition) {
        Redaction.Policy policy = policy(edition);
        ExportTable table = ExportTable.of(
                "Shares",
                List.of(
                        "Market",
                        "Source of the dataset",
                        "Period of the dataset",
                        "What the source counts",
                        "Business secret",
                        "Firm",
                        "Share (%)",
                        "Source of the row",
                        "Period of the row",
                        "Note"));
        for (MarketRecord market : markets.ofCase(caseId)) {
            for (MarketRecord.DatasetRecord d : market.datasets()) {
                for (MarketRecord.RowRecord r : d.rows()) {
                    table.row(
                            market.heading().name(),
                            d.source(),
                            d.period(),
                            d.scope(),
                            yesNo(d.confidential()),
                            r.firm(),
                            policy.hides(d.confidential())
                                    ? policy.share(r.share(), true, null)
                                    : new ExportTable.Percent(r.share()),
                            r.source(),
                            r.period(),
                            policy.text(r.note(), d.confidential()));
                }
            }
        }
        return table.note("What this is", "The share datasets of the case's markets, one row per firm")
                .note("Edition", edition.param());
    }

    public ExportTable answers(long caseId, ReportEdition edition) {
        ExportTable table = ExportTable.of(
                "Answers",
                List.of("Assessment", "Questionnaire", "Section", "Question", "Answer", "Evidence", "Business secret"));
        for (AssessmentFindings assessment : assessments.findings(caseId, policy(edition))) {
            for (AssessmentFindings.AnswerLine answer : assessment.answers()) {
                table.row(
                        assessment.title(),
                        assessment.questionnaire() + " (version " + assessment.questionnaireVersion() + ")",
                        answer.section(),
                        answer.question(),
                        answer.answer(),
                        answer.evidence(),
                        yesNo(answer.confidential()));
            }
        }
        return table.note("What this is", "The answers given in the case's assessments, with their evidence")
                .note("Edition", edition.param());
    }

    private Redaction.Policy policy(ReportEdition edition) {
        return policies.of(edition);
    }
}
