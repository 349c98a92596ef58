package eu.competitiondesk.agreements;

import eu.competitiondesk.documents.DocumentDirectory.DocumentRef;
import eu.competitiondesk.export.Redaction;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An agreement's clauses over time, as its page, the report and the transfer show it: each clause with its period,
 * terms and source, and each day on which the agreement changed. Built once; for a non-confidential edition a
 * confidential clause keeps its kind's place and dates but its words read "[confidential clause]".
 */
public record AgreementTimeline(long id, String title, String parties, List<ClauseLine> clauses, List<Change> changes) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** One clause in words; {@code documentHref} downloads its document on the page (null in reports). */
    public record ClauseLine(
            long id,
            String kind,
            String summary,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            String period,
            List<String> terms,
            String source,
            String sourceUrl,
            String documentHref,
            boolean asReported,
            boolean confidential,
            boolean redacted) {

        /** The clause as the change list names it (a redacted one by the mark alone). */
        public String name() {
            return kind;
        }
    }

    /** A day on which clauses came into force or ceased to apply (the day after their last day). */
    public record Change(LocalDate day, String heading, List<String> events) {}

    static AgreementTimeline of(
            Agreement agreement, Map<Long, DocumentRef> documents, AgreementMessages msg, Redaction.Policy policy) {
        List<ClauseLine> lines = new ArrayList<>();
        for (AgreementClause c : agreement.clauses) {
            boolean redacted = policy.hides(c.confidential);
            DocumentRef document = c.documentId == null ? null : documents.get(c.documentId);
            lines.add(new ClauseLine(
                    c.id,
                    redacted ? msg.clause_confidential_redacted() : msg.clauseKind(c.kind),
                    redacted ? "\u2014" : c.summary,
                    c.effectiveFrom,
                    c.effectiveTo,
                    period(c, msg),
                    redacted ? List.of() : terms(c, msg),
                    redacted ? msg.clause_confidential_redacted() : source(c, document, msg, policy),
                    redacted || c.documentId != null ? null : c.sourceUrl,
                    redacted || document == null ? null : document.downloadPath(),
                    c.asReported,
                    c.confidential,
                    redacted));
        }
        return new AgreementTimeline(agreement.id, agreement.title, agreement.parties, lines, changes(lines, msg));
    }

    private static List<Change> changes(List<ClauseLine> lines, AgreementMessages msg) {
        Map<LocalDate, List<String>> byDay = new TreeMap<>();
        for (ClauseLine line : lines) {
            byDay.computeIfAbsent(line.effectiveFrom(), d -> new ArrayList<>()).add(msg.timeline_starts(line.name()));
            if (line.effectiveTo() != null) {
                byDay.computeIfAbsent(line.effectiveTo().plusDays(1), d -> new ArrayList<>())
                        .add(msg.timeline_ends(line.name()));
            }
        }
        List<Change> changes = new ArrayList<>();
        byDay.forEach((day, events) -> changes.add(new Change(day, msg.timeline_from(day(day)), List.copyOf(events))));
        return changes;
    }

    private static List<String> terms(AgreementClause c, AgreementMessages msg) {
        List<String> terms = new ArrayList<>();
        if (c.restraintType != null) {
            terms.add(msg.term_restraint(msg.restraint(c.restraintType).toLowerCase(Locale.ROOT)));
        }
        if (c.requirementsShare != null) {
            terms.add(msg.term_requirements(
                    c.requirementsShare.stripTrailingZeros().toPlainString()));
        }
        if (c.durationMonths != null) {
            terms.add(msg.term_duration(c.durationMonths.toString()));
        }
        if (c.tacitRenewal != null) {
            terms.add(msg.term_tacit(yesNo(c.tacitRenewal, msg)));
        }
        if (c.terminable != null) {
            terms.add(msg.term_terminable(yesNo(c.terminable, msg)));
        }
        if (c.stakePercent != null) {
            terms.add(msg.term_stake(c.stakePercent.stripTrailingZeros().toPlainString()));
        }
        return terms;
    }

    private static String yesNo(boolean value, AgreementMessages msg) {
        return value ? "yes" : "no";
    }

    private static String source(
            AgreementClause c, DocumentRef document, AgreementMessages msg, Redaction.Policy policy) {
        String text = document != null
                ? msg.source_document(
                        policy.hides(document.confidential()) ? Redaction.MARK : document.fileName(), c.pinpoint)
                : msg.source_public(c.sourceTitle, c.sourceDate == null ? null : day(c.sourceDate));
        return c.asReported ? text + " (" + msg.clause_as_reported() + ")" : text;
    }

    /** The days a clause is in force, in words. */
    static String period(AgreementClause c, AgreementMessages msg) {
        return c.effectiveTo == null
                ? msg.clause_period_open(day(c.effectiveFrom))
                : msg.clause_period(day(c.effectiveFrom), day(c.effectiveTo));
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }
}
