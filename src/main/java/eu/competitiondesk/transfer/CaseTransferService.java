package eu.competitiondesk.transfer;

import eu.competitiondesk.agreements.AgreementDetails;
import eu.competitiondesk.agreements.AgreementDirectory;
import eu.competitiondesk.agreements.AgreementService;
import eu.competitiondesk.agreements.ClauseDetails;
import eu.competitiondesk.assessments.AnsweredAssessment;
import eu.competitiondesk.assessments.AssessmentDate;
import eu.competitiondesk.assessments.AssessmentDirectory;
import eu.competitiondesk.assessments.AssessmentService;
import eu.competitiondesk.assessments.SectionAnswers;
import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.cases.CaseDetails;
import eu.competitiondesk.cases.CaseDirectory;
import eu.competitiondesk.cases.CaseHeading;
import eu.competitiondesk.cases.CaseOpening;
import eu.competitiondesk.cases.CaseRecord;
import eu.competitiondesk.cases.CaseService;
import eu.competitiondesk.cases.KeyDateDetails;
import eu.competitiondesk.cases.NoteDetails;
import eu.competitiondesk.cases.PartyDetails;
import eu.competitiondesk.concentration.DatasetDetails;
import eu.competitiondesk.concentration.DatasetRows;
import eu.competitiondesk.concentration.KeptScenario;
import eu.competitiondesk.concentration.MarketDetails;
import eu.competitiondesk.concentration.MarketDirectory;
import eu.competitiondesk.concentration.MarketRecord;
import eu.competitiondesk.concentration.MarketService;
import eu.competitiondesk.concentration.RowDetails;
import eu.competitiondesk.concentration.engine.Stake;
import eu.competitiondesk.documents.DocumentDirectory;
import eu.competitiondesk.economics.AnalysisDirectory;
import eu.competitiondesk.economics.AnalysisService;
import eu.competitiondesk.economics.CriticalLossDetails;
import eu.competitiondesk.economics.MergerSimulationDetails;
import eu.competitiondesk.economics.PricingPressureDetails;
import eu.competitiondesk.economics.VerticalEffectsDetails;
import eu.competitiondesk.platform.Commands;
import eu.competitiondesk.platform.InvalidCommand;
import eu.competitiondesk.reasoning.OfficerAssessment;
import eu.competitiondesk.reasoning.OfficerTextService;
import eu.competitiondesk.reasoning.OfficerTexts;
import eu.competitiondesk.reasoning.Passage;
import eu.competitiondesk.security.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes a case out as {@link CaseTransfer} and reads one back in as a new case, all or nothing. The import builds
 * the same commands the pages post and hands them to the same services, so it accepts exactly what a user could have
 * typed; the transfer adds only its own list limits. Every part is checked before anything is stored, so one answer
 * names every bad field by its path in the transfer.
 */
@ApplicationScoped
public class CaseTransferService {

    @Inject
    Commands commands;

    @Inject
    AuditTrail audit;

    @Inject
    CaseDirectory caseDirectory;

    @Inject
    CaseService cases;

    @Inject
    MarketDirectory marketDirectory;

    @Inject
    MarketService markets;

    @Inject
    OfficerTexts officerTexts;

    @Inject
    OfficerTextService officerTextService;

    @Inject
    AnalysisDirectory analysisDirectory;

    @Inject
    AnalysisService analyses;

    @Inject
    AssessmentDirectory assessmentDirectory;

    @Inject
    AgreementDirectory agreementDirectory;

    @Inject
    AgreementService agreementService;

    @Inject
    DocumentDirectory documentDirectory;

    @Inject
    AssessmentService assessments;

