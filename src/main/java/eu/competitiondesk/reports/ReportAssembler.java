package eu.competitiondesk.reports;

import eu.competitiondesk.export.Redaction;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.competitiondesk.assessments.Assessment;
import eu.competitiondesk.assessments.AssessmentView;
import eu.competitiondesk.assessments.Questionnaires;
import eu.competitiondesk.assessments.engine.AssessmentRules;
import eu.competitiondesk.assessments.engine.Conclusion;
import eu.competitiondesk.assessments.engine.Conclusions;
import eu.competitiondesk.assessments.engine.Finding;
import eu.competitiondesk.assessments.engine.InvalidAssessmentInput;
import eu.competitiondesk.assessments.questionnaire.Questionnaire;
import eu.competitiondesk.cases.CaseFile;
import eu.competitiondesk.concentration.MarketMessages;
import eu.competitiondesk.concentration.MarketScenario;
import eu.competitiondesk.concentration.RelevantMarket;
import eu.competitiondesk.concentration.ScenarioStake;
import eu.competitiondesk.concentration.ShareDataset;
import eu.competitiondesk.concentration.ShareRow;
import eu.competitiondesk.concentration.engine.Analysis;
import eu.competitiondesk.concentration.engine.Figures;
import eu.competitiondesk.concentration.engine.InvalidConcentrationInput;
import eu.competitiondesk.concentration.engine.ScreenResult;
import jakarta.enterprise.context.ApplicationScoped;
import eu.competitiondesk.assessments.AssessmentReferenceData;
import eu.competitiondesk.documents.DocumentDirectory;
import eu.competitiondesk.economics.AnalysisFigures;
import eu.competitiondesk.economics.EconomicsMessages;
import eu.competitiondesk.economics.MarketDefinitionAnalysis;
import eu.competitiondesk.economics.UnilateralEffectsAnalysis;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gathers a case's report content for one edition. Redaction happens here, once, before any rendering: a value the
 * public edition must not show never reaches its template.
 */
@ApplicationScoped
public class ReportAssembler {

    @Inject
    Questionnaires questionnaires;

    @Inject
    AssessmentReferenceData referenceData;

    @Inject
    MarketMessages marketMessages;

    @Inject
    EconomicsMessages economicsMessages;

    @Inject
    DocumentDirectory documentDirectory;

    @Inject
    eu.competitiondesk.assessments.AssessmentMessages assessmentMessages;

    /** Width of the bands that replace confidential shares in the public edition, in percentage points. */
    @ConfigProperty(name = "desk.reports.band-width", defaultValue = "10")
    int bandWidth;

