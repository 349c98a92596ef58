package eu.competitiondesk.reports;

import eu.competitiondesk.export.Redaction;
import eu.competitiondesk.assessments.Assessment;
import eu.competitiondesk.assessments.AssessmentView;
import eu.competitiondesk.assessments.Questionnaires;
import eu.competitiondesk.assessments.questionnaire.Questionnaire;
import eu.competitiondesk.concentration.RelevantMarket;
import eu.competitiondesk.concentration.ShareDataset;
import eu.competitiondesk.concentration.ShareRow;
import eu.competitiondesk.export.CsvCells;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A case's share datasets and assessment answers as CSV, in either edition. Cells a spreadsheet would run as a
 * formula are neutralised.
 */
@ApplicationScoped
public class CaseCsvExports {

    @Inject
    Questionnaires questionnaires;

    @ConfigProperty(name = "desk.reports.band-width", defaultValue = "10")
    int bandWidth;

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    public String shares(long caseId, ReportEdition edition) {
        boolean full = edition == ReportEdition.CONFIDENTIAL;
        return csv(printer -> {
            printer.printRecord("Market", "Source of the dataset", "Period of the dataset", "What the source counts",
                    "Business secret", "Firm", "Share (%)", "Source of the row", "Period of the row", "Note");
            for (RelevantMarket market : RelevantMarket.ofCase(caseId)) {
                for (ShareDataset d : market.datasets) {
                    for (ShareRow r : d.rows) {
                        boolean hide = d.confidential && !full;
                        printer.printRecord(CsvCells.safe(market.name), CsvCells.safe(d.source),
                                CsvCells.safe(d.period), CsvCells.safe(d.scope), yesNo(d.confidential),
                                CsvCells.safe(r.firm),
                                hide ? Redaction.band(r.share.doubleValue(), bandWidth)
                                        : r.share.stripTrailingZeros().toPlainString(),
                                CsvCells.safe(r.source), CsvCells.safe(r.period),
                                hide ? Redaction.MARK : CsvCells.safe(r.note));
                    }
                }
            }
        });
    }

    public String answers(long caseId, ReportEdition edition) {
        boolean full = edition == ReportEdition.CONFIDENTIAL;
        return csv(printer -> {
            printer.printRecord("Assessment", "Questionnaire", "Section", "Question", "Answer", "Evidence",
                    "Business secret");
            for (Assessment assessment : Assessment.ofCase(caseId)) {
                AssessmentView view = new AssessmentView(assessment, questionnaires.of(assessment));
                for (Questionnaire.Section section : view.questionnaire().sections()) {
                    for (Questionnaire.Question q : view.shownQuestions(section)) {
                        if (view.values(q.id()).isEmpty() && view.evidence(q.id()) == null) {
                            continue;
                        }
                        boolean hide = view.confidential(q.id()) && !full;
                        printer.printRecord(CsvCells.safe(assessment.title), view.questionnaire().title()
                                + " (version " + view.questionnaire().version() + ")", CsvCells.safe(section.title()),
                                CsvCells.safe(q.label()), hide ? Redaction.MARK : CsvCells.safe(view.display(q)),
                                hide ? Redaction.MARK : CsvCells.safe(view.evidence(q.id())),
                                yesNo(view.confidential(q.id())));
                    }
                }
            }
        });
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String csv(Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
