package eu.competitiondesk.assessments.engine;

import static eu.competitiondesk.engine.ThreeValued.and;
import static eu.competitiondesk.engine.ThreeValued.outcome;

import eu.competitiondesk.engine.Basis;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import eu.competitiondesk.engine.ThreeValued;
import eu.competitiondesk.referencedata.engine.Deadline;
import eu.competitiondesk.referencedata.engine.Periods;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The quantitative presumption of gatekeeper status, Art. 3(2) DMA (Regulation (EU) 2022/1925), and the deadlines
 * of Art. 3(3) and 3(4). "At least" in the Regulation means greater than or equal. Sources and thresholds:
 * docs/methodology.md.
 */
public final class DmaDesignation {

    public static final BigDecimal TURNOVER_THRESHOLD_EUR = new BigDecimal("7500000000");
    public static final BigDecimal MARKET_CAP_THRESHOLD_EUR = new BigDecimal("75000000000");
    public static final long END_USERS_THRESHOLD = 45_000_000L;
    public static final long BUSINESS_USERS_THRESHOLD = 10_000L;
    public static final int MEMBER_STATES_THRESHOLD = 3;
    public static final int MEMBER_STATES_IN_UNION = 27;
    /** Art. 3(3): notify within two months after the thresholds are met. */
    public static final int NOTIFICATION_MONTHS = 2;
    /** Art. 3(4): designate within 45 working days after complete information. */
    public static final int DESIGNATION_WORKING_DAYS = 45;

    static final int YEARS = 3;

    /** One core platform service's figures for the last three financial years, oldest first. */
    public record Service(
            String name,
            CoreService category,
            Integer memberStates,
            List<Long> monthlyActiveEndUsers,
            List<Long> yearlyActiveBusinessUsers) {}

    /** The undertaking's figures, oldest financial year first. */
    public record Input(
            List<Integer> financialYears,
            List<BigDecimal> unionTurnoverEur,
            BigDecimal marketCapitalisationEur,
            LocalDate thresholdsMetDate,
            LocalDate notificationDate,
            List<Service> services) {}

    /** Each test is true (met), false (not met) or null (cannot tell yet: a figure it needs is not known). */
    public record ServiceResult(
            String name,
            Boolean usersTestMet,
            Boolean entrenchmentMet,
            boolean memberStatesMet,
            Boolean presumptionMet) {}

    /**
     * {@code sizeTestMet} and {@code presumptionMet} are null where they cannot be told yet; the notification
     * deadline exists only where a presumption is met.
     */
    public record Result(
            Boolean sizeTestMet,
            SizeBasis sizeBasis,
            List<ServiceResult> services,
            Boolean presumptionMet,
            Deadline notificationDeadline,
            Deadline designationDeadline,
            List<Finding> findings) {}

    private DmaDesignation() {}

