package eu.competitiondesk.reports;

import eu.competitiondesk.economics.AnalysisFigures;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one edition of a case report shows, already redacted for its edition: the template renders it as is,
 * for the HTML preview and the PDF alike.
 */
public record ReportContent(String reference, String title, List<String> parties, ReportEdition edition,
        String marking, LocalDate date, String author, int reportVersion, String summary,
        List<MarketSection> markets, List<AssessmentSection> assessments, List<String> sources,
        List<String> citedDocuments, String inputSha256) {

    public record MarketSection(String anchor, String name, String scope, String dataset, boolean confidential,
            String note, List<ShareLine> shares, List<FigureLine> figures, String chartSvg,
            List<ScenarioSection> scenarios, List<AnalysisFigures> analyses) {
    }

    /**
     * A scenario kept with the market, run on the report's shares: what it assumes, its figures and each
     * guideline's screen; {@code problem} says why it could not be run on these shares (firms since removed).
     */
    public record ScenarioSection(String name, boolean illustrative, String assumptions, List<FigureLine> figures,
            List<ScreenLine> screens, String problem) {
    }

    /** One guideline's verdict on the named firms, the verdicts across the bounds and which bound flips it. */
    public record ScreenLine(String guideline, String verdict, String reason, String verdictRange,
            String circumstances, String boundNote) {
    }

    public record ShareLine(String firm, String share) {
    }

    public record FigureLine(String label, String value, String formula) {
    }

    public record AssessmentSection(String anchor, String title, String questionnaire, boolean completed,
            List<ConclusionLine> conclusions, List<FindingLine> findings, List<AnswerLine> answers) {
    }

    /** The bottom line on one legal question, with what it rests on and what is still to establish. */
    public record ConclusionLine(String outcome, String statement, List<String> reasons, List<String> toEstablish) {
    }

    /** {@code cited}: the case documents the finding's answers cite, a confidential one unnamed in the public edition. */
    public record FindingLine(String outcome, String title, String rule, List<String> basis, String source,
            List<String> cited) {
    }

    public record AnswerLine(String section, String question, String answer, String evidence, boolean confidential) {
    }

    public boolean isConfidentialEdition() {
        return edition == ReportEdition.CONFIDENTIAL;
    }

    /** The same content without its hash, which is computed over it. */
    ReportContent withHash(String sha256) {
        return new ReportContent(reference, title, parties, edition, marking, date, author, reportVersion, summary,
                markets, assessments, sources, citedDocuments, sha256);
    }
}
