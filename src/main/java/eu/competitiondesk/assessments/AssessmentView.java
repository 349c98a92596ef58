package eu.competitiondesk.assessments;

import eu.competitiondesk.assessments.engine.AnswerSheet;
import eu.competitiondesk.assessments.questionnaire.AnswerCheck;
import eu.competitiondesk.assessments.questionnaire.Questionnaire;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An assessment read against its questionnaire: which questions are shown, each section's status, and the
 * answers the rules may use (only those of questions shown, so an answer hidden by a later change is kept but not
 * counted).
 */
public record AssessmentView(
        Assessment assessment,
        Questionnaire questionnaire,
        Map<Long, eu.competitiondesk.documents.DocumentDirectory.DocumentRef> documents,
        AgreementReading agreement) {

    public AssessmentView {
        agreement = agreement == null ? AgreementReading.NONE : agreement;
    }

    /** A view that names no cited document (where citations are not shown). */
    public AssessmentView(Assessment assessment, Questionnaire questionnaire) {
        this(assessment, questionnaire, Map.of(), AgreementReading.NONE);
    }

    /** The same view with some answers read from an agreement as it stood on a day. */
    public AssessmentView reading(AgreementReading reading) {
        return new AssessmentView(assessment, questionnaire, documents, reading);
    }

    /** The clause an answer comes from, or null where the officer's own answer stands. */
    public AgreementReading.FromClause fromAgreement(String questionId) {
        return agreement.answers().get(questionId);
    }

    /** A view that names the case's documents an answer cites. */
    public static AssessmentView withDocuments(
            Assessment assessment,
            Questionnaire questionnaire,
            List<eu.competitiondesk.documents.DocumentDirectory.DocumentRef> documents) {
        Map<Long, eu.competitiondesk.documents.DocumentDirectory.DocumentRef> byId = new HashMap<>();
        documents.forEach(d -> byId.put(d.id(), d));
        return new AssessmentView(assessment, questionnaire, byId, AgreementReading.NONE);
    }

    /** A document an answer cites, as a finding shows it; {@code href} downloads it. */
    public record CitedDocument(String fileName, String pinpoint, String href, boolean confidential) {
        /** The document and the place in it; a confidential one unnamed where {@code redact} (public edition). */
        public String text(boolean redact, String confidentialName) {
            return name(redact, confidentialName) + (pinpoint == null ? "" : ", " + pinpoint);
        }

        public String name(boolean redact, String confidentialName) {
            return redact && confidential ? confidentialName : fileName;
        }
    }

    /** A section with its status, for the task list. */
    /**
     * One thing a finding rests on, for people: its label, the value in words (a question's answer as displayed),
     * where the question is asked (null for a derived fact), and whether the answer is a business secret.
     */
    /** A line a finding rests on; {@code evidence} is the note given with the answer, or null. */
    public record BasisLine(
            String label,
            String value,
            String questionId,
            String href,
            boolean confidential,
            String evidence,
            List<CitedDocument> cited) {
        public String text() {
            return (label == null ? value : label + ": " + value) + evidenceNote();
        }

        /** The evidence in brackets after the answer, so a finding shows what its answer rests on. */
        public String evidenceNote() {
            return evidence == null || evidence.isBlank() ? "" : " (evidence: " + evidence + ")";
        }
    }

    /** The basis of a finding with each question's answer in words and a link back to the question. */
    public List<BasisLine> basis(eu.competitiondesk.engine.Finding finding) {
        return finding.basis().stream().map(this::line).toList();
    }

    /** What is still to establish for a conclusion, each linking to its question. */
    public List<BasisLine> toEstablish(eu.competitiondesk.assessments.engine.Conclusion conclusion) {
        return conclusion.toEstablish().stream().map(this::line).toList();
    }

    private BasisLine line(eu.competitiondesk.engine.Basis b) {
        Optional<Questionnaire.Question> question =
                b.input() == null ? Optional.empty() : questionnaire.question(b.input());
        if (question.isEmpty()) {
            return new BasisLine(b.label(), b.value(), null, null, false, null, List.of());
        }
        Questionnaire.Question q = question.get();
        // An unanswered or hidden question keeps what the rule made of it ("indefinite", "not known").
        String shown = isShown(q) && !values(q.id()).isEmpty() ? display(q) : b.value();
        AgreementReading.FromClause clause = fromAgreement(q.id());
        return new BasisLine(
                b.label() == null ? q.label() : b.label(),
                shown,
                q.id(),
                AssessmentRoutes.sectionFromCheck(assessment.caseId, assessment.id, sectionOf(q.id())) + "#q-" + q.id(),
                confidential(q.id()) || (clause != null && clause.confidential()),
                clause != null
                        ? "the agreement's clause in force: " + clause.clause()
                        : isShown(q) ? evidence(q.id()) : null,
                isShown(q) && clause == null ? cited(q.id()) : List.of());
    }

    private String sectionOf(String questionId) {
        return questionnaire.sections().stream()
                .filter(s -> s.questions().stream().anyMatch(q -> q.id().equals(questionId)))
                .map(Questionnaire.Section::id)
                .findFirst()
                .orElseThrow();
    }

    public record SectionRow(Questionnaire.Section section, SectionStatus status) {}

    /** The officer's answers, with those the agreement gives on the assessment's day in their place. */
    public Map<String, List<String>> answers() {
        Map<String, List<String>> answers = assessment.answerValues();
        agreement.answers().forEach((question, given) -> answers.put(question, given.values()));
        return answers;
    }

    public boolean isShown(Questionnaire.Question question) {
        return AnswerCheck.isShown(question, answers());
    }

    public List<Questionnaire.Question> shownQuestions(Questionnaire.Section section) {
        return section.questions().stream().filter(this::isShown).toList();
    }

    public SectionStatus status(Questionnaire.Section section) {
        List<Questionnaire.Question> shown = shownQuestions(section);
        if (shown.isEmpty()) {
            return SectionStatus.NOT_APPLICABLE;
        }
        Map<String, List<String>> answers = answers();
        boolean any = shown.stream()
                .anyMatch(q -> !answers.getOrDefault(q.id(), List.of()).isEmpty());
        boolean requiredDone = shown.stream()
                .filter(Questionnaire.Question::required)
                .allMatch(q -> !answers.getOrDefault(q.id(), List.of()).isEmpty());
        // A section whose every shown question the agreement answers needs no save of the officer's.
        boolean givenByAgreement =
                shown.stream().allMatch(q -> agreement.answers().containsKey(q.id()));
        if (requiredDone && (assessment.savedSections.contains(section.id()) || givenByAgreement)) {
            return SectionStatus.COMPLETED;
        }
        return any ? SectionStatus.IN_PROGRESS : SectionStatus.NOT_STARTED;
    }

    public List<SectionRow> sections() {
        return questionnaire.sections().stream()
                .map(s -> new SectionRow(s, status(s)))
                .toList();
    }

    public List<Questionnaire.Section> incompleteSections() {
        return questionnaire.sections().stream()
                .filter(s -> status(s) != SectionStatus.COMPLETED && status(s) != SectionStatus.NOT_APPLICABLE)
                .toList();
    }

    public boolean readyToComplete() {
        return incompleteSections().isEmpty();
    }

    public int completedCount() {
        return (int) sections().stream()
                .filter(r -> r.status() == SectionStatus.COMPLETED || r.status() == SectionStatus.NOT_APPLICABLE)
                .count();
    }

    /** The next section after this one that still applies, if any. */
    public Optional<Questionnaire.Section> nextApplicable(String sectionId) {
        List<Questionnaire.Section> all = questionnaire.sections();
        boolean after = false;
        for (Questionnaire.Section s : all) {
            if (after && status(s) != SectionStatus.NOT_APPLICABLE) {
                return Optional.of(s);
            }
            after |= s.id().equals(sectionId);
        }
        return Optional.empty();
    }

    public Optional<Questionnaire.Section> previousApplicable(String sectionId) {
        Questionnaire.Section previous = null;
        for (Questionnaire.Section s : questionnaire.sections()) {
            if (s.id().equals(sectionId)) {
                return Optional.ofNullable(previous);
            }
            if (status(s) != SectionStatus.NOT_APPLICABLE) {
                previous = s;
            }
        }
        return Optional.empty();
    }

    /** The answers of shown questions only: what the rules read. */
    public AnswerSheet sheet() {
        Map<String, List<String>> shown = new HashMap<>();
        Map<String, List<String>> all = answers();
        for (Questionnaire.Section s : questionnaire.sections()) {
            for (Questionnaire.Question q : shownQuestions(s)) {
                if (all.containsKey(q.id())) {
                    shown.put(q.id(), all.get(q.id()));
                }
            }
        }
        return new AnswerSheet(shown);
    }

    /** The stored values of a question, for a form or the summary. */
    public List<String> values(String questionId) {
        return answers().getOrDefault(questionId, List.of());
    }

    /** The documents the answer's evidence cites, those this view knows by name. */
    public List<CitedDocument> cited(String questionId) {
        return assessment
                .answer(questionId)
                .map(a -> a.citations.stream()
                        .filter(c -> documents.containsKey(c.documentId))
                        .map(c -> {
                            var d = documents.get(c.documentId);
                            return new CitedDocument(d.fileName(), c.pinpoint, d.downloadPath(), d.confidential());
                        })
                        .toList())
                .orElse(List.of());
    }

    public String evidence(String questionId) {
        return assessment.answer(questionId).map(a -> a.evidence).orElse(null);
    }

    public boolean confidential(String questionId) {
        return assessment.answer(questionId).map(a -> a.confidential).orElse(false);
    }

    /** A readable form of an answer: option labels instead of codes, years labelled. */
    public String display(Questionnaire.Question q) {
        List<String> values = values(q.id());
        if (values.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        switch (q.type()) {
            case YES_NO -> parts.add("yes".equals(values.get(0)) ? "Yes" : "No");
            case SINGLE_CHOICE, MULTIPLE_CHOICE ->
                values.forEach(v -> parts.add(q.options().stream()
                        .filter(o -> o.value().equals(v))
                        .map(Questionnaire.Choice::label)
                        .findFirst()
                        .orElse(v)));
            case PER_YEAR -> {
                List<String> years = yearLabels();
                for (int i = 0; i < values.size(); i++) {
                    String value = values.get(i);
                    parts.add(years.get(i) + ": "
                            + (value.isEmpty()
                                    ? "not known"
                                    : "EUR".equals(q.unit())
                                            ? "EUR " + grouped(value)
                                            : grouped(value) + (q.unit() == null ? "" : " " + q.unit())));
                }
            }
            case PERCENTAGE -> parts.add(values.get(0) + "%");
            case MONEY -> parts.add(money(q, values.get(0)));
            case AMOUNTS_BY_MEMBER_STATE ->
                values.forEach(v -> {
                    String[] stateAndAmount = v.split(" ", 2);
                    parts.add(stateAndAmount[0] + " " + money(q, stateAndAmount[1]));
                });
            // A year is written as a year, other numbers with thousands separators.
            case NUMBER ->
                parts.add(
                        "year".equals(q.unit())
                                ? values.get(0)
                                : grouped(values.get(0)) + (q.unit() == null ? "" : " " + q.unit()));
            default -> parts.add(values.get(0));
        }
        return String.join("; ", parts);
    }

    /** A stored amount with its currency: the question's own, or the code stored before it ("USD 5412000000"). */
    private static String money(Questionnaire.Question q, String stored) {
        String[] coded = stored.split(" ", 2);
        return coded.length == 2 ? coded[0] + " " + grouped(coded[1]) : q.unit() + " " + grouped(stored);
    }

    /** A stored number with thousands separators and every decimal it has: 7500000000 as 7,500,000,000. */
    static String grouped(String plain) {
        try {
            BigDecimal number = new BigDecimal(plain);
            DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
            format.setMaximumFractionDigits(
                    Math.max(0, number.stripTrailingZeros().scale()));
            format.setMinimumFractionDigits(
                    Math.max(0, number.stripTrailingZeros().scale()));
            return format.format(number);
        } catch (NumberFormatException e) {
            return plain;
        }
    }

    /** Labels of the three financial years, from the last financial year when it is answered. */
    public List<String> yearLabels() {
        List<String> last = values("last_financial_year");
        if (last.isEmpty()) {
            return List.of("Year 1 (oldest)", "Year 2", "Year 3 (last)");
        }
        int year = new BigDecimal(last.get(0)).intValue();
        return List.of(Integer.toString(year - 2), Integer.toString(year - 1), Integer.toString(year));
    }
}
