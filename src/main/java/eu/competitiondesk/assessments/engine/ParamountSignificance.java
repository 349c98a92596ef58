package eu.competitiondesk.assessments.engine;

import eu.competitiondesk.engine.Basis;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import eu.competitiondesk.engine.ThreeValued;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Paramount significance for competition across markets, §19a GWB: an undertaking active to a significant extent on
 * markets within the meaning of §18(3a) (Abs. 1 Satz 1) whose position is weighed on the factors of Abs. 1 Satz 2 —
 * a list that is not closed ("insbesondere"), so the case team may add factors. Factors are weighed, never counted:
 * the rules say "points towards" or "points away" only where every assessed factor leans the same way, and leave a
 * mixed picture to the authority's weighing. A designation is limited to five years from the day it becomes final
 * (Satz 3), counted under §§ 187(1) and 188(2), (3) BGB.
 */
public final class ParamountSignificance {

    private static final String GWB = "§19a GWB";

    private ParamountSignificance() {}

    /** How a factor weighs. */
    public enum Assessment {
        TOWARDS,
        NEUTRAL,
        AWAY
    }

    /** The factors §19a(1) Satz 2 lists, in its order. */
    public enum ListedFactor {
        DOMINANCE(1, "dominance", "Dominant position on one or more markets"),
        FINANCIAL_STRENGTH(2, "financialStrength", "Financial strength or access to other resources"),
        VERTICAL_INTEGRATION(
                3, "verticalIntegration", "Vertical integration and activities on otherwise related markets"),
        ACCESS_TO_DATA(4, "accessToData", "Access to data relevant for competition"),
        IMPORTANCE_FOR_THIRD_PARTY_ACCESS(
                5,
                "importanceForThirdPartyAccess",
                "Importance of its activities for third parties' access to supply and sales markets, and its influence on their business");

        private final int number;
        private final String field;
        private final String words;

        ListedFactor(int number, String field, String words) {
            this.number = number;
            this.field = field;
            this.words = words;
        }

        /** The factor's field in the API's {@code factors} object. */
        public String field() {
            return field;
        }

        public int number() {
            return number;
        }

        public String words() {
            return words;
        }
    }

    /** A factor outside the list, as the case team describes it. */
    public record OtherFactor(String description, Assessment assessment) {}

    public record Input(
            Boolean activeToSignificantExtentOnMarketsOf18_3a,
            java.util.Map<ListedFactor, Assessment> factors,
            List<OtherFactor> otherFactors,
            LocalDate bestandskraftDate) {}

    /** One factor as weighed, with its provision. */
    public record WeighedFactor(Integer number, String factor, Assessment assessment, String source) {}

    /** What a designation would allow the Bundeskartellamt to prohibit, §19a(2) Satz 1. */
    public record FollowOnProhibition(int number, String summary, String source) {}

    public record Result(
            Boolean preconditionMet,
            Boolean paramountSignificance,
            List<WeighedFactor> factors,
            StatutoryDate designationExpires,
            List<FollowOnProhibition> followOnProhibitions,
            List<String> toEstablish,
            List<Finding> findings) {}

    /** §19a(2) Satz 1 Nr. 1-7 in brief; Nr. 1 and 2 read in the consolidated text, Nr. 3-7 to verify against it. */
    public static final List<FollowOnProhibition> FOLLOW_ON = List.of(
            new FollowOnProhibition(
                    1,
                    "Favouring its own offers over competitors' when mediating access to supply and sales markets",
                    GWB + "(2) Satz 1 Nr. 1"),
            new FollowOnProhibition(
                    2,
                    "Impeding competitors on a market where it can rapidly expand its position, even without dominance",
                    GWB + "(2) Satz 1 Nr. 2"),
            new FollowOnProhibition(
                    3,
                    "Impeding competitors directly or indirectly on a market, for example by tying or by making its use conditional on the use of its other offers (to verify against the text)",
                    GWB + "(2) Satz 1 Nr. 3"),
            new FollowOnProhibition(
                    4,
                    "Creating or raising barriers to market entry by processing competition-relevant data it has collected (to verify against the text)",
                    GWB + "(2) Satz 1 Nr. 4"),
            new FollowOnProhibition(
                    5,
                    "Refusing or impeding the interoperability of products or services or the portability of data (to verify against the text)",
                    GWB + "(2) Satz 1 Nr. 5"),
            new FollowOnProhibition(
                    6,
                    "Informing other undertakings insufficiently about the scope, quality or success of the service provided (to verify against the text)",
                    GWB + "(2) Satz 1 Nr. 6"),
            new FollowOnProhibition(
                    7,
                    "Demanding benefits for handling other undertakings' offers that are disproportionate to the reason for the demand (to verify against the text)",
                    GWB + "(2) Satz 1 Nr. 7"));

