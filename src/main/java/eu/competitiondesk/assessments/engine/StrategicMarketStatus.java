package eu.competitiondesk.assessments.engine;

import static eu.competitiondesk.engine.ThreeValued.and;
import static eu.competitiondesk.engine.ThreeValued.or;
import static eu.competitiondesk.engine.ThreeValued.outcome;

import eu.competitiondesk.engine.Basis;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import eu.competitiondesk.engine.ThreeValued;
import eu.competitiondesk.referencedata.engine.MergerThresholds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Strategic market status under Part 1 of the Digital Markets, Competition and Consumers Act 2024: a digital activity
 * (s.3) linked to the United Kingdom (s.4), the turnover condition (s.7), substantial and entrenched market power
 * (s.5) and a position of strategic significance (s.6), with the dates the Act fixes for the SMS investigation
 * (s.14(2): nine months beginning with the day the investigation notice is given), the designation period (s.18:
 * five years beginning with the day the decision notice is given) and the latest start of a further investigation
 * (s.10(2): not later than nine months before that period ends). Every fact is optional: one not stated leaves what
 * depends on it open, never "no".
 */
public final class StrategicMarketStatus {

    /** s.7(2)(a): total value of the group's global turnover in the relevant period, "exceeds £25 billion". */
    public static final BigDecimal GLOBAL_TURNOVER_GBP = new BigDecimal("25000000000");

    /** s.7(2)(b): total value of its UK turnover in the relevant period, "exceeds £1 billion". */
    public static final BigDecimal UK_TURNOVER_GBP = new BigDecimal("1000000000");

    private static final String ACT = "Digital Markets, Competition and Consumers Act 2024";
    private static final int INVESTIGATION_MONTHS = 9;
    private static final int DESIGNATION_YEARS = 5;

    private StrategicMarketStatus() {}

    /** s.4: the three ways a digital activity is linked to the United Kingdom. */
    public record UkLink(
            Boolean significantNumberOfUkUsers,
            Boolean carriesOnBusinessInUk,
            Boolean immediateSubstantialForeseeableEffectOnUkTrade) {}

    /** s.6: the four limbs of a position of strategic significance, "one or more" of which suffices. */
    public record StrategicSignificance(
            Boolean sizeOrScale,
            Boolean relianceByOtherUndertakings,
            Boolean extendMarketPower,
            Boolean determineRulesOfConduct) {}

    /** The facts, turnover in pounds sterling (converted before, where given in another currency). */
    public record Input(
            Boolean digitalActivity,
            UkLink ukLink,
            BigDecimal globalTurnoverGbp,
            BigDecimal ukTurnoverGbp,
            Boolean substantialAndEntrenchedMarketPower,
            StrategicSignificance strategicSignificance,
            LocalDate investigationNoticeDate,
            LocalDate decisionNoticeDate) {}

    /** Which of the s.7 figures is exceeded. */
    public enum TurnoverBasis {
        GLOBAL,
        UK,
        BOTH
    }

    public record Result(
            Boolean digitalActivity,
            Boolean ukLink,
            Boolean turnoverCondition,
            TurnoverBasis turnoverBasis,
            Boolean substantialAndEntrenchedMarketPower,
            Boolean strategicSignificance,
            Boolean smsConditionsMet,
            StatutoryDate decisionDue,
            StatutoryDate designationEnds,
            StatutoryDate furtherInvestigationLatestStart,
            List<String> toEstablish,
            List<Finding> findings) {}

