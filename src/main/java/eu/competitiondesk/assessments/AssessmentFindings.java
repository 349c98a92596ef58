package eu.competitiondesk.assessments;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import eu.competitiondesk.assessments.engine.Conclusion;
import eu.competitiondesk.assessments.questionnaire.QuestionType;
import eu.competitiondesk.assessments.questionnaire.Questionnaire;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import eu.competitiondesk.export.Redaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What an assessment concludes and why, for its findings page and for the report alike: the conclusions with what is
 * still to establish, each finding with the rule, what it rests on and its source, and the answers given. Built once
 * ({@link AssessmentDirectory}); for a non-confidential edition each secret answer it rests on is redacted, and a
 * confidential document is cited unnamed. Links back to the questions are for the page and stay out of the report's
 * data.
 */
public record AssessmentFindings(
        long id,
        String title,
        String questionnaire,
        int questionnaireVersion,
        boolean completed,
        List<ConclusionLine> conclusions,
        List<FindingLine> findings,
        List<AnswerLine> answers,
        String speaksFor) {

    /**
     * The bottom line on one legal question ({@code question}, its key in the questionnaire's conclusions), with what
     * it rests on and what is still to establish.
     */
    public record ConclusionLine(
            String question,
            Outcome outcome,
            String outcomeWords,
            String statement,
            List<ReasonLine> reasons,
            List<BasisLine> toEstablish) {

        /** The conclusion as one line of text: the statement, then the outcome in words. */
        @JsonIgnore
        public String line() {
            return statement + " (" + outcomeWords + ")";
        }
    }

    /**
     * A finding or rule a conclusion rests on, with its legal source (a footnote in the report). Content stored
     * before the source was kept apart holds both as one line of text, read back as the text with no source.
     */
    public record ReasonLine(String text, String source) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public ReasonLine(@JsonProperty("text") String text, @JsonProperty("source") String source) {
            this.text = text;
            this.source = source;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static ReasonLine stored(String line) {
            return new ReasonLine(line, null);
        }

        /** The reason with its source in brackets, as the findings page shows it. */
        @JsonIgnore
        public String line() {
            return source == null ? text : text + " (" + source + ")";
        }
    }

    /** One finding: outcome, the rule, what it rests on, the documents its answers cite, and its legal source. */
    public record FindingLine(
            String id,
            Outcome outcome,
            String outcomeWords,
            String title,
            String rule,
            List<BasisLine> basis,
            String source,
            List<String> cited) {}

    /**
     * One thing a finding rests on: the question (or derived fact) and its value in words, the evidence note, whether
     * it is a business secret, and the documents cited for it.
     */
    public record BasisLine(
            String label,
            String value,
            String evidenceNote,
            boolean confidential,
            @JsonIgnore String href,
            @JsonIgnore List<AssessmentView.CitedDocument> citedDocuments) {

        /** The line as text: label, value and evidence note (also in the report's data). */
        @JsonProperty("text")
        public String text() {
            return (label == null ? value : label + ": " + value) + evidenceNote;
        }
    }

    public record AnswerLine(String section, String question, String answer, String evidence, boolean confidential) {}

    static AssessmentFindings of(
            AssessmentView view,
            List<Finding> found,
            List<Conclusion> concluded,
            AssessmentMessages msg,
            Redaction.Policy policy) {
        List<ConclusionLine> conclusions = concluded.stream()
                .map(c -> new ConclusionLine(
                        c.question(),
                        c.outcome(),
                        c.wording() == null ? msg.outcome(c.outcome()) : c.wording(),
                        c.statement(),
                        c.reasons().stream()
                                .map(r -> new ReasonLine(r.text(), r.source()))
                                .toList(),
                        view.toEstablish(c).stream()
                                .map(b -> line(b, view, policy))
                                .toList()))
                .toList();
        List<FindingLine> findings = new ArrayList<>();
        for (Finding f : found) {
            List<AssessmentView.BasisLine> lines = view.basis(f);
            List<String> cited = lines.stream()
                    .flatMap(b -> b.cited().stream())
                    .map(d -> d.text(policy.redacts(), msg.citation_confidential_document()))
                    .distinct()
                    .toList();
            findings.add(new FindingLine(
                    f.id(),
                    f.outcome(),
                    msg.outcome(f.outcome()),
                    f.title(),
                    f.rule(),
                    lines.stream().map(b -> line(b, view, policy)).toList(),
                    f.source(),
                    cited));
        }
        List<AnswerLine> answers = new ArrayList<>();
        for (Questionnaire.Section section : view.questionnaire().sections()) {
            for (Questionnaire.Question q : view.shownQuestions(section)) {
                AgreementReading.FromClause clause = view.fromAgreement(q.id());
                String evidence = clause == null
                        ? view.evidence(q.id())
                        : "the agreement's clause in force: "
                                + (policy.hides(clause.confidential()) ? "[confidential clause]" : clause.clause());
                if (view.values(q.id()).isEmpty() && evidence == null) {
                    continue;
                }
                boolean secret = view.confidential(q.id()) || (clause != null && clause.confidential());
                answers.add(new AnswerLine(
                        section.title(),
                        q.label(),
                        percentage(view, q.id()) == null
                                ? policy.text(view.display(q), secret)
                                : policy.share(percentage(view, q.id()), secret, view.display(q)),
                        policy.text(evidence, secret),
                        secret));
            }
        }
        return new AssessmentFindings(
                view.assessment().id,
                view.assessment().title,
                view.questionnaire().title(),
                view.questionnaire().version(),
                view.assessment().isCompleted(),
                conclusions,
                findings,
                answers,
                speaksFor(view));
    }

    /** The day the assessment speaks for, in words: the agreement's day, or the answers as given. */
    private static String speaksFor(AssessmentView view) {
        if (view.agreement().dated()) {
            return "Assessed as at " + view.agreement().day() + ", reading the agreement \u201c"
                    + view.agreement().agreement() + "\u201d as it stood that day";
        }
        return view.assessment().completedAt == null
                ? "Assessed on the answers given so far"
                : "Assessed on the answers given, completed on "
                        + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)
                                .format(view.assessment().completedAt);
    }

    /**
     * Redaction per answer: only the business secrets a finding rests on are replaced, a percentage by its band and
     * any other answer by the mark.
     */
    private static BasisLine line(AssessmentView.BasisLine b, AssessmentView view, Redaction.Policy policy) {
        boolean hide = policy.hides(b.confidential());
        BigDecimal percent = b.questionId() == null ? null : percentage(view, b.questionId());
        return new BasisLine(
                b.label(),
                !hide ? b.value() : percent == null ? Redaction.MARK : policy.share(percent, true, b.value()),
                hide ? "" : b.evidenceNote(),
                b.confidential(),
                b.href(),
                b.cited());
    }

    /** The answer to a percentage question as a number; null for any other question or no answer. */
    private static BigDecimal percentage(AssessmentView view, String questionId) {
        List<String> values = view.values(questionId);
        boolean percentage = view.questionnaire()
                .question(questionId)
                .filter(q -> q.type() == QuestionType.PERCENTAGE)
                .isPresent();
        if (!percentage || values.size() != 1) {
            return null;
        }
        try {
            return new BigDecimal(values.get(0).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