    private final ObjectMapper canonical = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);

    public ReportContent assemble(CaseFile caseFile, ReportEdition edition, String author, int reportVersion,
            LocalDate date) {
        boolean full = edition == ReportEdition.CONFIDENTIAL;
        Set<String> sources = new LinkedHashSet<>();
        List<ReportContent.MarketSection> markets = new ArrayList<>();
        for (RelevantMarket market : RelevantMarket.ofCase(caseFile.id)) {
            ShareDataset dataset = market.defaultDataset().orElse(null);
            if (dataset == null || dataset.rows.isEmpty()) {
                continue;
            }
            sources.add(dataset.source + (dataset.scope == null ? "" : " (" + dataset.scope + ")") + ", "
                    + dataset.period);
            boolean hide = dataset.confidential && !full;
            List<ReportContent.ShareLine> shares = new ArrayList<>();
            for (ShareRow row : dataset.rows) {
                shares.add(new ReportContent.ShareLine(row.firm, hide ? Redaction.band(row.share.doubleValue(),
                        bandWidth) : Figures.format(row.share) + "%"));
            }
            BigDecimal othersMax = market.othersMaxShare;
            Analysis a = Analysis.of(dataset.firmShares(), othersMax, null, null);
            List<ReportContent.FigureLine> figures = List.of(
                    figure("HHI (named firms)", Figures.format(a.hhi()), "Σ sᵢ²", hide),
                    figure("HHI upper bound (with Others)", Figures.format(a.hhiUpper()), othersMax == null
                            ? "HHI + O², Others as one firm" : "HHI + k·m² + r², no unnamed firm above "
                            + Figures.format(othersMax) + "%", hide),
                    figure("Others (not named)", Figures.format(a.othersShare()) + "%", "100 − Σ sᵢ", hide),
                    figure("CR4", Figures.format(a.cr4()) + "%", "sum of the four largest shares", hide),
                    figure("Numbers equivalent", Figures.format(a.numbersEquivalent()), "10,000 / HHI", hide),
                    figure("HHI rounding band", Figures.format(a.roundingBand().low()) + " – "
                            + Figures.format(a.roundingBand().high()), "every share ± 0.5", hide));
            markets.add(new ReportContent.MarketSection("market-" + market.id, market.name,
                    market.productScope.replaceAll("[.;]\\s*$", "") + "; " + market.geographicScope + "; " + market.period, dataset.label(),
                    dataset.confidential, hide && dataset.note != null ? Redaction.MARK : dataset.note, shares, figures,
                    hide ? null : Charts.shareBars(a), scenarios(market, dataset, hide),
                    analyses(market, full, sources)));
        }

        List<ReportContent.AssessmentSection> assessments = new ArrayList<>();
        List<DocumentDirectory.DocumentRef> caseDocuments = documentDirectory.ofCase(caseFile.id);
        // Read once for the whole report: every assessment is judged on the same figures and calendar.
        eu.competitiondesk.assessments.engine.ReferenceData reference = referenceData.current();
        Set<String> citedDocuments = new LinkedHashSet<>();
        for (Assessment assessment : Assessment.ofCase(caseFile.id)) {
            AssessmentView view = AssessmentView.withDocuments(assessment, questionnaires.of(assessment),
                    caseDocuments);
            List<ReportContent.FindingLine> findings = new ArrayList<>();
            List<ReportContent.ConclusionLine> conclusions = new ArrayList<>();
            if (view.readyToComplete()) {
                try {
                    List<Finding> all = AssessmentRules.findings(assessment.questionnaireId, view.sheet(),
                            reference);
                    for (Conclusion c : Conclusions.of(assessment.questionnaireId, all)) {
                        conclusions.add(new ReportContent.ConclusionLine(assessmentMessages.outcome(c.outcome()),
                                c.statement(), c.reasons(), view.toEstablish(c).stream()
                                        .map(AssessmentView.BasisLine::label).toList()));
                    }
                    for (Finding f : all) {
                        // Redaction per answer: only the business secrets a finding rests on are replaced.
                        List<AssessmentView.BasisLine> lines = view.basis(f);
                        List<String> basis = lines.stream().map(b -> b.confidential() && !full
                                ? b.label() + ": " + Redaction.MARK : b.text()).toList();
                        // A confidential document is cited unnamed in the public edition, wherever it is cited.
                        List<String> cited = lines.stream().flatMap(b -> b.cited().stream()).map(d -> d.text(!full,
                                assessmentMessages.citation_confidential_document())).distinct().toList();
                        citedDocuments.addAll(lines.stream().flatMap(b -> b.cited().stream()).map(d -> d.name(!full,
                                assessmentMessages.citation_confidential_document())).toList());
                        findings.add(new ReportContent.FindingLine(assessmentMessages.outcome(f.outcome()), f.title(),
                                f.rule(), basis, f.source(), cited));
                        sources.add(f.source());
                    }
                } catch (InvalidAssessmentInput e) {
                    findings.clear();
                    conclusions.clear();
                }
            }
            List<ReportContent.AnswerLine> answers = new ArrayList<>();
            for (Questionnaire.Section section : view.questionnaire().sections()) {
                for (Questionnaire.Question q : view.shownQuestions(section)) {
                    if (view.values(q.id()).isEmpty() && view.evidence(q.id()) == null) {
                        continue;
                    }
                    boolean secret = view.confidential(q.id());
                    String evidence = view.evidence(q.id());
                    answers.add(new ReportContent.AnswerLine(section.title(), q.label(),
                            secret && !full ? Redaction.MARK : view.display(q),
                            evidence == null ? null : secret && !full ? Redaction.MARK : evidence, secret));
                }
            }
            assessments.add(new ReportContent.AssessmentSection("assessment-" + assessment.id, assessment.title,
                    view.questionnaire().title() + " (v" + view.questionnaire().version() + ")",
                    assessment.isCompleted(), conclusions, findings, answers));
        }

        List<String> parties = caseFile.parties.stream().map(p -> p.name + " (" + p.role.name().toLowerCase()
                .replace('_', ' ') + ")").toList();
        String marking = full ? "CONFIDENTIAL – contains business secrets" : "NON-CONFIDENTIAL VERSION";
        ReportContent content = new ReportContent(caseFile.reference, caseFile.title, parties, edition, marking, date,
                author, reportVersion, caseFile.summary, markets, assessments, List.copyOf(sources),
                List.copyOf(citedDocuments), null);
        return content.withHash(sha256(content));
    }

    /**
     * The market's kept scenarios on the report's dataset. Where the dataset is confidential and the edition public,
     * every figure and every reason that quotes one is redacted; the verdicts, which are words, stay.
     */
    /** The market's economic analyses, secret inputs and every figure computed from one banded in the public edition. */
    private List<AnalysisFigures> analyses(RelevantMarket market, boolean full, Set<String> sources) {
        List<AnalysisFigures> analyses = new ArrayList<>();
        for (MarketDefinitionAnalysis a : MarketDefinitionAnalysis.ofMarket(market.id)) {
            analyses.add(AnalysisFigures.of(a, economicsMessages, !full, bandWidth));
        }
        for (UnilateralEffectsAnalysis a : UnilateralEffectsAnalysis.ofMarket(market.id)) {
            analyses.add(AnalysisFigures.of(a, economicsMessages, !full, bandWidth));
        }
        analyses.forEach(a -> sources.add(a.source()));
        return analyses;
    }

    private List<ReportContent.ScenarioSection> scenarios(RelevantMarket market, ShareDataset dataset, boolean hide) {
        List<ReportContent.ScenarioSection> sections = new ArrayList<>();
        for (MarketScenario scenario : MarketScenario.ofMarket(market.id)) {
            List<String> assumptions = new ArrayList<>();
            if (!scenario.merging.isEmpty()) {
                assumptions.add("Merging: " + String.join(", ", scenario.merging));
            }
            for (ScenarioStake stake : scenario.stakes) {
                assumptions.add(stake.holder + " holds " + percent(stake.financial) + " of the profits and "
                        + percent(stake.control) + " of the control of " + stake.target);
            }
            Analysis a;
            try {
                a = Analysis.of(dataset.firmShares(), market.othersMaxShare,
                        scenario.merging.size() >= 2 ? scenario.merging : null,
                        scenario.stakes.isEmpty() ? null : scenario.engineStakes());
            } catch (InvalidConcentrationInput e) {
                sections.add(new ReportContent.ScenarioSection(scenario.name, scenario.illustrative,
                        String.join("; ", assumptions), List.of(), List.of(), "Cannot be run on these shares: "
                        + e.errors().stream().map(x -> x.message()).distinct().collect(Collectors.joining("; "))));
                continue;
            }
            List<ReportContent.FigureLine> figures = new ArrayList<>();
            if (a.merger() != null) {
                figures.add(figure("Post-merger HHI", Figures.format(a.merger().postHhi()), "HHI + delta", hide));
                figures.add(figure("Change in HHI (delta)", Figures.format(a.merger().delta()), "(Σ s)² − Σ s²",
                        hide));
                figures.add(figure("Share of the merged firm", Figures.format(a.merger().combinedShare()) + "%",
                        "sum of the parties' shares", hide));
            }
            if (a.ownership() != null) {
                figures.add(figure("HHI with stakes (MHHI)", Figures.format(a.ownership().mhhi()),
                        "O'Brien–Salop with ultimate interests", hide));
                figures.add(figure("Change from the stakes (delta MHHI)", Figures.format(a.ownership().deltaMhhi()),
                        "MHHI − HHI", hide));
            }
            List<ReportContent.ScreenLine> screens = new ArrayList<>();
            for (ScreenResult screen : a.screens() == null ? List.<ScreenResult>of() : a.screens()) {
                screens.add(new ReportContent.ScreenLine(marketMessages.guideline(screen.guideline()),
                        marketMessages.verdict(screen.verdict()), hide ? Redaction.MARK : screen.reason(),
                        screen.verdictRange().stream().map(marketMessages::verdict).collect(Collectors.joining(" to ")),
                        screen.specialCircumstances().stream().map(marketMessages::circumstance)
                                .collect(Collectors.joining("; ")),
                        hide ? Redaction.MARK : screen.boundNote()));
            }
            sections.add(new ReportContent.ScenarioSection(scenario.name, scenario.illustrative,
                    String.join("; ", assumptions), figures, screens, null));
        }
        return sections;
    }

    private static String percent(BigDecimal fraction) {
        return Figures.format(fraction.movePointRight(2)) + "%";
    }

    private static ReportContent.FigureLine figure(String label, String value, String formula, boolean hide) {
        return new ReportContent.FigureLine(label, hide ? Redaction.MARK : value, formula);
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
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