    public static Result evaluate(Input input, Periods periods) {
        validate(input);
        // A year's turnover not known leaves the turnover limb open unless a known year already falls short.
        Boolean turnoverLimb = eu.competitiondesk.engine.ThreeValued.and(input.unionTurnoverEur().stream()
                .map(t -> t == null ? null : t.compareTo(TURNOVER_THRESHOLD_EUR) >= 0)
                .toArray(Boolean[]::new));
        boolean turnover = Boolean.TRUE.equals(turnoverLimb);
        boolean capitalisation = input.marketCapitalisationEur() != null
                && input.marketCapitalisationEur().compareTo(MARKET_CAP_THRESHOLD_EUR) >= 0;
        SizeBasis basis = turnover && capitalisation
                ? SizeBasis.BOTH
                : turnover ? SizeBasis.TURNOVER : capitalisation ? SizeBasis.MARKET_CAPITALISATION : null;
        int lastYear = input.financialYears().get(YEARS - 1);
        // Two alternative limbs: not met only when both are known and both fail.
        Boolean size = basis != null
                ? Boolean.TRUE
                : input.marketCapitalisationEur() == null || turnoverLimb == null ? null : Boolean.FALSE;
        List<Finding> findings = new ArrayList<>();
        String sizeTitle = size == null
                ? turnoverLimb == null
                        ? "Size test: cannot tell yet - the Union turnover of a year is not known"
                                + (input.marketCapitalisationEur() == null
                                        ? " and the market capitalisation for " + lastYear + " is missing"
                                        : " and the market capitalisation is below EUR 75 billion")
                        : "Size test: cannot tell yet - the Union turnover is below EUR 7.5 billion in"
                                + " at least one year and the market capitalisation for " + lastYear + " is missing"
                : size
                        ? "Size test met on "
                                + switch (basis) {
                                    case TURNOVER -> "Union turnover";
                                    case MARKET_CAPITALISATION -> "market capitalisation";
                                    case BOTH -> "both Union turnover and market capitalisation";
                                }
                        : "Size test not met: Union turnover below EUR 7.5 billion in at least one year and market"
                                + " capitalisation below EUR 75 billion";
        findings.add(new Finding(
                "size",
                outcome(size),
                sizeTitle,
                "Union turnover of at least EUR 7.5 bn in each of"
                        + " the last three financial years, or average market capitalisation or equivalent fair market value of"
                        + " at least EUR 75 bn in the last financial year",
                List.of(
                        Basis.of(
                                "unionTurnoverEur",
                                "Union turnover for " + years(input.financialYears()),
                                money(input.unionTurnoverEur())),
                        Basis.of(
                                "marketCapitalisationEur",
                                "Market capitalisation for " + lastYear,
                                input.marketCapitalisationEur() == null
                                        ? Basis.NOT_KNOWN
                                        : money(List.of(input.marketCapitalisationEur())))),
                "DMA Art. 3(2)(a)"));

        List<ServiceResult> services = new ArrayList<>();
        for (int n = 0; n < input.services().size(); n++) {
            Service s = input.services().get(n);
            String field = "services[" + n + "].";
            Boolean users = usersMet(s, YEARS - 1);
            Boolean entrenched = and(and(users, usersMet(s, 0)), usersMet(s, 1));
            boolean memberStates = s.memberStates() >= MEMBER_STATES_THRESHOLD;
            boolean advertisingAlone = s.category() == CoreService.ONLINE_ADVERTISING
                    && input.services().stream().noneMatch(other -> other.category() != CoreService.ONLINE_ADVERTISING);
            Boolean presumption = advertisingAlone || !memberStates ? Boolean.FALSE : and(and(size, users), entrenched);
            services.add(new ServiceResult(s.name(), users, entrenched, memberStates, presumption));
            List<Basis> figures = List.of(
                    Basis.of(
                            field + "monthlyActiveEndUsers",
                            "Monthly active end users of " + s.name() + " for " + years(input.financialYears()),
                            counts(s.monthlyActiveEndUsers())),
                    Basis.of(
                            field + "yearlyActiveBusinessUsers",
                            "Yearly active business users of " + s.name() + " for " + years(input.financialYears()),
                            counts(s.yearlyActiveBusinessUsers())));
            findings.add(new Finding(
                    "users:" + s.name(),
                    outcome(users),
                    "Users test: " + s.name() + unknownNote(users, "the user numbers for " + lastYear),
                    "In the last financial year at least 45"
                            + " million monthly active end users in the Union and at least 10,000 yearly active business users"
                            + " in the Union",
                    figures,
                    "DMA Art. 3(2)(b) and Annex"));
            findings.add(new Finding(
                    "entrenchment:" + s.name(),
                    outcome(entrenched),
                    "Entrenchment: " + s.name() + unknownNote(entrenched, "user numbers for some of the three years"),
                    "The users thresholds met" + " in each of the last three financial years",
                    figures,
                    "DMA Art. 3(2)(c)"));
            findings.add(new Finding(
                    "member-states:" + s.name(),
                    memberStates ? Outcome.MET : Outcome.NOT_MET,
                    "Member States: " + s.name(),
                    "The core platform service is provided in at least three Member" + " States",
                    List.of(Basis.of(
                            field + "memberStates",
                            "Member States where " + s.name() + " is provided",
                            Integer.toString(s.memberStates()))),
                    "DMA Art. 3(2)(a)"));
            findings.add(new Finding(
                    "presumption:" + s.name(),
                    outcome(presumption),
                    "Presumption of gatekeeper"
                            + " status: " + s.name()
                            + (presumption == null ? ": cannot tell yet" : presumption ? ": met" : ": not met"),
                    "Size test, at least three Member States, users test and entrenchment all met"
                            + (advertisingAlone
                                    ? "; online advertising counts only when the undertaking provides another core"
                                            + " platform service"
                                    : ""),
                    List.of(
                            Basis.derived("Size test: " + word(size)),
                            Basis.derived("Member States: " + word(memberStates)),
                            Basis.derived("Users test: " + word(users)),
                            Basis.derived("Entrenchment: " + word(entrenched))),
                    "DMA Art. 3(2); Art. 2(2)(j)"));
        }
        Boolean anyPresumption = services.stream()
                .map(ServiceResult::presumptionMet)
                .reduce(Boolean.FALSE, (a, b) -> ThreeValued.or(a, b));

        // Art. 3(3) binds only an undertaking that meets the thresholds.
        Deadline notification = input.thresholdsMetDate() == null || !Boolean.TRUE.equals(anyPresumption)
                ? null
                : periods.months(input.thresholdsMetDate(), NOTIFICATION_MONTHS);
        Deadline designation = input.notificationDate() == null
                ? null
                : periods.workingDays(input.notificationDate(), DESIGNATION_WORKING_DAYS);
        if (notification != null) {
            findings.add(deadlineFinding(
                    "notification-deadline",
                    "Notification deadline",
                    "Notify the Commission"
                            + " without delay and in any event within two months after the thresholds are met",
                    Basis.of(
                            "thresholdsMetDate",
                            "Thresholds met on",
                            input.thresholdsMetDate().toString()),
                    notification,
                    "DMA Art. 3(3); Regulation 1182/71 Art. 3(2)(c), 3(4) and 3(5)"));
        }
        if (designation != null) {
            findings.add(deadlineFinding(
                    "designation-deadline",
                    "Designation deadline",
                    "The Commission designates" + " within 45 working days after receiving the complete information",
                    Basis.of(
                            "notificationDate",
                            "Complete notification received on",
                            input.notificationDate().toString()),
                    designation,
                    "DMA Art. 3(4); Regulation 1182/71 Art. 3(1) and 3(3)"));
        }
        return new Result(size, basis, services, anyPresumption, notification, designation, findings);
    }

