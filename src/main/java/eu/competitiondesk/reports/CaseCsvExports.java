package eu.competitiondesk.reports;

import eu.competitiondesk.assessments.AssessmentDirectory;
import eu.competitiondesk.assessments.AssessmentFindings;
import eu.competitiondesk.concentration.MarketDirectory;
import eu.competitiondesk.concentration.MarketRecord;
import eu.competitiondesk.export.CsvCells;
import eu.competitiondesk.export.CsvFiles;
import eu.competitiondesk.export.Redaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A case's share datasets and assessment answers as CSV, in either edition and either separator ({@link CsvFiles}).
 * Cells a spreadsheet would run as a formula are neutralised.
 */
@ApplicationScoped
public class CaseCsvExports {

    @Inject
    MarketDirectory markets;

    @Inject
    AssessmentDirectory assessments;

    @Inject
    EditionPolicies policies;

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    public String shares(long caseId, ReportEdition edition, CsvFiles.Separator separator) {
        Redaction.Policy policy = policy(edition);
        return CsvFiles.write(separator, printer -> {
            printer.printRecord(
                    "Market",
                    "Source of the dataset",
                    "Period of the dataset",
                    "What the source counts",
                    "Business secret",
                    "Firm",
                    "Share (%)",
                    "Source of the row",
                    "Period of the row",
                    "Note");
            for (MarketRecord market : markets.ofCase(caseId)) {
                for (MarketRecord.DatasetRecord d : market.datasets()) {
                    for (MarketRecord.RowRecord r : d.rows()) {
                        printer.printRecord(
                                CsvCells.safe(market.heading().name()),
                                CsvCells.safe(d.source()),
                                CsvCells.safe(d.period()),
                                CsvCells.safe(d.scope()),
                                yesNo(d.confidential()),
                                CsvCells.safe(r.firm()),
                                policy.share(r.share(), d.confidential(), separator.number(r.share())),
                                CsvCells.safe(r.source()),
                                CsvCells.safe(r.period()),
                                policy.text(CsvCells.safe(r.note()), d.confidential()));
                    }
                }
            }
        });
    }

    public String answers(long caseId, ReportEdition edition, CsvFiles.Separator separator) {
        return CsvFiles.write(separator, printer -> {
            printer.printRecord(
                    "Assessment", "Questionnaire", "Section", "Question", "Answer", "Evidence", "Business secret");
            for (AssessmentFindings assessment : assessments.findings(caseId, policy(edition))) {
                for (AssessmentFindings.AnswerLine answer : assessment.answers()) {
                    printer.printRecord(
                            CsvCells.safe(assessment.title()),
                            assessment.questionnaire() + " (version " + assessment.questionnaireVersion() + ")",
                            CsvCells.safe(answer.section()),
                            CsvCells.safe(answer.question()),
                            CsvCells.safe(answer.answer()),
                            CsvCells.safe(answer.evidence()),
                            yesNo(answer.confidential()));
                }
            }
        });
    }

    private Redaction.Policy policy(ReportEdition edition) {
        return policies.of(edition);
    }
}
