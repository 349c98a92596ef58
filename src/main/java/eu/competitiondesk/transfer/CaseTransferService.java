package eu.competitiondesk.transfer;

import eu.competitiondesk.assessments.Assessment;
import eu.competitiondesk.assessments.AssessmentAnswer;
import eu.competitiondesk.assessments.AssessmentStatus;
import eu.competitiondesk.assessments.Questionnaires;
import eu.competitiondesk.cases.CaseFile;
import eu.competitiondesk.assessments.questionnaire.AnswerCheck;
import eu.competitiondesk.assessments.questionnaire.Questionnaire;
import eu.competitiondesk.cases.CaseDetails;
import eu.competitiondesk.cases.CaseService;
import eu.competitiondesk.cases.CaseStatus;
import eu.competitiondesk.cases.CaseSubForms;
import eu.competitiondesk.cases.KeyDateKind;
import eu.competitiondesk.cases.PartyRole;
import eu.competitiondesk.concentration.MarketForms;
import eu.competitiondesk.concentration.MarketScenario;
import eu.competitiondesk.economics.AnalysisForms;
import eu.competitiondesk.economics.EconomicsMessages;
import eu.competitiondesk.economics.MarketDefinitionAnalysis;
import eu.competitiondesk.economics.UnilateralEffectsAnalysis;
import eu.competitiondesk.concentration.MarketService;
import eu.competitiondesk.concentration.RelevantMarket;
import eu.competitiondesk.concentration.ShareCsv;
import eu.competitiondesk.concentration.ShareBasis;
import eu.competitiondesk.concentration.ShareDataset;
import eu.competitiondesk.concentration.engine.Market;
import eu.competitiondesk.concentration.engine.Stake;
import eu.competitiondesk.security.AppUser;
import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.web.FormValidator;
import eu.competitiondesk.platform.InvalidCommand;
import eu.competitiondesk.platform.validation.PlainText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a case out as {@link CaseTransfer} and reads one back in as a new case, all or nothing. */
@ApplicationScoped
public class CaseTransferService {

    @Inject
    Questionnaires questionnaires;

    @Inject
    AuditTrail audit;

    @Inject
    FormValidator validator;

    @Inject
    EconomicsMessages economicsMessages;

    @Transactional
    public CaseTransfer export(long caseId) {
        CaseFile c = CaseFile.findById(caseId);
        List<CaseTransfer.MarketT> markets = new ArrayList<>();
        for (RelevantMarket m : RelevantMarket.ofCase(caseId)) {
            markets.add(new CaseTransfer.MarketT(m.name, m.productScope, m.geographicScope, m.period,
                    m.shareBasis.name(), m.othersMaxShare,
                    m.referenceDataset == null ? null : m.referenceDataset.period,
                    m.referenceDataset == null ? null : m.referenceDataset.source,
                    m.datasets.stream().map(d -> new CaseTransfer.DatasetT(d.period, d.source, d.scope,
                            d.marketSizeUsdBn, d.note, d.confidential, d.rows.stream().map(r -> new CaseTransfer.RowT(
                                    r.firm, r.share, r.source, r.period, r.note)).toList())).toList(),
                    MarketScenario.ofMarket(m.id).stream().map(sc -> new CaseTransfer.ScenarioT(sc.name,
                            sc.illustrative, List.copyOf(sc.merging), sc.stakes.stream().map(st ->
                                    new CaseTransfer.StakeT(st.holder, st.target, st.financial, st.control)).toList()))
                            .toList(),
                    MarketDefinitionAnalysis.ofMarket(m.id).stream().map(CaseTransferService::criticalLoss).toList(),
                    UnilateralEffectsAnalysis.ofMarket(m.id).stream().map(CaseTransferService::upwardPricingPressure)
                            .toList()));
        }
        List<CaseTransfer.AssessmentT> assessments = Assessment.ofCase(caseId).stream().map(a ->
                new CaseTransfer.AssessmentT(a.questionnaireId, a.questionnaireVersion, a.title, a.status.name(),
                        List.copyOf(a.savedSections), a.answers.stream().map(x -> new CaseTransfer.AnswerT(
                                x.questionId, List.copyOf(x.values), x.evidence, x.confidential)).toList())).toList();
        audit.record(caseId, AuditAction.CASE_EXPORTED, "Exported the whole case as JSON");
        return new CaseTransfer(CaseTransfer.FORMAT_VERSION, c.reference, c.title, c.type.name(), c.status.name(),
                c.openedOn, c.summary,
                c.parties.stream().map(p -> new CaseTransfer.PartyT(p.name, p.role.name())).toList(),
                c.keyDates.stream().map(k -> new CaseTransfer.KeyDateT(k.label, k.kind.name(), k.dueOn,
                        k.legalBasis)).toList(),
                c.notes.stream().map(n -> new CaseTransfer.NoteT(n.author.fullName, n.createdAt, n.body)).toList(),
                markets, assessments);
    }