    @Transactional
    public CaseTransfer export(long caseId) {
        CaseRecord c = caseDirectory.record(caseId, true);
        Map<String, List<Passage>> officerText = officerTexts.ofCase(caseId);
        List<CaseTransfer.MarketT> marketsOut = new ArrayList<>();
        for (MarketRecord m : marketDirectory.ofCase(caseId)) {
            MarketRecord.DatasetRecord reference = m.referenceDataset().orElse(null);
            marketsOut.add(new CaseTransfer.MarketT(
                    m.heading().name(),
                    m.productScope(),
                    m.geographicScope(),
                    m.period(),
                    m.shareBasis().name(),
                    m.othersMaxShare(),
                    reference == null ? null : reference.period(),
                    reference == null ? null : reference.source(),
                    m.datasets().stream()
                            .map(d -> new CaseTransfer.DatasetT(
                                    d.period(),
                                    d.source(),
                                    d.scope(),
                                    d.marketSizeUsdBn(),
                                    d.note(),
                                    d.confidential(),
                                    d.rows().stream()
                                            .map(r -> new CaseTransfer.RowT(
                                                    r.firm(), r.share(), r.source(), r.period(), r.note()))
                                            .toList()))
                            .toList(),
                    m.scenarios().stream()
                            .map(sc -> new CaseTransfer.ScenarioT(
                                    sc.name(),
                                    sc.illustrative(),
                                    sc.merging(),
                                    sc.stakes().stream()
                                            .map(st -> new CaseTransfer.StakeT(
                                                    st.holder(), st.target(), st.financial(), st.control()))
                                            .toList()))
                            .toList(),
                    analysisDirectory.criticalLoss(m.heading().id()).stream()
                            .map(CaseTransferService::criticalLoss)
                            .toList(),
                    analysisDirectory.pricingPressure(m.heading().id()).stream()
                            .map(CaseTransferService::upwardPricingPressure)
                            .toList(),
                    analysisDirectory.verticalEffects(m.heading().id()).stream()
                            .map(CaseTransferService::verticalEffects)
                            .toList(),
                    analysisDirectory.mergerSimulations(m.heading().id()).stream()
                            .map(CaseTransferService::mergerSimulation)
                            .toList(),
                    passages(officerText.get(OfficerTexts.market(m.heading().id())))));
        }
        List<CaseTransfer.AssessmentT> assessmentsOut = assessmentDirectory.ofCase(caseId).stream()
                .map(a -> new CaseTransfer.AssessmentT(
                        a.questionnaireId(),
                        a.questionnaireVersion(),
                        a.title(),
                        a.status().name(),
                        a.savedSections(),
                        a.answers().stream()
                                .map(x -> new CaseTransfer.AnswerT(
                                        x.questionId(), x.values(), x.evidence(), x.confidential()))
                                .toList(),
                        officerText.entrySet().stream()
                                .filter(e -> e.getKey().startsWith(OfficerTexts.conclusionPrefix(a.id())))
                                .map(e -> new CaseTransfer.ConclusionTextT(
                                        e.getKey()
                                                .substring(OfficerTexts.conclusionPrefix(a.id())
                                                        .length()),
                                        passages(e.getValue())))
                                .toList(),
                        a.agreementId() == null
                                ? null
                                : agreementTitlesOf(caseId).get(a.agreementId()),
                        a.asOf()))
                .toList();
        List<AgreementDirectory.AgreementRecord> agreementRecords = agreementDirectory.records(caseId);
        Map<Long, String> documentNames = new java.util.HashMap<>();
        documentDirectory.ofCase(caseId).forEach(d -> documentNames.put(d.id(), d.fileName()));
        List<CaseTransfer.AgreementT> agreementsOut = agreementRecords.stream()
                .map(a -> new CaseTransfer.AgreementT(
                        a.details().title(),
                        a.details().parties(),
                        a.clauses().stream().map(x -> clause(x, documentNames)).toList()))
                .toList();
        audit.record(caseId, AuditAction.CASE_EXPORTED, "Exported the whole case as JSON");
        CaseHeading h = c.heading();
        return new CaseTransfer(
                CaseTransfer.FORMAT_VERSION,
                h.reference(),
                h.title(),
                h.type().name(),
                h.status().name(),
                c.openedOn(),
                c.summary(),
                c.parties().stream()
                        .map(p -> new CaseTransfer.PartyT(p.name(), p.role().name()))
                        .toList(),
                c.keyDates().stream()
                        .map(k -> new CaseTransfer.KeyDateT(k.label(), k.kind().name(), k.dueOn(), k.legalBasis()))
                        .toList(),
                c.notes().stream()
                        .map(n -> new CaseTransfer.NoteT(n.author(), n.createdAt(), n.body()))
                        .toList(),
                marketsOut,
                assessmentsOut,
                passages(officerText.get(OfficerTexts.INTRODUCTION)),
                passages(officerText.get(OfficerTexts.CLOSING)),
                agreementsOut);
    }

