package eu.competitiondesk.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.competitiondesk.agreements.AgreementDirectory;
import eu.competitiondesk.assessments.AssessmentDirectory;
import eu.competitiondesk.assessments.AssessmentFindings;
import eu.competitiondesk.assessments.AssessmentMessages;
import eu.competitiondesk.cases.CaseRecord;
import eu.competitiondesk.concentration.MarketDirectory;
import eu.competitiondesk.concentration.MarketSummary;
import eu.competitiondesk.economics.AnalysisDirectory;
import eu.competitiondesk.economics.AnalysisFigures;
import eu.competitiondesk.export.Redaction;
import eu.competitiondesk.reasoning.OfficerTexts;
import eu.competitiondesk.reasoning.Passage;
import eu.competitiondesk.referencedata.ShareBandTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers a case's report content for one edition from the features' read models, each built with the edition's
 * redaction policy: a value the public edition must not show never reaches its template. It computes nothing itself.
 */
@ApplicationScoped
public class ReportAssembler {

    @Inject
    MarketDirectory marketDirectory;

    @Inject
    AnalysisDirectory analysisDirectory;

    @Inject
    AssessmentDirectory assessmentDirectory;

    @Inject
    AgreementDirectory agreementDirectory;

    @Inject
    AssessmentMessages assessmentMessages;

    @Inject
    EditionPolicies policies;

    @Inject
    ReportMessages msg;

    @Inject
    OfficerTexts officerTexts;

    private final ObjectMapper canonical = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);

    /**
     * The edition's content, composed of the features' read models, each built for the edition: markets with their
     * figures, chart and scenarios, their analyses, and the assessments with their findings.
     */
    public ReportContent assemble(
            CaseRecord caseFile, ReportEdition edition, String author, int reportVersion, LocalDate date) {
        boolean full = edition == ReportEdition.CONFIDENTIAL;
        Redaction.Policy policy = policies.of(edition, date);
        long caseId = caseFile.heading().id();
        Map<String, List<Passage>> officer = officerTexts.ofCase(caseId);
        Set<String> sources = new LinkedHashSet<>();
        List<ReportContent.MarketSection> markets = new ArrayList<>();
        for (MarketSummary market : marketDirectory.summaries(caseId, policy)) {
            sources.add(market.figures().source());
            List<AnalysisFigures> analyses = analysisDirectory.figures(market.id(), policy);
            analyses.forEach(a -> sources.add(a.source()));
            markets.add(new ReportContent.MarketSection(
                    "market-" + market.id(),
                    market,
                    analyses,
                    redacted(officer.get(OfficerTexts.market(market.id())), policy)));
        }
        List<ReportContent.AssessmentSection> assessments = new ArrayList<>();
        Set<String> citedDocuments = new LinkedHashSet<>();
        for (AssessmentFindings assessment : assessmentDirectory.findings(caseId, policy)) {
            for (AssessmentFindings.FindingLine f : assessment.findings()) {
                sources.add(f.source());
                f.basis()
                        .forEach(b -> b.citedDocuments()
                                .forEach(d -> citedDocuments.add(
                                        d.name(!full, assessmentMessages.citation_confidential_document()))));
            }
            Map<String, List<Passage>> onConclusions = new LinkedHashMap<>();
            for (AssessmentFindings.ConclusionLine c : assessment.conclusions()) {
                List<Passage> passages = officer.get(OfficerTexts.conclusion(assessment.id(), c.question()));
                if (passages != null) {
                    onConclusions.put(c.question(), redacted(passages, policy));
                }
            }
            assessments.add(
                    new ReportContent.AssessmentSection("assessment-" + assessment.id(), assessment, onConclusions));
        }
        List<String> parties = caseFile.parties().stream()
                .map(p -> p.name() + " (" + p.role().name().toLowerCase().replace('_', ' ') + ")")
                .toList();
        String marking = full ? "CONFIDENTIAL – contains business secrets" : "NON-CONFIDENTIAL VERSION";
        ReportContent content = new ReportContent(
                caseFile.heading().reference(),
                caseFile.heading().title(),
                parties,
                edition,
                marking,
                date,
                author,
                reportVersion,
                caseFile.summary(),
                redacted(officer.get(OfficerTexts.INTRODUCTION), policy),
                markets,
                assessments,
                assessmentDirectory.designationComparisons(caseId, policy),
                agreementDirectory.timelines(caseId, policy),
                redacted(officer.get(OfficerTexts.CLOSING), policy),
                List.copyOf(sources),
                List.copyOf(citedDocuments),
                full ? null : bandTable(date),
                null);
        return content.withHash(sha256(content));
    }

    /** The band table in force on the report's date, as the report's notes name it. */
    private String bandTable(LocalDate date) {
        ShareBandTable.InForce table = policies.table(date);
        return table.from() == null
                ? table.bands().describe()
                : msg.bands_table(table.bands().describe(), table.from(), table.source());
    }

    /** The officer's passages as the edition shows them: a confidential one keeps its place as the redaction mark. */
    private static List<Passage> redacted(List<Passage> passages, Redaction.Policy policy) {
        return passages == null
                ? List.of()
                : passages.stream()
                        .map(p -> new Passage(policy.text(p.text(), p.confidential()), p.confidential()))
                        .toList();
    }

    /**
     * The identity of the case's report content: SHA-256 over the full edition with author, version and date left
     * neutral, so two exports of unchanged content, in any edition or format, by anyone, on any day, agree.
     */
    public String fingerprint(CaseRecord caseFile) {
        return assemble(caseFile, ReportEdition.CONFIDENTIAL, "", 0, LocalDate.EPOCH)
                .inputSha256();
    }

    /** SHA-256 over the edition's content in a canonical JSON form: the report's integrity line. */
    String sha256(ReportContent content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalJson(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The edition's content as canonical JSON (keys sorted, dates as text): the bytes its SHA-256 is taken over
     * when the hash itself is left out, and what the PDF carries as its data file.
     */
    byte[] canonicalJson(ReportContent content) {
        try {
            return canonical.writeValueAsString(content).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