    private static Finding deadlineFinding(
            String id, String title, String rule, Basis event, Deadline deadline, String source) {
        List<Basis> basis = new ArrayList<>();
        basis.add(event);
        if (deadline.moved()) {
            basis.add(Basis.derived("Counted to " + deadline.nominal() + ", a weekend or holiday, or too few working"
                    + " days: moved to " + deadline.due()));
        }
        if (!deadline.holidaysComplete()) {
            basis.add(Basis.derived("Commission holidays not loaded for "
                    + deadline.yearsWithoutHolidays().stream()
                            .sorted()
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "))
                    + ": only weekends were skipped"));
        }
        return new Finding(id, Outcome.INFORMATION, title + ": " + deadline.due(), rule, basis, source);
    }

    /** Both thresholds of Art. 3(2)(b) in one year: not met as soon as one known figure falls short. */
    private static Boolean usersMet(Service s, int year) {
        Long endUsers = s.monthlyActiveEndUsers().get(year);
        Long businessUsers = s.yearlyActiveBusinessUsers().get(year);
        return and(
                endUsers == null ? null : endUsers >= END_USERS_THRESHOLD,
                businessUsers == null ? null : businessUsers >= BUSINESS_USERS_THRESHOLD);
    }

    private static String word(Boolean met) {
        return ThreeValued.word(met, "met", "not met");
    }

    private static String unknownNote(Boolean met, String missing) {
        return met == null ? " - cannot tell yet, " + missing + " not known" : "";
    }

