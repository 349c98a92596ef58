package eu.competitiondesk.reports;

import eu.competitiondesk.agreements.AgreementTimeline;
import eu.competitiondesk.assessments.AssessmentFindings;
import eu.competitiondesk.assessments.DesignationComparison;
import eu.competitiondesk.concentration.MarketSummary;
import eu.competitiondesk.economics.AnalysisFigures;
import eu.competitiondesk.reasoning.Passage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything one edition of a case report shows, already redacted for its edition: the template renders it as is,
 * for the HTML preview and the PDF alike, once {@link ReportLayout} has laid it out. {@code summary} is the question put
 * to the case team; {@code introduction} and {@code closing} the officer's own, and each market and conclusion carries the
 * officer's passages on it (a confidential one already redacted in a non-confidential edition); {@code shareBands}, in a non-confidential edition, the bands its secret percentages are shown in.
 */
public record ReportContent(
        String reference,
        String title,
        List<String> parties,
        ReportEdition edition,
        String marking,
        LocalDate date,
        String author,
        int reportVersion,
        String summary,
        List<Passage> introduction,
        List<MarketSection> markets,
        List<AssessmentSection> assessments,
        List<DesignationComparison> comparisons,
        List<AgreementTimeline> agreements,
        List<Passage> closing,
        List<String> sources,
        List<String> citedDocuments,
        String shareBands,
        String inputSha256) {

    /** A market of the case with its economic analyses, as the concentration and economics features show them. */
    public record MarketSection(
            String anchor, MarketSummary market, List<AnalysisFigures> analyses, List<Passage> officerText) {}

    /** An assessment of the case, as the assessments feature shows it. */
    public record AssessmentSection(
            String anchor, AssessmentFindings assessment, Map<String, List<Passage>> officerText) {

        /** The officer's passages under the conclusion on {@code question}. */
        public List<Passage> officerTextOn(String question) {
            return officerText.getOrDefault(question, List.of());
        }
    }

    public boolean isConfidentialEdition() {
        return edition == ReportEdition.CONFIDENTIAL;
    }

    /** The same content without its hash, which is computed over it. */
    ReportContent withHash(String sha256) {
        return new ReportContent(
                reference,
                title,
                parties,
                edition,
                marking,
                date,
                author,
                reportVersion,
                summary,
                introduction,
                markets,
                assessments,
                comparisons,
                agreements,
                closing,
                sources,
                citedDocuments,
                shareBands,
                sha256);
    }
}
