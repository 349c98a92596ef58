package eu.competitiondesk.transfer;

import eu.competitiondesk.assessments.Assessment;
import eu.competitiondesk.assessments.AssessmentAnswer;
import eu.competitiondesk.assessments.AssessmentStatus;
import eu.competitiondesk.assessments.Questionnaires;
import eu.competitiondesk.cases.CaseFile;
import eu.competitiondesk.cases.CaseNote;
import eu.competitiondesk.cases.CaseReference;
import eu.competitiondesk.cases.CaseStatus;
import eu.competitiondesk.cases.CaseType;
import eu.competitiondesk.cases.KeyDate;
import eu.competitiondesk.cases.KeyDateKind;
import eu.competitiondesk.cases.Party;
import eu.competitiondesk.cases.PartyRole;
import eu.competitiondesk.cases.TeamMember;
import eu.competitiondesk.cases.TeamRole;
import eu.competitiondesk.concentration.MarketScenario;
import eu.competitiondesk.concentration.RelevantMarket;
import eu.competitiondesk.concentration.ScenarioStake;
import eu.competitiondesk.concentration.ShareBasis;
import eu.competitiondesk.concentration.ShareDataset;
import eu.competitiondesk.concentration.ShareRow;
import eu.competitiondesk.security.AppUser;
import eu.competitiondesk.audit.AuditTrail;
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

    /** The transfer cannot be imported; each problem names its field. */
    public static class InvalidTransfer extends RuntimeException {
        public final Map<String, String> errors;

        InvalidTransfer(Map<String, String> errors) {
            super(errors.size() + " invalid field(s)");
            this.errors = errors;
        }
    }

    /** Another case already has the transfer's reference. */
    public static class ReferenceTaken extends RuntimeException {
        ReferenceTaken() {
            super("reference taken");
        }
    }

    @Inject
    Questionnaires questionnaires;

    @Inject
    AuditTrail audit;

    static final int MAX_SCENARIOS = 50;
    static final int MAX_SCENARIO_PARTS = 50;

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
                            .toList()));
        }
        List<CaseTransfer.AssessmentT> assessments = Assessment.ofCase(caseId).stream().map(a ->
                new CaseTransfer.AssessmentT(a.questionnaireId, a.questionnaireVersion, a.title, a.status.name(),
                        List.copyOf(a.savedSections), a.answers.stream().map(x -> new CaseTransfer.AnswerT(
                                x.questionId, List.copyOf(x.values), x.evidence, x.confidential)).toList())).toList();
        audit.record(caseId, "CASE_EXPORTED", "Exported the whole case as JSON");
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
        Map<String, String> errors = validate(t);
        if (!errors.isEmpty()) {
            throw new InvalidTransfer(errors);
        }
        String reference = CaseReference.normalise(t.reference());
        if (CaseFile.findByReference(reference).isPresent()) {
            throw new ReferenceTaken();
        }
        OffsetDateTime now = OffsetDateTime.now();
        CaseFile c = new CaseFile();
        c.reference = reference;
        c.title = t.title();
        c.type = CaseType.valueOf(t.type());
        c.status = CaseStatus.valueOf(t.status());
        c.openedOn = t.openedOn();
        c.summary = t.summary();
        c.createdAt = now;
        c.updatedAt = now;
        int position = 0;
        for (CaseTransfer.PartyT p : list(t.parties())) {
            Party party = new Party();
            party.caseFile = c;
            party.name = p.name();
            party.role = PartyRole.valueOf(p.role());
            party.position = position++;
            c.parties.add(party);
        }
        for (CaseTransfer.KeyDateT k : list(t.keyDates())) {
            KeyDate date = new KeyDate();
            date.caseFile = c;
            date.label = k.label();
            date.kind = KeyDateKind.valueOf(k.kind());
            date.dueOn = k.dueOn();
            date.legalBasis = k.legalBasis();
            c.keyDates.add(date);
        }
        for (CaseTransfer.NoteT n : list(t.notes())) {
            CaseNote note = new CaseNote();
            note.caseFile = c;
            note.author = importer;
            note.body = (n.author() == null ? "" : "[" + n.author() + "] ") + n.body();
            note.createdAt = n.createdAt() == null ? now : n.createdAt();
            c.notes.add(note);
        }
        TeamMember lead = new TeamMember();
        lead.caseFile = c;
        lead.user = importer;
        lead.teamRole = TeamRole.LEAD;
        c.team.add(lead);
        c.persist();

        for (CaseTransfer.MarketT m : list(t.markets())) {
            RelevantMarket market = new RelevantMarket();
            market.caseFile = c;
            market.name = m.name();
            market.productScope = m.productScope();
            market.geographicScope = m.geographicScope();
            market.period = m.period();
            market.shareBasis = ShareBasis.valueOf(m.shareBasis());
            market.othersMaxShare = m.othersMaxShare();
            market.createdAt = now;
            market.updatedAt = now;
            for (CaseTransfer.DatasetT d : list(m.datasets())) {
                ShareDataset dataset = new ShareDataset();
                dataset.market = market;
                dataset.period = d.period();
                dataset.source = d.source();
                dataset.scope = d.scope();
                dataset.marketSizeUsdBn = d.marketSizeUsdBn();
                dataset.note = d.note();
                dataset.confidential = d.confidential();
                dataset.createdAt = now;
                int row = 0;
                for (CaseTransfer.RowT r : list(d.rows())) {
                    dataset.rows.add(ShareRow.of(dataset, row++, r.firm(), r.share(), r.source(), r.period(),
                            r.note()));
                }
                market.datasets.add(dataset);
            }
            market.persist();
            market.datasets.stream().filter(d -> d.period.equals(m.referencePeriod())
                    && d.source.equals(m.referenceSource())).findFirst().ifPresent(d -> market.referenceDataset = d);
            for (CaseTransfer.ScenarioT sc : list(m.scenarios())) {
                MarketScenario scenario = new MarketScenario();
                scenario.market = market;
                scenario.name = sc.name().strip();
                scenario.illustrative = sc.illustrative();
                scenario.merging = new ArrayList<>(list(sc.merging()).stream().map(String::strip).toList());
                scenario.createdAt = now;
                int stakeAt = 0;
                for (CaseTransfer.StakeT st : list(sc.stakes())) {
                    ScenarioStake stake = new ScenarioStake();
                    stake.scenario = scenario;
                    stake.position = stakeAt++;
                    stake.holder = st.holder().strip();
                    stake.target = st.target().strip();
                    stake.financial = st.financial();
                    stake.control = st.control();
                    scenario.stakes.add(stake);
                }
                scenario.persist();
            }
        }
        for (CaseTransfer.AssessmentT a : list(t.assessments())) {
            Assessment assessment = new Assessment();
            assessment.caseFile = c;
            assessment.questionnaireId = a.questionnaireId();
            assessment.questionnaireVersion = a.questionnaireVersion();
            assessment.title = a.title();
            assessment.status = AssessmentStatus.valueOf(a.status());
            assessment.savedSections = new ArrayList<>(list(a.savedSections()));
            assessment.createdAt = now;
            assessment.completedAt = assessment.status == AssessmentStatus.COMPLETED ? now : null;
            for (CaseTransfer.AnswerT x : list(a.answers())) {
                assessment.answers.add(AssessmentAnswer.of(assessment, x.questionId(), list(x.values()),
                        x.evidence(), x.confidential(), now, importer.username));
            }
            assessment.persist();
        }
        audit.record(c.id, "CASE_IMPORTED", "Imported case " + c.reference + " from JSON");
        return c;
    }

    /** The limits of the scenario page and of the columns: names up to 200 characters, fractions from 0 to 1. */
    private static void validateScenarios(List<CaseTransfer.ScenarioT> scenarios, String field,
            Map<String, String> errors) {
        if (scenarios.size() > MAX_SCENARIOS) {
            errors.put(field, "at most " + MAX_SCENARIOS + " scenarios a market");
            return;
        }
        for (int s = 0; s < scenarios.size(); s++) {
            CaseTransfer.ScenarioT sc = scenarios.get(s);
            String at = field + "[" + s + "]";
            if (sc == null) {
                errors.put(at, "missing");
                continue;
            }
            if (!name(sc.name())) {
                errors.put(at + ".name", "1 to 200 characters");
            }
            List<String> merging = list(sc.merging());
            if (merging.size() > MAX_SCENARIO_PARTS || merging.stream().anyMatch(f -> !name(f))) {
                errors.put(at + ".merging", "at most " + MAX_SCENARIO_PARTS + " firm names of 1 to 200 characters");
            }
            List<CaseTransfer.StakeT> stakes = list(sc.stakes());
            if (stakes.size() > MAX_SCENARIO_PARTS) {
                errors.put(at + ".stakes", "at most " + MAX_SCENARIO_PARTS + " stakes");
                continue;
            }
            for (int k = 0; k < stakes.size(); k++) {
                CaseTransfer.StakeT st = stakes.get(k);
                if (st == null || !name(st.holder()) || !name(st.target()) || !fraction(st.financial())
                        || !fraction(st.control())) {
                    errors.put(at + ".stakes[" + k + "]", "holder and target of 1 to 200 characters, financial and"
                            + " control fractions from 0 to 1 with at most 8 decimals");
                }
            }
        }
    }

    private static boolean name(String value) {
        return value != null && !value.isBlank() && value.strip().length() <= 200;
    }

    private static boolean fraction(BigDecimal value) {
        return value != null && value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0
                && value.stripTrailingZeros().scale() <= 8;
    }

    private Map<String, String> validate(CaseTransfer t) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (t.formatVersion() != CaseTransfer.FORMAT_VERSION) {
            errors.put("formatVersion", "must be " + CaseTransfer.FORMAT_VERSION);
        }
        if (!CaseReference.isValid(CaseReference.normalise(t.reference()))) {
            errors.put("reference", "a reference such as AT.40987");
        }
        if (t.title() == null || t.title().isBlank() || t.title().length() > 300) {
            errors.put("title", "1 to 300 characters");
        }
        enumOf(CaseType.class, t.type(), "type", errors);
        enumOf(CaseStatus.class, t.status(), "status", errors);
        if (t.openedOn() == null) {
            errors.put("openedOn", "required");
        }
        List<CaseTransfer.PartyT> parties = list(t.parties());
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).name() == null || parties.get(i).name().isBlank()) {
                errors.put("parties[" + i + "].name", "required");
            }
            enumOf(PartyRole.class, parties.get(i).role(), "parties[" + i + "].role", errors);
        }
        List<CaseTransfer.KeyDateT> dates = list(t.keyDates());
        for (int i = 0; i < dates.size(); i++) {
            enumOf(KeyDateKind.class, dates.get(i).kind(), "keyDates[" + i + "].kind", errors);
            if (dates.get(i).dueOn() == null || dates.get(i).label() == null) {
                errors.put("keyDates[" + i + "]", "label and dueOn required");
            }
        }
        List<CaseTransfer.MarketT> markets = list(t.markets());
        for (int i = 0; i < markets.size(); i++) {
            CaseTransfer.MarketT m = markets.get(i);
            enumOf(ShareBasis.class, m.shareBasis(), "markets[" + i + "].shareBasis", errors);
            if (m.name() == null || m.productScope() == null || m.geographicScope() == null || m.period() == null) {
                errors.put("markets[" + i + "]", "name, productScope, geographicScope and period required");
            }
            List<CaseTransfer.DatasetT> datasets = list(m.datasets());
            for (int j = 0; j < datasets.size(); j++) {
                List<CaseTransfer.RowT> rows = list(datasets.get(j).rows());
                for (int k = 0; k < rows.size(); k++) {
                    BigDecimal share = rows.get(k).share();
                    if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
                        errors.put("markets[" + i + "].datasets[" + j + "].rows[" + k + "].share",
                                "above 0 and at most 100");
                    }
                }
            }
            validateScenarios(list(m.scenarios()), "markets[" + i + "].scenarios", errors);
        }
        List<CaseTransfer.AssessmentT> assessments = list(t.assessments());
        for (int i = 0; i < assessments.size(); i++) {
            CaseTransfer.AssessmentT a = assessments.get(i);
            if (a.questionnaireId() == null || questionnaires.available().stream().noneMatch(q ->
                    q.id().equals(a.questionnaireId()) && q.version() >= a.questionnaireVersion())) {
                errors.put("assessments[" + i + "].questionnaireId", "not a questionnaire version this installation"
                        + " ships");
            }
            enumOf(AssessmentStatus.class, a.status(), "assessments[" + i + "].status", errors);
        }
        return errors;
    }

    private static <E extends Enum<E>> void enumOf(Class<E> type, String value, String field,
            Map<String, String> errors) {
        try {
            Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.put(field, "unknown value");
        }
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