    @Transactional
    public CaseFile importCase(CaseTransfer t, AppUser importer) {
        validate(t);
        CaseDetails details = details(t);
        CaseService.requireFreeReference(details.reference());
        OffsetDateTime now = OffsetDateTime.now();
        CaseFile c = CaseFile.openAtStage(details, CaseStatus.valueOf(t.status().strip()), importer);
        for (CaseTransfer.PartyT p : list(t.parties())) {
            c.addParty(p.name(), PartyRole.valueOf(p.role().strip()));
        }
        for (CaseTransfer.KeyDateT k : list(t.keyDates())) {
            c.addKeyDate(k.label(), KeyDateKind.valueOf(k.kind().strip()), k.dueOn(), k.legalBasis());
        }
        for (CaseTransfer.NoteT n : list(t.notes())) {
            c.addNote(importer, (n.author() == null || n.author().isBlank() ? "" : "[" + n.author().strip() + "] ")
                    + n.body(), n.createdAt() == null ? now : n.createdAt());
        }
        c.persist();

        for (CaseTransfer.MarketT m : list(t.markets())) {
            RelevantMarket market = RelevantMarket.define(c, new MarketService.MarketDetails(m.name(),
                    m.productScope(), m.geographicScope(), m.period(), ShareBasis.valueOf(m.shareBasis().strip()),
                    m.othersMaxShare()));
            for (CaseTransfer.DatasetT d : list(m.datasets())) {
                ShareDataset dataset = market.addDataset(new MarketService.DatasetDetails(d.period(), d.source(),
                        d.scope(), d.marketSizeUsdBn(), d.note(), d.confidential()));
                for (CaseTransfer.RowT r : list(d.rows())) {
                    market.addRow(dataset, new ShareCsv.Row(r.firm(), r.share(), FormText.trimToNull(r.source()),
                            FormText.trimToNull(r.period()), FormText.trimToNull(r.note())));
                }
            }
            market.persist();
            market.datasets.stream().filter(d -> d.period.equals(FormText.trimToNull(m.referencePeriod()))
                    && d.source.equals(FormText.trimToNull(m.referenceSource()))).findFirst()
                    .ifPresent(market::relyOn);
            for (CaseTransfer.ScenarioT sc : list(m.scenarios())) {
                market.keepScenario(sc.name(), list(sc.merging()), list(sc.stakes()).stream()
                        .map(st -> new Stake(st.holder(), st.target(), st.financial(), st.control())).toList(),
                        sc.illustrative()).persist();
            }
            for (CaseTransfer.CriticalLossT x : list(m.criticalLossAnalyses())) {
                MarketDefinitionAnalysis analysis = new MarketDefinitionAnalysis();
                analysis.marketId = market.id;
                definitionForm(x).applyTo(analysis);
                analysis.persist();
            }
            for (CaseTransfer.UpwardPricingPressureT x : list(m.upwardPricingPressureAnalyses())) {
                UnilateralEffectsAnalysis analysis = new UnilateralEffectsAnalysis();
                analysis.marketId = market.id;
                effectsForm(x).applyTo(analysis);
                analysis.persist();
            }
        }
        for (CaseTransfer.AssessmentT a : list(t.assessments())) {
            Questionnaire questionnaire = questionnaires.find(a.questionnaireId().strip(), a.questionnaireVersion())
                    .orElseThrow();
            Assessment assessment = Assessment.start(c, questionnaire, a.title());
            assessment.status = AssessmentStatus.valueOf(a.status().strip());
            assessment.savedSections = new ArrayList<>(list(a.savedSections()));
            assessment.completedAt = assessment.status == AssessmentStatus.COMPLETED ? now : null;
            for (CaseTransfer.AnswerT x : list(a.answers())) {
                Questionnaire.Question question = questionnaire.question(x.questionId().strip()).orElseThrow();
                assessment.answers.add(AssessmentAnswer.of(assessment, question.id(),
                        AnswerCheck.check(question, x.values()).values(), FormText.trimToNull(x.evidence()),
                        x.confidential(), now, importer.username));
            }
            assessment.persist();
        }
        audit.record(c.id, AuditAction.CASE_IMPORTED, "Imported case " + c.reference + " from JSON");
        return c;
    }