    private static String years(List<Integer> years) {
        return years.get(0) + " to " + years.get(years.size() - 1);
    }

    private static String counts(List<Long> values) {
        return String.join(
                ", ",
                values.stream()
                        .map(v -> v == null ? Basis.NOT_KNOWN : String.format(Locale.ENGLISH, "%,d", v))
                        .toList());
    }

    private static String money(List<BigDecimal> values) {
        return String.join(
                ", ",
                values.stream()
                        .map(v -> v == null
                                ? Basis.NOT_KNOWN
                                : "EUR "
                                        + String.format(
                                                Locale.ENGLISH,
                                                "%,d",
                                                v.setScale(0, RoundingMode.HALF_UP)
                                                        .toBigInteger()))
                        .toList());
    }

    static void validate(Input input) {
        List<RuleViolation> errors = new ArrayList<>();
        threeOf(input.financialYears(), "financialYears", errors);
        if (input.financialYears() != null
                && input.financialYears().size() == YEARS
                && input.financialYears().stream().noneMatch(Objects::isNull)) {
            for (int i = 1; i < YEARS; i++) {
                if (input.financialYears().get(i) != input.financialYears().get(i - 1) + 1) {
                    errors.add(new RuleViolation("financialYears", "three consecutive years, oldest first"));
                    break;
                }
            }
        }
        if (input.unionTurnoverEur() == null || input.unionTurnoverEur().size() != YEARS) {
            errors.add(new RuleViolation(
                    "unionTurnoverEur", "exactly three values, oldest financial year first; null where not known"));
        } else {
            for (int i = 0; i < YEARS; i++) {
                if (input.unionTurnoverEur().get(i) != null
                        && input.unionTurnoverEur().get(i).signum() < 0) {
                    errors.add(new RuleViolation("unionTurnoverEur[" + i + "]", "cannot be negative"));
                }
            }
        }
        if (input.marketCapitalisationEur() != null
                && input.marketCapitalisationEur().signum() < 0) {
            errors.add(new RuleViolation("marketCapitalisationEur", "cannot be negative"));
        }
        if (input.services() == null) {
            errors.add(new RuleViolation("services", "list the core platform services (the list may be empty)"));
        } else {
            for (int i = 0; i < input.services().size(); i++) {
                Service s = input.services().get(i);
                String field = "services[" + i + "]";
                if (s == null) {
                    errors.add(new RuleViolation(field, "missing"));
                    continue;
                }
                if (s.name() == null || s.name().isBlank()) {
                    errors.add(new RuleViolation(field + ".name", "name the service"));
                }
                if (s.category() == null) {
                    errors.add(new RuleViolation(field + ".category", "one of the ten categories of Art. 2(2)"));
                }
                if (s.memberStates() == null || s.memberStates() < 0 || s.memberStates() > MEMBER_STATES_IN_UNION) {
                    errors.add(new RuleViolation(field + ".memberStates", "a number from 0 to 27"));
                }
                knownOrNotThree(s.monthlyActiveEndUsers(), field + ".monthlyActiveEndUsers", errors);
                knownOrNotThree(s.yearlyActiveBusinessUsers(), field + ".yearlyActiveBusinessUsers", errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidAssessmentInput(errors);
        }
    }

    /** Three values, each a count or null for not known. */
    private static void knownOrNotThree(List<Long> values, String field, List<RuleViolation> errors) {
        if (values == null || values.size() != YEARS) {
            errors.add(new RuleViolation(
                    field, "exactly three values, oldest financial year first; null where not" + " known"));
            return;
        }
        for (int i = 0; i < YEARS; i++) {
            if (values.get(i) != null && values.get(i) < 0) {
                errors.add(new RuleViolation(field + "[" + i + "]", "cannot be negative"));
            }
        }
    }

    private static boolean threeOf(List<?> values, String field, List<RuleViolation> errors) {
        if (values == null || values.size() != YEARS || values.stream().anyMatch(Objects::isNull)) {
            errors.add(new RuleViolation(field, "exactly three values, oldest financial year first"));
            return false;
        }
        return true;
    }
}