    public static Result evaluate(Input in) {
        List<Finding> findings = new ArrayList<>();
        List<String> toEstablish = new ArrayList<>();

        Boolean activity = in.digitalActivity();
        findings.add(fact(
                "sms-digital-activity",
                activity,
                "A digital activity",
                "The provision of a service by means of the internet or of digital content, or any other activity"
                        + " carried out for that purpose",
                "digitalActivity",
                "s.3"));
        need(activity, "whether the activity is a digital activity (s.3)", toEstablish);

        UkLink link = in.ukLink() == null ? new UkLink(null, null, null) : in.ukLink();
        Boolean linked = or(
                link.significantNumberOfUkUsers(),
                link.carriesOnBusinessInUk(),
                link.immediateSubstantialForeseeableEffectOnUkTrade());
        findings.add(new Finding(
                "sms-uk-link",
                outcome(linked),
                "Linked to the United Kingdom: " + ThreeValued.word(linked, "yes", "no"),
                "Linked where the activity has a significant number of UK users, or the undertaking carries on"
                        + " business in the UK in relation to it, or it is likely to have an immediate, substantial and"
                        + " foreseeable effect on trade in the UK (any one suffices)",
                List.of(
                        yesNo(
                                "ukLink.significantNumberOfUkUsers",
                                "Significant number of UK users",
                                link.significantNumberOfUkUsers()),
                        yesNo(
                                "ukLink.carriesOnBusinessInUk",
                                "Carries on business in the UK",
                                link.carriesOnBusinessInUk()),
                        yesNo(
                                "ukLink.immediateSubstantialForeseeableEffectOnUkTrade",
                                "Immediate, substantial and foreseeable effect on UK trade",
                                link.immediateSubstantialForeseeableEffectOnUkTrade())),
                ACT + ", s.4"));
        need(
                linked,
                "a link to the United Kingdom (s.4: UK users, business in the UK or effect on UK trade)",
                toEstablish);

        Boolean globalExceeds = exceeds(in.globalTurnoverGbp(), GLOBAL_TURNOVER_GBP);
        Boolean ukExceeds = exceeds(in.ukTurnoverGbp(), UK_TURNOVER_GBP);
        Boolean turnover = or(globalExceeds, ukExceeds);
        TurnoverBasis basis = Boolean.TRUE.equals(globalExceeds) && Boolean.TRUE.equals(ukExceeds)
                ? TurnoverBasis.BOTH
                : Boolean.TRUE.equals(globalExceeds)
                        ? TurnoverBasis.GLOBAL
                        : Boolean.TRUE.equals(ukExceeds) ? TurnoverBasis.UK : null;
        findings.add(new Finding(
                "sms-turnover",
                outcome(turnover),
                "Turnover condition: " + ThreeValued.word(turnover, "met", "not met"),
                "Met where, in the relevant period, the group's global turnover exceeds "
                        + MergerThresholds.money("GBP", GLOBAL_TURNOVER_GBP) + " or its UK turnover exceeds "
                        + MergerThresholds.money("GBP", UK_TURNOVER_GBP)
                        + " (\"exceeds\": exactly the figure is not enough)",
                List.of(
                        Basis.of(
                                "globalTurnover",
                                "Global turnover",
                                MergerThresholds.money("GBP", in.globalTurnoverGbp())),
                        Basis.of("ukTurnover", "UK turnover", MergerThresholds.money("GBP", in.ukTurnoverGbp()))),
                ACT + ", s.7 (figures from secondary sources, to verify against the Act)"));
        need(turnover, "the group's global or UK turnover in the relevant period (s.7)", toEstablish);

        Boolean power = in.substantialAndEntrenchedMarketPower();
        findings.add(fact(
                "sms-market-power",
                power,
                "Substantial and entrenched market power",
                "Substantial and entrenched market power in respect of the activity, assessed over a period of at least"
                        + " five years from the decision, taking account of expected or foreseeable developments",
                "substantialAndEntrenchedMarketPower",
                "s.5"));
        need(power, "substantial and entrenched market power (s.5)", toEstablish);

        StrategicSignificance limbs = in.strategicSignificance() == null
                ? new StrategicSignificance(null, null, null, null)
                : in.strategicSignificance();
        Boolean strategic = or(
                limbs.sizeOrScale(),
                limbs.relianceByOtherUndertakings(),
                limbs.extendMarketPower(),
                limbs.determineRulesOfConduct());
        findings.add(new Finding(
                "sms-strategic-significance",
                outcome(strategic),
                "Position of strategic significance: " + ThreeValued.word(strategic, "yes", "no"),
                "One or more of: significant size or scale; other undertakings rely on the activity to carry on their"
                        + " business; the position allows the undertaking to extend its market power to other"
                        + " activities; it allows the undertaking to determine or substantially influence how others"
                        + " conduct themselves",
                List.of(
                        yesNo("strategicSignificance.sizeOrScale", "Significant size or scale", limbs.sizeOrScale()),
                        yesNo(
                                "strategicSignificance.relianceByOtherUndertakings",
                                "Others rely on it to carry on their business",
                                limbs.relianceByOtherUndertakings()),
                        yesNo(
                                "strategicSignificance.extendMarketPower",
                                "Can extend its market power to other activities",
                                limbs.extendMarketPower()),
                        yesNo(
                                "strategicSignificance.determineRulesOfConduct",
                                "Can determine or substantially influence how others conduct themselves",
                                limbs.determineRulesOfConduct())),
                ACT + ", s.6"));
        need(strategic, "a position of strategic significance (s.6, one limb or more)", toEstablish);

        Boolean met = and(activity, linked, turnover, power, strategic);
        findings.add(new Finding(
                "sms-conditions",
                outcome(met),
                "Strategic market status could be designated: " + ThreeValued.word(met, "yes", "no"),
                "A digital activity linked to the UK, the turnover condition, substantial and entrenched market power"
                        + " and a position of strategic significance, all five",
                List.of(Basis.derived("Digital activity: " + ThreeValued.word(activity, "yes", "no")
                        + "; linked to the UK: " + ThreeValued.word(linked, "yes", "no")
                        + "; turnover condition: " + ThreeValued.word(turnover, "met", "not met")
                        + "; substantial and entrenched market power: " + ThreeValued.word(power, "yes", "no")
                        + "; strategic significance: " + ThreeValued.word(strategic, "yes", "no"))),
                ACT + ", s.2"));

        StatutoryDate due = in.investigationNoticeDate() == null
                ? null
                : new StatutoryDate(
                        periodBeginningWith(in.investigationNoticeDate(), INVESTIGATION_MONTHS, 0),
                        StatutoryDate.Kind.BINDING,
                        "s.14(2)");
        StatutoryDate ends = in.decisionNoticeDate() == null
                ? null
                : new StatutoryDate(
                        periodBeginningWith(in.decisionNoticeDate(), 0, DESIGNATION_YEARS),
                        StatutoryDate.Kind.BINDING,
                        "s.18");
        StatutoryDate furtherStart = ends == null
                ? null
                : new StatutoryDate(
                        ends.date()
                                .plusDays(1)
                                .minusMonths(INVESTIGATION_MONTHS)
                                .minusDays(1),
                        StatutoryDate.Kind.BINDING,
                        "s.10(2)");
        if (due != null) {
            findings.add(new Finding(
                    "sms-decision-due",
                    Outcome.INFORMATION,
                    "SMS investigation: decision notice due by " + due.date(),
                    "Nine months beginning with the day the investigation notice is given (a binding deadline; the CMA"
                            + " may extend it by up to three months for special reasons, s.104)",
                    List.of(Basis.of(
                            "investigationNoticeDate",
                            "Investigation notice given",
                            in.investigationNoticeDate().toString())),
                    ACT + ", s.14(2) and s.104"));
        }
        if (ends != null) {
            findings.add(new Finding(
                    "sms-designation-ends",
                    Outcome.INFORMATION,
                    "Designation period ends on " + ends.date() + "; a further SMS investigation starts by "
                            + furtherStart.date(),
                    "Five years beginning with the day the decision notice is given; a further investigation begins not"
                            + " later than nine months before that period ends",
                    List.of(Basis.of(
                            "decisionNoticeDate",
                            "Decision notice given",
                            in.decisionNoticeDate().toString())),
                    ACT + ", s.18 and s.10(2)"));
        }
        return new Result(
                activity,
                linked,
                turnover,
                basis,
                power,
                strategic,
                met,
                due,
                ends,
                furtherStart,
                List.copyOf(toEstablish),
                List.copyOf(findings));
    }

    /**
     * The last day of a period of months and years "beginning with" a day: the day before the corresponding date, or,
     * where the later month has no corresponding date, that month's last day (the corresponding-date rule, Dodds v
     * Walker [1980] UKHL 2).
     */
    static LocalDate periodBeginningWith(LocalDate first, int months, int years) {
        LocalDate corresponding = first.plusYears(years).plusMonths(months);
        return corresponding.getDayOfMonth() == first.getDayOfMonth() ? corresponding.minusDays(1) : corresponding;
    }

    private static Boolean exceeds(BigDecimal value, BigDecimal figure) {
        return value == null ? null : value.compareTo(figure) > 0;
    }

    private static void need(Boolean value, String what, List<String> toEstablish) {
        if (value == null) {
            toEstablish.add(what);
        }
    }

    private static Basis yesNo(String input, String label, Boolean value) {
        return Basis.of(input, label, value == null ? Basis.NOT_KNOWN : value ? "yes" : "no");
    }

    private static Finding fact(String id, Boolean value, String what, String rule, String input, String section) {
        return new Finding(
                id,
                outcome(value),
                what + ": " + ThreeValued.word(value, "yes", "no"),
                rule,
                List.of(yesNo(input, what, value)),
                ACT + ", " + section);
    }
}