    /** The case's own fields, as the create form would have them. */
    private static CaseDetails details(CaseTransfer t) {
        return new CaseDetails(t.reference(), t.title(), t.type(), t.openedOn() == null ? null : t.openedOn().toString(),
                t.summary());
    }

    /**
     * Checks the whole transfer before anything is stored: its own constraints ({@link CaseTransfer}), then every
     * part through the form the pages use for it, so an import accepts exactly what a user could have typed, then the
     * references between parts (an assessment's questionnaire version, its sections and questions, each answer
     * against its question's type). Lists are read only up to their limit; beyond it the list's own error stands.
     */
    private void validate(CaseTransfer t) {
        if (t.formatVersion() != CaseTransfer.FORMAT_VERSION) {
            // A format this application does not know: its other fields may mean something else here, so nothing
            // more is checked.
            throw new InvalidCommand(Map.of("formatVersion", "format version " + t.formatVersion() + " is not one this"
                    + " application reads; it reads version " + CaseTransfer.FORMAT_VERSION));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        validator.collect(t, "", Map.of(), errors);
        validator.collect(details(t), "", Map.of(), errors);
        List<CaseTransfer.PartyT> parties = upTo(t.parties(), CaseTransfer.MAX_PARTS);
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i) != null) {
                CaseSubForms.PartyForm form = new CaseSubForms.PartyForm();
                form.partyName = parties.get(i).name();
                form.partyRole = parties.get(i).role();
                validator.collect(form, "parties[" + i + "].", PARTY_NAMES, errors);
            }
        }
        List<CaseTransfer.KeyDateT> dates = upTo(t.keyDates(), CaseTransfer.MAX_PARTS);
        for (int i = 0; i < dates.size(); i++) {
            CaseTransfer.KeyDateT date = dates.get(i);
            if (date != null) {
                CaseSubForms.KeyDateForm form = new CaseSubForms.KeyDateForm();
                form.dateLabel = date.label();
                form.dateKind = date.kind();
                form.dateDue = date.dueOn() == null ? null : date.dueOn().toString();
                form.dateBasis = date.legalBasis();
                validator.collect(form, "keyDates[" + i + "].", KEY_DATE_NAMES, errors);
            }
        }
        List<CaseTransfer.NoteT> notes = upTo(t.notes(), CaseTransfer.MAX_NOTES);
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i) != null) {
                CaseSubForms.NoteForm form = new CaseSubForms.NoteForm();
                form.noteBody = notes.get(i).body();
                validator.collect(form, "notes[" + i + "].", Map.of("noteBody", "body"), errors);
            }
        }
        List<CaseTransfer.MarketT> markets = upTo(t.markets(), CaseTransfer.MAX_PARTS);
        for (int i = 0; i < markets.size(); i++) {
            if (markets.get(i) != null) {
                validateMarket(markets.get(i), "markets[" + i + "].", errors);
            }
        }
        List<CaseTransfer.AssessmentT> assessments = upTo(t.assessments(), CaseTransfer.MAX_PARTS);
        for (int i = 0; i < assessments.size(); i++) {
            if (assessments.get(i) != null) {
                validateAssessment(assessments.get(i), "assessments[" + i + "].", errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidCommand(errors);
        }
    }

    private static final Map<String, String> PARTY_NAMES = Map.of("partyName", "name", "partyRole", "role");
    private static final Map<String, String> KEY_DATE_NAMES = Map.of("dateLabel", "label", "dateKind", "kind",
            "dateDue", "dueOn", "dateBasis", "legalBasis");
    private static final Map<String, String> DATASET_NAMES = Map.of("datasetPeriod", "period", "datasetSource",
            "source", "datasetScope", "scope", "marketSize", "marketSizeUsdBn", "datasetNote", "note");
    /** The page form's field names as the transfer names them. */
    private static final Map<String, String> DEFINITION_NAMES = Map.of("priceRise", "priceRisePercent",
            "secondPriceRise", "secondPriceRisePercent", "margin", "marginPercent", "actualLoss", "actualLossPercent",
            "aggregateDiversion", "aggregateDiversionPercent");
    private static final Map<String, String> EFFECTS_NAMES = Map.ofEntries(Map.entry("aName", "a.name"),
            Map.entry("aPrice", "a.price"), Map.entry("aMargin", "a.marginPercent"), Map.entry("aShare",
                    "a.sharePercent"), Map.entry("bName", "b.name"), Map.entry("bPrice", "b.price"),
            Map.entry("bMargin", "b.marginPercent"), Map.entry("bShare", "b.sharePercent"),
            Map.entry("diversionAb", "diversionAbPercent"), Map.entry("diversionBa", "diversionBaPercent"),
            Map.entry("efficiency", "efficiencyPercent"));
    private static final Map<String, String> ROW_NAMES = Map.of("rowSource", "source", "rowPeriod", "period",
            "rowNote", "note");

    private void validateMarket(CaseTransfer.MarketT m, String at, Map<String, String> errors) {
        MarketForms.MarketForm form = new MarketForms.MarketForm();
        form.name = m.name();
        form.productScope = m.productScope();
        form.geographicScope = m.geographicScope();
        form.period = m.period();
        form.shareBasis = m.shareBasis();
        form.othersMaxShare = plain(m.othersMaxShare());
        validator.collect(form, at, Map.of(), errors);
        List<CaseTransfer.DatasetT> datasets = upTo(m.datasets(), CaseTransfer.MAX_PARTS);
        java.util.Set<String> periodsAndSources = new java.util.HashSet<>();
        for (int j = 0; j < datasets.size(); j++) {
            CaseTransfer.DatasetT d = datasets.get(j);
            if (d == null) {
                continue;
            }
            String dataset = at + "datasets[" + j + "].";
            if (d.period() != null && d.source() != null && !periodsAndSources.add(
                    d.period().strip().toLowerCase(java.util.Locale.ROOT) + "\n"
                            + d.source().strip().toLowerCase(java.util.Locale.ROOT))) {
                errors.putIfAbsent(dataset + "period", "a second dataset for this period and source");
            }
            MarketForms.DatasetForm datasetForm = new MarketForms.DatasetForm();
            datasetForm.datasetPeriod = d.period();
            datasetForm.datasetSource = d.source();
            datasetForm.datasetScope = d.scope();
            datasetForm.marketSize = plain(d.marketSizeUsdBn());
            datasetForm.datasetNote = d.note();
            validator.collect(datasetForm, dataset, DATASET_NAMES, errors);
            List<CaseTransfer.RowT> rows = upTo(d.rows(), CaseTransfer.MAX_ROWS);
            java.util.Set<String> firms = new java.util.HashSet<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int k = 0; k < rows.size(); k++) {
                CaseTransfer.RowT r = rows.get(k);
                if (r != null && r.firm() != null && !firms.add(r.firm().strip().toLowerCase(java.util.Locale.ROOT))) {
                    errors.putIfAbsent(dataset + "rows[" + k + "].firm", "already in this dataset");
                }
                if (r != null && r.share() != null) {
                    total = total.add(r.share());
                }
                if (r != null) {
                    MarketForms.RowForm rowForm = new MarketForms.RowForm();
                    rowForm.firm = r.firm();
                    rowForm.share = plain(r.share());
                    rowForm.rowSource = r.source();
                    rowForm.rowPeriod = r.period();
                    rowForm.rowNote = r.note();
                    validator.collect(rowForm, dataset + "rows[" + k + "].", ROW_NAMES, errors);
                }
            }
            if (total.compareTo(Market.MAX_TOTAL) > 0) {
                errors.putIfAbsent(dataset + "rows", "the shares add up to more than " + Market.MAX_TOTAL.toPlainString()
                        + "%");
            }
        }
        List<CaseTransfer.CriticalLossT> definitions = upTo(m.criticalLossAnalyses(), CaseTransfer.MAX_PARTS);
        for (int j = 0; j < definitions.size(); j++) {
            if (definitions.get(j) != null) {
                validator.collect(definitionForm(definitions.get(j)), at + "criticalLossAnalyses[" + j + "].",
                        DEFINITION_NAMES, errors);
            }
        }
        List<CaseTransfer.UpwardPricingPressureT> effects = upTo(m.upwardPricingPressureAnalyses(),
                CaseTransfer.MAX_PARTS);
        for (int j = 0; j < effects.size(); j++) {
            if (effects.get(j) == null) {
                continue;
            }
            String analysis = at + "upwardPricingPressureAnalyses[" + j + "].";
            AnalysisForms.EffectsForm inputs = effectsForm(effects.get(j));
            Map<String, String> fieldErrors = new LinkedHashMap<>();
            validator.collect(inputs, analysis, EFFECTS_NAMES, fieldErrors);
            if (fieldErrors.isEmpty()) {
                inputs.inconsistencies(economicsMessages).forEach((field, problem) -> fieldErrors.put(analysis
                        + EFFECTS_NAMES.getOrDefault(field, field), problem));
            }
            errors.putAll(fieldErrors);
        }
    }

    private void validateAssessment(CaseTransfer.AssessmentT a, String at, Map<String, String> errors) {
        Questionnaire questionnaire = questionnaires.find(a.questionnaireId() == null ? null
                : a.questionnaireId().strip(), a.questionnaireVersion()).orElse(null);
        if (questionnaire == null) {
            boolean known = questionnaires.available().stream().anyMatch(q -> q.id().equals(a.questionnaireId()));
            errors.putIfAbsent(at + (known ? "questionnaireVersion" : "questionnaireId"), known
                    ? "not a version of this questionnaire that this installation ships"
                    : "not a questionnaire this installation ships");
            return;
        }
        List<String> sections = upTo(a.savedSections(), CaseTransfer.MAX_PARTS);
        for (int s = 0; s < sections.size(); s++) {
            if (sections.get(s) != null && questionnaire.section(sections.get(s).strip()).isEmpty()) {
                errors.putIfAbsent(at + "savedSections[" + s + "]", "not a section of this questionnaire");
            }
        }
        List<CaseTransfer.AnswerT> answers = upTo(a.answers(), CaseTransfer.MAX_ROWS);
        java.util.Set<String> answered = new java.util.HashSet<>();
        for (int x = 0; x < answers.size(); x++) {
            CaseTransfer.AnswerT answer = answers.get(x);
            if (answer == null || answer.questionId() == null || answer.values() == null
                    || answer.values().size() > CaseTransfer.MAX_ROWS || answer.values().contains(null)) {
                continue;
            }
            String field = at + "answers[" + x + "].";
            Questionnaire.Question question = questionnaire.question(answer.questionId().strip()).orElse(null);
            if (question == null) {
                errors.putIfAbsent(field + "questionId", "not a question of this questionnaire");
            } else if (!answered.add(question.id())) {
                errors.putIfAbsent(field + "questionId", "answered twice");
            } else if (answer.values().stream().anyMatch(v -> PlainText.Validator.hasUntypable(v, true))) {
                errors.putIfAbsent(field + "values", "remove the control characters from the text");
            } else {
                AnswerCheck.Checked checked = AnswerCheck.check(question, answer.values());
                if (!checked.ok()) {
                    errors.putIfAbsent(field + "values", checked.problem());
                }
            }
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    /** The list's first {@code max} entries (a longer list already has its own error), or none for a missing list. */
    private static <T> List<T> upTo(List<T> values, int max) {
        return values == null ? List.of() : values.subList(0, Math.min(values.size(), max));
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static CaseTransfer.CriticalLossT criticalLoss(MarketDefinitionAnalysis a) {
        return new CaseTransfer.CriticalLossT(a.name, a.source, a.illustrative, a.priceRisePercent,
                a.secondPriceRisePercent, a.marginPercent, a.marginConfidential, a.actualLossPercent,
                a.actualLossConfidential, a.aggregateDiversionPercent, a.aggregateDiversionConfidential);
    }

    /** The analysis as the page's form would have it typed: the import is checked by the page's rules. */
    private static AnalysisForms.DefinitionForm definitionForm(CaseTransfer.CriticalLossT x) {
        AnalysisForms.DefinitionForm f = new AnalysisForms.DefinitionForm();
        f.name = x.name();
        f.source = x.source();
        f.illustrative = x.illustrative();
        f.priceRise = plain(x.priceRisePercent());
        f.secondPriceRise = plain(x.secondPriceRisePercent());
        f.margin = plain(x.marginPercent());
        f.marginConfidential = x.marginConfidential();
        f.actualLoss = plain(x.actualLossPercent());
        f.actualLossConfidential = x.actualLossConfidential();
        f.aggregateDiversion = plain(x.aggregateDiversionPercent());
        f.aggregateDiversionConfidential = x.aggregateDiversionConfidential();
        return f.normalised();
    }

    private static CaseTransfer.UpwardPricingPressureT upwardPricingPressure(UnilateralEffectsAnalysis a) {
        return new CaseTransfer.UpwardPricingPressureT(a.name, a.source, a.illustrative,
                new CaseTransfer.ProductT(a.aName, a.aPrice, a.aPriceConfidential, a.aMarginPercent,
                        a.aMarginConfidential, a.aSharePercent, a.aShareConfidential),
                new CaseTransfer.ProductT(a.bName, a.bPrice, a.bPriceConfidential, a.bMarginPercent,
                        a.bMarginConfidential, a.bSharePercent, a.bShareConfidential),
                a.diversionAbPercent, a.diversionBaPercent, a.diversionSource, a.diversionConfidential,
                a.efficiencyPercent, a.efficiencyConfidential);
    }

    private static AnalysisForms.EffectsForm effectsForm(CaseTransfer.UpwardPricingPressureT x) {
        AnalysisForms.EffectsForm f = new AnalysisForms.EffectsForm();
        f.name = x.name();
        f.source = x.source();
        f.illustrative = x.illustrative();
        CaseTransfer.ProductT a = x.a() == null ? new CaseTransfer.ProductT(null, null, false, null, false, null, false)
                : x.a();
        CaseTransfer.ProductT b = x.b() == null ? new CaseTransfer.ProductT(null, null, false, null, false, null, false)
                : x.b();
        f.aName = a.name();
        f.aPrice = plain(a.price());
        f.aPriceConfidential = a.priceConfidential();
        f.aMargin = plain(a.marginPercent());
        f.aMarginConfidential = a.marginConfidential();
        f.aShare = plain(a.sharePercent());
        f.aShareConfidential = a.shareConfidential();
        f.bName = b.name();
        f.bPrice = plain(b.price());
        f.bPriceConfidential = b.priceConfidential();
        f.bMargin = plain(b.marginPercent());
        f.bMarginConfidential = b.marginConfidential();
        f.bShare = plain(b.sharePercent());
        f.bShareConfidential = b.shareConfidential();
        f.diversionAb = plain(x.diversionAbPercent());
        f.diversionBa = plain(x.diversionBaPercent());
        f.diversionSource = x.diversionSource();
        f.diversionConfidential = x.diversionConfidential();
        f.efficiency = plain(x.efficiencyPercent());
        f.efficiencyConfidential = x.efficiencyConfidential();
        return f.normalised();
    }
}