    public static Result evaluate(Input in) {
        List<Finding> findings = new ArrayList<>();
        List<String> toEstablish = new ArrayList<>();
        Boolean precondition = in.activeToSignificantExtentOnMarketsOf18_3a();
        findings.add(new Finding(
                "gwb-precondition",
                ThreeValued.outcome(precondition),
                "Active to a significant extent on markets within the meaning of §18(3a): "
                        + ThreeValued.word(precondition, "yes", "no"),
                "§19a applies to an undertaking active to a significant extent on multi-sided markets or networks",
                List.of(Basis.of(
                        "activeToSignificantExtentOnMarketsOf18_3a",
                        "Active to a significant extent on §18(3a) markets",
                        precondition == null ? Basis.NOT_KNOWN : precondition ? "yes" : "no")),
                GWB + "(1) Satz 1"));
        if (precondition == null) {
            toEstablish.add("whether the undertaking is active to a significant extent on markets within the meaning"
                    + " of §18(3a) (§19a(1) Satz 1)");
        }

        List<WeighedFactor> weighed = new ArrayList<>();
        boolean listedOpen = false;
        for (ListedFactor factor : ListedFactor.values()) {
            Assessment assessment = in.factors() == null ? null : in.factors().get(factor);
            String source = GWB + "(1) Satz 2 Nr. " + factor.number();
            weighed.add(new WeighedFactor(factor.number(), factor.words(), assessment, source));
            findings.add(new Finding(
                    "gwb-factor-" + factor.number(),
                    outcome(assessment),
                    factor.words() + ": " + words(assessment),
                    "A factor weighed in the overall assessment of the undertaking's position",
                    List.of(Basis.of("factors." + factor.field(), factor.words(), words(assessment))),
                    source));
            if (assessment == null) {
                listedOpen = true;
                toEstablish.add(factor.words() + " (" + source + ")");
            }
        }
        List<OtherFactor> others = in.otherFactors() == null ? List.of() : in.otherFactors();
        for (int i = 0; i < others.size(); i++) {
            OtherFactor other = others.get(i);
            weighed.add(new WeighedFactor(null, other.description(), other.assessment(), GWB + "(1) Satz 2"));
            findings.add(new Finding(
                    "gwb-factor-other-" + (i + 1),
                    outcome(other.assessment()),
                    other.description() + ": " + words(other.assessment()),
                    "A factor beyond the list, which is not closed (\"insbesondere\")",
                    List.of(Basis.derived("As the case team describes and weighs it")),
                    GWB + "(1) Satz 2"));
        }

        boolean towards = weighed.stream().anyMatch(f -> f.assessment() == Assessment.TOWARDS);
        boolean away = weighed.stream().anyMatch(f -> f.assessment() == Assessment.AWAY);
        Boolean paramount;
        String why;
        if (Boolean.FALSE.equals(precondition)) {
            paramount = Boolean.FALSE;
            why = "the precondition fails: no activity to a significant extent on §18(3a) markets";
        } else if (precondition == null || listedOpen) {
            paramount = null;
            why = "the precondition or a listed factor is not assessed yet";
        } else if (towards && away) {
            paramount = null;
            why = "the factors point both ways: the weighing is the authority's, not a count";
        } else if (towards) {
            paramount = Boolean.TRUE;
            why = "every factor assessed points towards it or is neutral";
        } else {
            paramount = Boolean.FALSE;
            why = "no factor points towards it";
        }
        if (paramount == null && precondition != null && !listedOpen) {
            toEstablish.add("the authority's weighing of factors that point both ways");
        }
        findings.add(new Finding(
                "gwb-paramount-significance",
                ThreeValued.outcome(paramount),
                "Paramount significance for competition across markets: "
                        + ThreeValued.word(paramount, "points towards it", "points away from it") + " (" + why + ")",
                "An overall assessment of the undertaking's position on the factors of Satz 2, weighed, not counted",
                List.of(Basis.derived(why)),
                GWB + "(1)"));

        StatutoryDate expires = null;
        if (in.bestandskraftDate() != null) {
            // §187(1) BGB: the day the decision becomes final is not counted; §188(2): the period ends with the day of
            // the fifth year that corresponds by its number to that day; §188(3): no such day, the month's last day.
            expires = new StatutoryDate(
                    in.bestandskraftDate().plusYears(5), StatutoryDate.Kind.BINDING, GWB + "(1) Satz 3");
            findings.add(new Finding(
                    "gwb-designation-expires",
                    Outcome.INFORMATION,
                    "A designation would expire at the end of " + expires.date(),
                    "Limited to five years from the day the decision becomes final, counted under §§ 187(1), 188(2)"
                            + " and (3) BGB",
                    List.of(Basis.of(
                            "bestandskraftDate",
                            "Decision final on",
                            in.bestandskraftDate().toString())),
                    GWB + "(1) Satz 3; §§ 187(1), 188(2) and (3) BGB"));
        }
        return new Result(
                precondition,
                paramount,
                List.copyOf(weighed),
                expires,
                FOLLOW_ON,
                List.copyOf(toEstablish),
                List.copyOf(findings));
    }

    private static Outcome outcome(Assessment assessment) {
        if (assessment == null) {
            return Outcome.NOT_ASSESSED;
        }
        return switch (assessment) {
            case TOWARDS -> Outcome.POINTS_TOWARDS;
            case NEUTRAL -> Outcome.NEUTRAL;
            case AWAY -> Outcome.POINTS_AWAY;
        };
    }

    private static String words(Assessment assessment) {
        if (assessment == null) {
            return "not assessed yet";
        }
        return switch (assessment) {
            case TOWARDS -> "points towards paramount significance";
            case NEUTRAL -> "neutral";
            case AWAY -> "points away from it";
        };
    }
}
