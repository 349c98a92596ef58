package eu.competitiondesk.assessments;

import eu.competitiondesk.assessments.engine.ClauseHistory;
import java.util.List;

/**
 * The agreements of a case as dated clauses, for an assessment made as at a day. The agreements feature provides it,
 * so assessments depend on no feature's records; callers have passed the case's access check.
 */
public interface AgreementHistory {

    record AgreementRef(long id, String title) {}

    /**
     * A clause as the rules read it, with its kind and period in words ("Right of first refusal", "from 21 January
     * 2025, no end recorded").
     */
    record DatedClause(ClauseHistory.Clause clause, String kind, String period, boolean confidential) {

        public String label() {
            return kind + ", " + period;
        }

        /** As a non-confidential text gives it: a confidential clause by its dates alone. */
        public String publicLabel() {
            return confidential ? "[confidential clause], " + period : label();
        }
    }

    List<AgreementRef> ofCase(long caseId);

    /** The agreement's clauses, earliest first; empty when the case has no such agreement. */
    List<DatedClause> clauses(long caseId, long agreementId);
}