    private Map<Long, String> agreementTitlesOf(long caseId) {
        Map<Long, String> titles = new java.util.HashMap<>();
        agreementDirectory.ofCase(caseId).forEach(a -> titles.put(a.id(), a.title()));
        return titles;
    }

    /** A clause for the transfer: its document by name, since documents do not travel. */
    private static CaseTransfer.ClauseT clause(ClauseDetails c, Map<Long, String> documentNames) {
        return new CaseTransfer.ClauseT(
                c.kind(),
                c.summary(),
                java.time.LocalDate.parse(c.effectiveFrom()),
                c.effectiveTo() == null ? null : java.time.LocalDate.parse(c.effectiveTo()),
                c.restraintType(),
                c.requirementsShare() == null ? null : new BigDecimal(c.requirementsShare()),
                c.durationMonths() == null ? null : Integer.valueOf(c.durationMonths()),
                c.tacitRenewal() == null ? null : c.tacitRenewal().equals("yes"),
                c.terminable() == null ? null : c.terminable().equals("yes"),
                c.stakePercent() == null ? null : new BigDecimal(c.stakePercent()),
                c.documentId() == null ? null : documentNames.get(Long.valueOf(c.documentId())),
                c.pinpoint(),
                c.sourceTitle(),
                c.sourceUrl(),
                c.sourceDate() == null ? null : java.time.LocalDate.parse(c.sourceDate()),
                c.asReported(),
                c.confidential());
    }

    /**
     * The clause's command; a clause known from a document of the exporting case names that document as its
     * source, with the pinpoint, since the document itself does not travel.
     */
    private static ClauseDetails clause(CaseTransfer.ClauseT c) {
        String sourceTitle = c.sourceTitle() != null
                ? c.sourceTitle()
                : c.document() == null ? null : "Document " + c.document() + " of the case as exported";
        return new ClauseDetails(
                c.kind(),
                c.summary(),
                text(c.effectiveFrom()),
                text(c.effectiveTo()),
                c.restraintType(),
                c.requirementsShare() == null ? null : c.requirementsShare().toPlainString(),
                c.durationMonths() == null ? null : c.durationMonths().toString(),
                c.tacitRenewal() == null ? null : c.tacitRenewal() ? "yes" : "no",
                c.terminable() == null ? null : c.terminable() ? "yes" : "no",
                c.stakePercent() == null ? null : c.stakePercent().toPlainString(),
                null,
                c.pinpoint(),
                sourceTitle,
                c.sourceUrl(),
                text(c.sourceDate()),
                c.asReported(),
                c.confidential(),
                null);
    }

    private static String text(java.time.LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static List<CaseTransfer.PassageT> passages(List<Passage> passages) {
        return passages == null
                ? List.of()
                : passages.stream()
                        .map(p -> new CaseTransfer.PassageT(p.text(), p.confidential()))
                        .toList();
    }

    /**
     * Writes the officer's passages under {@code anchor} through the officer's form's command, as the first
     * revision of the new case's text; nothing is written for none.
     */
    private void importText(long caseId, String anchor, List<CaseTransfer.PassageT> passages, String at) {
        List<CaseTransfer.PassageT> typed = list(passages);
        if (typed.isEmpty()) {
            return;
        }
        List<String> ticked = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            if (typed.get(i).confidential()) {
                ticked.add(Integer.toString(i + 1));
            }
        }
        OfficerAssessment command = new OfficerAssessment(
                "0", typed.stream().map(CaseTransfer.PassageT::text).toList(), ticked);
        at(at, () -> officerTextService.save(caseId, anchor, command));
    }

