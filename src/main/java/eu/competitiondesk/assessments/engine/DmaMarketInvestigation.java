package eu.competitiondesk.assessments.engine;

import eu.competitiondesk.referencedata.engine.Deadline;
import eu.competitiondesk.referencedata.engine.Periods;
import java.time.LocalDate;
import java.util.List;

/**
 * The DMA's market investigation for designating a gatekeeper (Art. 17, with Art. 3(8)): its time limits, counted
 * from the opening date (Art. 16(3)(a)) as Regulation 1182/71 counts months (Art. 3(2)(c), 3(4)), are targets the
 * Commission "shall endeavour" to meet, not binding deadlines; and the qualitative route it opens where a service
 * fails the presumption on the user thresholds.
 */
public final class DmaMarketInvestigation {

    private static final int PRELIMINARY_FINDINGS_MONTHS = 6;
    private static final int CONCLUSION_MONTHS = 12;

    private DmaMarketInvestigation() {}

    /** The two targets as counted (for the case's key dates) and as the API states them. */
    public record Targets(Deadline preliminaryFindings, Deadline conclusion) {

        public StatutoryDate preliminaryFindingsTarget() {
            return new StatutoryDate(preliminaryFindings.due(), StatutoryDate.Kind.TARGET, "Art. 17(2)");
        }

        public StatutoryDate conclusionTarget() {
            return new StatutoryDate(conclusion.due(), StatutoryDate.Kind.TARGET, "Art. 17(1)");
        }

        public boolean holidaysKnown() {
            return preliminaryFindings.holidaysComplete() && conclusion.holidaysComplete();
        }
    }

    /** The route of Art. 3(8): indicated (true), not needed (false) or not yet known (null). */
    public record QualitativeRoute(Boolean indicated, String source) {}

    public static Targets targets(LocalDate openingDate, Periods periods) {
        return new Targets(
                periods.months(openingDate, PRELIMINARY_FINDINGS_MONTHS),
                periods.months(openingDate, CONCLUSION_MONTHS));
    }

    /**
     * Indicated where a service fails the presumption on the user thresholds of Art. 3(2)(b) or (c) (it may still be
     * designated on the qualitative criteria of Art. 3(8) after a market investigation); not needed where a
     * presumption is met; otherwise not yet known.
     */
    public static QualitativeRoute qualitativeRoute(
            Boolean presumptionMet, List<DmaDesignation.ServiceResult> services) {
        Boolean indicated;
        if (Boolean.TRUE.equals(presumptionMet)) {
            indicated = Boolean.FALSE;
        } else if (services.stream()
                .anyMatch(s -> Boolean.FALSE.equals(s.usersTestMet()) || Boolean.FALSE.equals(s.entrenchmentMet()))) {
            indicated = Boolean.TRUE;
        } else {
            indicated = null;
        }
        return new QualitativeRoute(indicated, "Art. 3(8), Art. 17");
    }
}