    /** Imports the case with {@code importer} as its lead; returns the new case's id. */
    @Transactional
    public long importCase(CaseTransfer t, AppUser importer) {
        Commands.Checked checked = commands.begin();
        if (t.formatVersion() != CaseTransfer.FORMAT_VERSION) {
            // A format this application does not know: its other fields may mean something else here, so nothing
            // more is checked.
            throw new InvalidCommand(Map.of(
                    "formatVersion",
                    "format version " + t.formatVersion() + " is not one this" + " application reads; it reads version "
                            + CaseTransfer.FORMAT_VERSION));
        }
        checked.add(t, "");
        CaseOpening opening = opening(t);
        checked.add(opening.details(), "");
        checked.eachOf(opening.parties(), "parties");
        checked.eachOf(opening.keyDates(), "keyDates");
        checked.eachOf(
                opening.notes().stream().map(n -> n == null ? null : n.note()).toList(), "notes");
        List<CaseTransfer.MarketT> marketsIn = upTo(t.markets(), CaseTransfer.MAX_PARTS);
        for (int i = 0; i < marketsIn.size(); i++) {
            CaseTransfer.MarketT m = marketsIn.get(i);
            if (m == null) {
                continue;
            }
            String at = "markets[" + i + "].";
            checked.add(market(m), at);
            List<CaseTransfer.DatasetT> datasets = upTo(m.datasets(), CaseTransfer.MAX_PARTS);
            for (int j = 0; j < datasets.size(); j++) {
                if (datasets.get(j) != null) {
                    checked.add(dataset(datasets.get(j)), at + "datasets[" + j + "].");
                    checked.add(rows(datasets.get(j)), at + "datasets[" + j + "].");
                }
            }
            checked.eachOf(
                    upTo(m.scenarios(), CaseTransfer.MAX_PARTS).stream()
                            .map(x -> x == null ? null : scenario(x))
                            .toList(),
                    at + "scenarios");
            checked.eachOf(
                    upTo(m.criticalLossAnalyses(), CaseTransfer.MAX_PARTS).stream()
                            .map(x -> x == null ? null : criticalLoss(x))
                            .toList(),
                    at + "criticalLossAnalyses");
            checked.eachOf(
                    upTo(m.upwardPricingPressureAnalyses(), CaseTransfer.MAX_PARTS).stream()
                            .map(x -> x == null ? null : pricingPressure(x))
                            .toList(),
                    at + "upwardPricingPressureAnalyses");
            checked.eachOf(
                    upTo(m.verticalEffectsAnalyses(), CaseTransfer.MAX_PARTS).stream()
                            .map(x -> x == null ? null : verticalEffects(x))
                            .toList(),
                    at + "verticalEffectsAnalyses");
            checked.eachOf(
                    upTo(m.mergerSimulations(), CaseTransfer.MAX_PARTS).stream()
                            .map(x -> x == null ? null : mergerSimulation(x))
                            .toList(),
                    at + "mergerSimulations");
        }
        List<CaseTransfer.AgreementT> agreementsIn = upTo(t.agreements(), CaseTransfer.MAX_PARTS);
        Map<String, Integer> agreementIndex = new java.util.HashMap<>();
        for (int i = 0; i < agreementsIn.size(); i++) {
            CaseTransfer.AgreementT a = agreementsIn.get(i);
            if (a == null) {
                continue;
            }
            agreementIndex.putIfAbsent(a.title(), i);
            checked.add(new AgreementDetails(a.title(), a.parties()), "agreements[" + i + "].");
            checked.eachOf(
                    upTo(a.clauses(), CaseTransfer.MAX_ROWS).stream()
                            .map(c -> c == null ? null : clause(c))
                            .toList(),
                    "agreements[" + i + "].clauses");
        }
        List<CaseTransfer.AssessmentT> assessmentsIn = upTo(t.assessments(), CaseTransfer.MAX_PARTS);
        checked.eachOf(
                assessmentsIn.stream()
                        .map(a -> a == null ? null : answered(a, null))
                        .toList(),
                "assessments");
        for (int i = 0; i < assessmentsIn.size(); i++) {
            CaseTransfer.AssessmentT a = assessmentsIn.get(i);
            if (a != null && a.agreement() != null && !agreementIndex.containsKey(a.agreement())) {
                checked.reject("assessments[" + i + "].agreement", "no agreement of this title in the transfer");
            }
        }
        checked.throwIfAny();

        long caseId = audit.withinOneEvent(() -> {
            long id = cases.open(opening, importer).id();
            for (int i = 0; i < marketsIn.size(); i++) {
                importMarket(id, marketsIn.get(i), "markets[" + i + "].");
            }
            Map<String, Long> agreementIds = new java.util.HashMap<>();
            for (int i = 0; i < agreementsIn.size(); i++) {
                CaseTransfer.AgreementT a = agreementsIn.get(i);
                String at = "agreements[" + i + "].";
                long agreementId =
                        at(at, () -> agreementService.create(id, new AgreementDetails(a.title(), a.parties())));
                agreementIds.put(a.title(), agreementId);
                List<CaseTransfer.ClauseT> clauses = list(a.clauses());
                for (int j = 0; j < clauses.size(); j++) {
                    CaseTransfer.ClauseT c = clauses.get(j);
                    at(at + "clauses[" + j + "].", () -> agreementService.addClause(agreementId, clause(c)));
                }
            }
            for (int i = 0; i < assessmentsIn.size(); i++) {
                CaseTransfer.AssessmentT a = assessmentsIn.get(i);
                String at = "assessments[" + i + "].";
                long assessmentId = at(at, () -> assessments.restore(id, answered(a, agreementIds.get(a.agreement()))));
                List<CaseTransfer.ConclusionTextT> texts = list(a.officerAssessments());
                for (int j = 0; j < texts.size(); j++) {
                    importText(
                            id,
                            OfficerTexts.conclusion(assessmentId, texts.get(j).conclusion()),
                            texts.get(j).passages(),
                            at + "officerAssessments[" + j + "].");
                }
            }
            importText(id, OfficerTexts.INTRODUCTION, t.introduction(), "introduction.");
            importText(id, OfficerTexts.CLOSING, t.closing(), "closing.");
            return id;
        });
        audit.record(
                caseId,
                AuditAction.CASE_IMPORTED,
                "Imported case " + opening.details().reference() + " from JSON");
        return caseId;
    }

    private void importMarket(long caseId, CaseTransfer.MarketT m, String at) {
        long marketId = markets.create(caseId, market(m)).id();
        importText(caseId, OfficerTexts.market(marketId), m.officerAssessment(), at + "officerAssessment.");
        List<CaseTransfer.DatasetT> datasets = list(m.datasets());
        for (int j = 0; j < datasets.size(); j++) {
            CaseTransfer.DatasetT d = datasets.get(j);
            String datasetAt = at + "datasets[" + j + "].";
            long datasetId = at(datasetAt, () -> markets.addDataset(marketId, dataset(d)));
            at(datasetAt, () -> markets.replaceRows(datasetId, rows(d)));
            if (d.period().strip().equals(strip(m.referencePeriod()))
                    && d.source().strip().equals(strip(m.referenceSource()))) {
                markets.makeReference(marketId, datasetId);
            }
        }
        list(m.scenarios()).forEach(sc -> markets.keepScenario(marketId, scenario(sc)));
        list(m.criticalLossAnalyses()).forEach(x -> analyses.add(caseId, marketId, criticalLoss(x)));
        list(m.upwardPricingPressureAnalyses()).forEach(x -> analyses.add(caseId, marketId, pricingPressure(x)));
        list(m.verticalEffectsAnalyses()).forEach(x -> analyses.add(caseId, marketId, verticalEffects(x)));
        list(m.mergerSimulations()).forEach(x -> analyses.add(caseId, marketId, mergerSimulation(x)));
    }

    private static KeptScenario scenario(CaseTransfer.ScenarioT sc) {
        return new KeptScenario(
                sc.name(),
                list(sc.merging()),
                list(sc.stakes()).stream()
                        .map(st ->
                                st == null ? null : new Stake(st.holder(), st.target(), st.financial(), st.control()))
                        .toList(),
                sc.illustrative());
    }

    /** Runs a service step; a command it refuses is named by its path in the transfer. */
    private static <T> T at(String prefix, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidCommand e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.order.forEach(path -> errors.put(prefix + path, e.errors.get(path)));
            throw new InvalidCommand(errors);
        }
    }

    private static CaseOpening opening(CaseTransfer t) {
        return new CaseOpening(
                new CaseDetails(
                        t.reference(),
                        t.title(),
                        t.type(),
                        t.openedOn() == null ? null : t.openedOn().toString(),
                        t.summary()),
                t.status(),
                upTo(t.parties(), CaseTransfer.MAX_PARTS).stream()
                        .map(p -> p == null ? null : new PartyDetails(p.name(), p.role()))
                        .toList(),
                upTo(t.keyDates(), CaseTransfer.MAX_PARTS).stream()
                        .map(k -> k == null
                                ? null
                                : new KeyDateDetails(
                                        k.label(),
                                        k.kind(),
                                        k.dueOn() == null ? null : k.dueOn().toString(),
                                        k.legalBasis()))
                        .toList(),
                upTo(t.notes(), CaseTransfer.MAX_NOTES).stream()
                        .map(n -> n == null
                                ? null
                                : new CaseOpening.DatedNote(
                                        new NoteDetails(
                                                n.body() == null
                                                        ? null
                                                        : (n.author() == null
                                                                                || n.author()
                                                                                        .isBlank()
                                                                        ? ""
                                                                        : "["
                                                                                + n.author()
                                                                                        .strip() + "] ")
                                                                + n.body()),
                                        n.createdAt()))
                        .toList());
    }

    private static MarketDetails market(CaseTransfer.MarketT m) {
        return new MarketDetails(
                m.name(),
                m.productScope(),
                m.geographicScope(),
                m.period(),
                m.shareBasis(),
                plain(m.othersMaxShare()),
                null);
    }

    private static DatasetDetails dataset(CaseTransfer.DatasetT d) {
        return new DatasetDetails(
                d.period(), d.source(), d.scope(), plain(d.marketSizeUsdBn()), d.note(), d.confidential());
    }

    private static DatasetRows rows(CaseTransfer.DatasetT d) {
        return new DatasetRows(upTo(d.rows(), CaseTransfer.MAX_ROWS).stream()
                .map(r ->
                        r == null ? null : new RowDetails(r.firm(), plain(r.share()), r.source(), r.period(), r.note()))
                .toList());
    }

    private static CriticalLossDetails criticalLoss(CaseTransfer.CriticalLossT x) {
        return new CriticalLossDetails(
                x.name(),
                x.source(),
                x.illustrative(),
                plain(x.priceRisePercent()),
                plain(x.secondPriceRisePercent()),
                plain(x.marginPercent()),
                x.marginConfidential(),
                plain(x.actualLossPercent()),
                x.actualLossConfidential(),
                plain(x.aggregateDiversionPercent()),
                x.aggregateDiversionConfidential(),
                null);
    }

    private static PricingPressureDetails pricingPressure(CaseTransfer.UpwardPricingPressureT x) {
        return new PricingPressureDetails(
                x.name(),
                x.source(),
                x.illustrative(),
                product(x.a()),
                product(x.b()),
                plain(x.diversionAbPercent()),
                plain(x.diversionBaPercent()),
                x.diversionSource(),
                x.diversionConfidential(),
                plain(x.efficiencyPercent()),
                x.efficiencyConfidential(),
                null);
    }

    /** The simulation's command: its products as the lines the page takes, semicolons between the cells. */
    private static MergerSimulationDetails mergerSimulation(CaseTransfer.MergerSimulationT x) {
        StringBuilder lines = new StringBuilder();
        for (CaseTransfer.SimulatedProductT p : upTo(x.products(), CaseTransfer.MAX_ROWS)) {
            if (p != null) {
                lines.append(String.join(
                                "; ",
                                cell(p.name()),
                                cell(p.firm()),
                                cell(plain(p.price())),
                                cell(plain(p.sharePercent())),
                                cell(plain(p.quantity())),
                                cell(plain(p.marginPercent()))))
                        .append('\n');
            }
        }
        return new MergerSimulationDetails(
                x.name(),
                x.source(),
                x.illustrative(),
                x.demand(),
                lines.toString(),
                x.merging() == null ? null : String.join(", ", list(x.merging())),
                plain(x.outsideSharePercent()),
                x.calibrationProduct(),
                plain(x.calibrationMarginPercent()),
                plain(x.ownElasticity()),
                plain(x.marketElasticity()),
                plain(x.aggregateDiversionPercent()),
                x.pricesConfidential(),
                x.sharesConfidential(),
                x.marginsConfidential(),
                x.elasticitiesConfidential(),
                plain(x.marginLow()),
                plain(x.marginHigh()),
                plain(x.elasticityLow()),
                plain(x.elasticityHigh()),
                x.draws() == null ? null : x.draws().toString(),
                x.seed() == null ? null : x.seed().toString(),
                null);
    }

    /** A cell of a product line: a semicolon or a line break in a name would split it, so none passes. */
    private static String cell(String value) {
        return value == null ? "" : value.replaceAll("[;\\t\\r\\n\"]", " ").strip();
    }

    private static CaseTransfer.MergerSimulationT mergerSimulation(MergerSimulationDetails d) {
        return new CaseTransfer.MergerSimulationT(
                d.name(),
                d.source(),
                d.illustrative(),
                d.demand(),
                d.productList().stream()
                        .map(p -> new CaseTransfer.SimulatedProductT(
                                p.name(), p.firm(), p.price(), p.sharePercent(), p.quantity(), p.marginPercent()))
                        .toList(),
                d.mergingNames(),
                number(d.outsideSharePercent()),
                d.calibrationProduct(),
                number(d.calibrationMarginPercent()),
                number(d.ownElasticity()),
                number(d.marketElasticity()),
                number(d.aggregateDiversionPercent()),
                d.pricesConfidential(),
                d.sharesConfidential(),
                d.marginsConfidential(),
                d.elasticitiesConfidential(),
                number(d.marginLow()),
                number(d.marginHigh()),
                number(d.elasticityLow()),
                number(d.elasticityHigh()),
                d.draws() == null ? null : Integer.valueOf(d.draws()),
                d.seed() == null ? null : Long.valueOf(d.seed()));
    }

    private static VerticalEffectsDetails verticalEffects(CaseTransfer.VerticalEffectsT x) {
        return new VerticalEffectsDetails(
                x.name(),
                x.source(),
                x.illustrative(),
                x.upstreamName(),
                plain(x.inputCost()),
                x.inputCostConfidential(),
                x.downstreamName(),
                plain(x.downstreamPrice()),
                x.downstreamPriceConfidential(),
                plain(x.downstreamMarginPercent()),
                x.downstreamMarginConfidential(),
                plain(x.internalInputPrice()),
                x.internalInputPriceConfidential(),
                x.rivalName(),
                plain(x.rivalPrice()),
                x.rivalPriceConfidential(),
                plain(x.rivalInputPrice()),
                x.rivalInputPriceConfidential(),
                plain(x.diversionToMergingPercent()),
                plain(x.diversionFromMergingPercent()),
                x.diversionSource(),
                x.diversionConfidential(),
                plain(x.passThroughPercent()),
                x.passThroughConfidential(),
                plain(x.supplierWeightPercent()),
                plain(x.downstreamWeightPercent()),
                null);
    }

    private static CaseTransfer.VerticalEffectsT verticalEffects(VerticalEffectsDetails a) {
        return new CaseTransfer.VerticalEffectsT(
                a.name(),
                a.source(),
                a.illustrative(),
                a.upstreamName(),
                number(a.inputCost()),
                a.inputCostConfidential(),
                a.downstreamName(),
                number(a.downstreamPrice()),
                a.downstreamPriceConfidential(),
                number(a.downstreamMarginPercent()),
                a.downstreamMarginConfidential(),
                number(a.internalInputPrice()),
                a.internalInputPriceConfidential(),
                a.rivalName(),
                number(a.rivalPrice()),
                a.rivalPriceConfidential(),
                number(a.rivalInputPrice()),
                a.rivalInputPriceConfidential(),
                number(a.diversionToMergingPercent()),
                number(a.diversionFromMergingPercent()),
                a.diversionSource(),
                a.diversionConfidential(),
                number(a.passThroughPercent()),
                a.passThroughConfidential(),
                number(a.supplierWeightPercent()),
                number(a.downstreamWeightPercent()));
    }

    private static PricingPressureDetails.Product product(CaseTransfer.ProductT p) {
        return p == null
                ? null
                : new PricingPressureDetails.Product(
                        p.name(),
                        plain(p.price()),
                        p.priceConfidential(),
                        plain(p.marginPercent()),
                        p.marginConfidential(),
                        plain(p.sharePercent()),
                        p.shareConfidential());
    }

    /** The assessment's command; {@code agreementId} is the imported agreement it reads, once there is one. */
    private static AnsweredAssessment answered(CaseTransfer.AssessmentT a, Long agreementId) {
        return new AnsweredAssessment(
                a.questionnaireId(),
                a.questionnaireVersion(),
                a.title(),
                a.status(),
                upTo(a.savedSections(), CaseTransfer.MAX_PARTS),
                upTo(a.answers(), CaseTransfer.MAX_ROWS).stream()
                        .map(x -> x == null || x.values() == null || x.values().size() > CaseTransfer.MAX_ROWS
                                ? null
                                : new SectionAnswers.Answer(
                                        x.questionId(), x.values(), x.evidence(), x.confidential(), List.of()))
                        .toList(),
                a.asOf() == null && a.agreement() == null
                        ? null
                        : new AssessmentDate(
                                agreementId == null ? null : agreementId.toString(), text(a.asOf()), null));
    }

    private static CaseTransfer.CriticalLossT criticalLoss(CriticalLossDetails a) {
        return new CaseTransfer.CriticalLossT(
                a.name(),
                a.source(),
                a.illustrative(),
                number(a.priceRisePercent()),
                number(a.secondPriceRisePercent()),
                number(a.marginPercent()),
                a.marginConfidential(),
                number(a.actualLossPercent()),
                a.actualLossConfidential(),
                number(a.aggregateDiversionPercent()),
                a.aggregateDiversionConfidential());
    }

    private static CaseTransfer.UpwardPricingPressureT upwardPricingPressure(PricingPressureDetails a) {
        return new CaseTransfer.UpwardPricingPressureT(
                a.name(),
                a.source(),
                a.illustrative(),
                product(a.a()),
                product(a.b()),
                number(a.diversionAbPercent()),
                number(a.diversionBaPercent()),
                a.diversionSource(),
                a.diversionConfidential(),
                number(a.efficiencyPercent()),
                a.efficiencyConfidential());
    }

    private static CaseTransfer.ProductT product(PricingPressureDetails.Product p) {
        return new CaseTransfer.ProductT(
                p.name(),
                number(p.price()),
                p.priceConfidential(),
                number(p.marginPercent()),
                p.marginConfidential(),
                number(p.sharePercent()),
                p.shareConfidential());
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static BigDecimal number(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /** The list's first {@code max} entries (a longer list already has its own error), or none for a missing list. */
    private static <T> List<T> upTo(List<T> values, int max) {
        return values == null ? List.of() : values.subList(0, Math.min(values.size(), max));
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
