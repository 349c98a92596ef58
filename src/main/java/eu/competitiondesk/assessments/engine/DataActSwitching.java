package eu.competitiondesk.assessments.engine;

import eu.competitiondesk.engine.Basis;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import eu.competitiondesk.engine.ThreeValued;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Switching between data processing services under Chapter VI of the Data Act (Regulation (EU) 2023/2854): the
 * contractual terms Art. 25 requires, the information of Arts. 26 and 29(4), good faith (Art. 27), functional
 * equivalence and open interfaces (Art. 30), the charges of Art. 29 judged on the day they are charged, the egress
 * charges of parallel use (Art. 34(2)) and the exceptions of Art. 31. Each figure is compared with the Regulation's
 * limit in the words it uses; an unknown fact is null and never read as "no". The readings taken are in
 * docs/methodology.md.
 */
public final class DataActSwitching {

    public static final String REGULATION = "Regulation (EU) 2023/2854";

    /** Art. 50: the Regulation applies from 12 September 2025. */
    public static final LocalDate APPLICABLE_FROM = LocalDate.of(2025, 9, 12);

    /** Art. 29(1): "From 12 January 2027 … shall not impose any switching charges". */
    public static final LocalDate CHARGES_ABOLISHED_FROM = LocalDate.of(2027, 1, 12);

    /** Art. 25(2)(a): "the mandatory maximum transitional period of 30 calendar days". */
    public static final int MAX_TRANSITIONAL_DAYS = 30;

    /** Art. 25(2)(d): a notice period "which shall not exceed two months". */
    public static final int MAX_NOTICE_MONTHS = 2;

    /** Art. 25(2)(g): data retrieval "of at least 30 calendar days". */
    public static final int MIN_RETRIEVAL_DAYS = 30;

    /** Art. 25(4): notice of technical unfeasibility "within 14 working days of the making of the switching request". */
    public static final int MAX_UNFEASIBILITY_NOTICE_WORKING_DAYS = 14;

    /** Art. 25(4): an alternative transitional period "which shall not exceed seven months". */
    public static final int MAX_ALTERNATIVE_TRANSITIONAL_MONTHS = 7;

    /** The shortest and the longest two months there are (31 Jan to 31 Mar; 1 Jul to 1 Sep). */
    static final int SHORTEST_TWO_MONTHS_DAYS = 59;

    static final int LONGEST_TWO_MONTHS_DAYS = 62;

    public enum ServiceKind {
        /** Infrastructural services (IaaS): Art. 30(1), functional equivalence. */
        INFRASTRUCTURAL,
        /** Other data processing services: Art. 30(2), open interfaces. */
        OTHER
    }

    public enum ChargeKind {
        SWITCHING,
        DATA_EGRESS,
        STANDARD_SERVICE_FEE,
        EARLY_TERMINATION_PENALTY
    }

    /** What the Chapter asks of a contract or a provider, each with its article and limit in the Regulation's words. */
    public enum Requirement {
        TRANSITIONAL_PERIOD("Art. 25(2)(a)", "not after the mandatory maximum transitional period of 30 calendar days"),
        NOTICE_PERIOD("Art. 25(2)(d)", "a maximum notice period which shall not exceed two months"),
        DATA_RETRIEVAL_PERIOD("Art. 25(2)(g)", "a minimum period for data retrieval of at least 30 calendar days"),
        UNFEASIBILITY_NOTICE(
                "Art. 25(4)", "notified within 14 working days of the switching request and duly justified"),
        ALTERNATIVE_TRANSITIONAL_PERIOD(
                "Art. 25(4)", "an alternative transitional period which shall not exceed seven months"),
        WRITTEN_CONTRACT(
                "Art. 25(1)", "rights and obligations set out in a written contract made available before signing"),
        EXIT_STRATEGY("Art. 25(2)(b)", "reasonable assistance, including an exit strategy, in the switching process"),
        EXPORTABLE_DATA(
                "Art. 25(2)(e)", "an exhaustive specification of the data and digital assets that can be ported"),
        ERASURE("Art. 25(2)(h)", "full erasure of exportable data and digital assets after the retrieval period"),
        CUSTOMER_EXTENSION("Art. 25(5)", "the customer's right to extend the transitional period once"),
        SWITCHING_INFORMATION("Art. 26(a)", "information on the available switching procedures and methods"),
        ONLINE_REGISTER("Art. 26(b)", "a reference to an up-to-date online register of data structures and formats"),
        GOOD_FAITH("Art. 27", "all parties cooperate in good faith to make the switching process effective"),
        CHARGES_INFORMATION("Art. 29(4)", "clear information on switching charges before the contract is concluded"),
        FUNCTIONAL_EQUIVALENCE(
                "Art. 30(1)",
                "all reasonable measures to facilitate functional equivalence (infrastructural services)"),
        OPEN_INTERFACES("Art. 30(2)", "open interfaces made available free of charge (other data processing services)"),
        EXCEPTION_DISCLOSED("Art. 31(3)", "the customer told before the contract which obligations do not apply");

        private final String article;
        private final String limit;

        Requirement(String article, String limit) {
            this.article = article;
            this.limit = limit;
        }

        public String article() {
            return article;
        }

        public String limit() {
            return limit;
        }
    }

    /** Art. 25(4): the provider's notice that switching within the transitional period is technically unfeasible. */
    public record TechnicalUnfeasibility(
            Integer notifiedWithinWorkingDays, Boolean justified, Integer alternativeTransitionalPeriodMonths) {}

    /** A charge made on {@code date}; {@code costIncurredEur} null: not known. */
    public record Charge(
            ChargeKind kind, LocalDate date, BigDecimal amountEur, BigDecimal costIncurredEur, boolean parallelUse) {}

    /** The contract's terms (Art. 25); every flag null where not known. */
    public record Contract(
            Boolean writtenAndAvailableBeforeSigning,
            Integer noticePeriodMonths,
            Integer noticePeriodDays,
            Integer transitionalPeriodDays,
            Integer dataRetrievalPeriodDays,
            Boolean customerMayExtendTransitionalPeriodOnce,
            Boolean exitStrategySupport,
            Boolean exhaustiveExportableData,
            Boolean fullErasure) {

        public static final Contract UNKNOWN = new Contract(null, null, null, null, null, null, null, null, null);
    }

    public record Input(
            ServiceKind serviceKind,
            Boolean customBuilt,
            Boolean nonProductionTestVersion,
            Boolean exceptionDisclosedBeforeContract,
            Contract contract,
            Boolean switchingProceduresInformation,
            Boolean onlineRegister,
            Boolean chargesInformationBeforeContract,
            Boolean functionalEquivalenceSupport,
            Boolean openInterfacesFreeOfCharge,
            Boolean goodFaithCooperation,
            LocalDate switchingRequestDate,
            TechnicalUnfeasibility technicalUnfeasibility,
            List<Charge> charges) {}

    public record RequirementResult(Boolean met, String article, String limit) {}

    public record ChargeResult(LocalDate date, ChargeKind kind, Boolean permitted, String article) {}

    /**
     * {@code chapterApplies}: false under Art. 31(2), null while that is not known. {@code requirements}: those that
     * apply on the facts given. {@code compliant}: every requirement met and every charge permitted (Kleene's "and"),
     * settled only where each unknown exception, taken either way, gives the same answer.
     */
    public record Result(
            Boolean chapterApplies,
            Map<Requirement, RequirementResult> requirements,
            List<ChargeResult> charges,
            Boolean compliant,
            List<Finding> findings) {}

    private DataActSwitching() {}

    public static Result evaluate(Input in) {
        validate(in);
        Contract contract = in.contract() == null ? Contract.UNKNOWN : in.contract();
        Map<Requirement, Boolean> tests = tests(in, contract);
        Map<Requirement, RequirementResult> shown = new EnumMap<>(Requirement.class);
        if (!Boolean.TRUE.equals(in.nonProductionTestVersion())) {
            for (Map.Entry<Requirement, Boolean> test : tests.entrySet()) {
                if (applies(test.getKey(), in.customBuilt(), in.serviceKind())) {
                    shown.put(
                            test.getKey(),
                            new RequirementResult(
                                    test.getValue(),
                                    test.getKey().article(),
                                    test.getKey().limit()));
                }
            }
        }
        List<Charge> charges = in.charges() == null ? List.of() : in.charges();
        List<ChargeResult> chargeResults = new ArrayList<>();
        for (Charge charge : charges) {
            chargeResults.add(
                    acrossExceptions(in, (customBuilt, testVersion) -> judge(charge, customBuilt, testVersion)));
        }
        Boolean compliant = acrossExceptions(in, (customBuilt, testVersion) -> {
            if (testVersion) {
                return Boolean.TRUE;
            }
            List<Boolean> parts = new ArrayList<>();
            tests.forEach((requirement, met) -> {
                if (applies(requirement, customBuilt, in.serviceKind())) {
                    parts.add(kindMet(requirement, met, in.serviceKind()));
                }
            });
            charges.forEach(c -> parts.add(judge(c, customBuilt, false).permitted()));
            return ThreeValued.and(parts.toArray(Boolean[]::new));
        });
        Boolean chapterApplies = ThreeValued.not(in.nonProductionTestVersion());
        return new Result(
                chapterApplies,
                shown,
                chargeResults,
                compliant,
                findings(in, contract, chapterApplies, shown, chargeResults, compliant));
    }

    /** Each requirement's own test, before it is known which of them apply. */
    private static Map<Requirement, Boolean> tests(Input in, Contract contract) {
        Map<Requirement, Boolean> tests = new EnumMap<>(Requirement.class);
        tests.put(Requirement.TRANSITIONAL_PERIOD, atMost(contract.transitionalPeriodDays(), MAX_TRANSITIONAL_DAYS));
        tests.put(Requirement.NOTICE_PERIOD, noticeWithinTwoMonths(contract, in.switchingRequestDate()));
        tests.put(
                Requirement.DATA_RETRIEVAL_PERIOD,
                contract.dataRetrievalPeriodDays() == null
                        ? null
                        : contract.dataRetrievalPeriodDays() >= MIN_RETRIEVAL_DAYS);
        TechnicalUnfeasibility unfeasible = in.technicalUnfeasibility();
        if (unfeasible != null) {
            tests.put(
                    Requirement.UNFEASIBILITY_NOTICE,
                    ThreeValued.and(
                            atMost(unfeasible.notifiedWithinWorkingDays(), MAX_UNFEASIBILITY_NOTICE_WORKING_DAYS),
                            unfeasible.justified()));
            tests.put(
                    Requirement.ALTERNATIVE_TRANSITIONAL_PERIOD,
                    atMost(unfeasible.alternativeTransitionalPeriodMonths(), MAX_ALTERNATIVE_TRANSITIONAL_MONTHS));
        }
        tests.put(Requirement.WRITTEN_CONTRACT, contract.writtenAndAvailableBeforeSigning());
        tests.put(Requirement.EXIT_STRATEGY, contract.exitStrategySupport());
        tests.put(Requirement.EXPORTABLE_DATA, contract.exhaustiveExportableData());
        tests.put(Requirement.ERASURE, contract.fullErasure());
        tests.put(Requirement.CUSTOMER_EXTENSION, contract.customerMayExtendTransitionalPeriodOnce());
        tests.put(Requirement.SWITCHING_INFORMATION, in.switchingProceduresInformation());
        tests.put(Requirement.ONLINE_REGISTER, in.onlineRegister());
        tests.put(Requirement.GOOD_FAITH, in.goodFaithCooperation());
        tests.put(Requirement.CHARGES_INFORMATION, in.chargesInformationBeforeContract());
        tests.put(Requirement.FUNCTIONAL_EQUIVALENCE, in.functionalEquivalenceSupport());
        tests.put(Requirement.OPEN_INTERFACES, in.openInterfacesFreeOfCharge());
        tests.put(Requirement.EXCEPTION_DISCLOSED, in.exceptionDisclosedBeforeContract());
        return tests;
    }

    /**
     * Whether a requirement applies: Art. 31(1) lifts Arts. 29 and 30(1) for custom-built services and brings the
     * disclosure of Art. 31(3); Art. 30(1) speaks of infrastructural services, 30(2) of the others. With the
     * service's kind unknown both are listed.
     */
    private static boolean applies(Requirement requirement, Boolean customBuilt, ServiceKind kind) {
        return switch (requirement) {
            case CHARGES_INFORMATION -> !Boolean.TRUE.equals(customBuilt);
            case FUNCTIONAL_EQUIVALENCE -> !Boolean.TRUE.equals(customBuilt) && kind != ServiceKind.OTHER;
            case OPEN_INTERFACES -> kind != ServiceKind.INFRASTRUCTURAL;
            case EXCEPTION_DISCLOSED -> Boolean.TRUE.equals(customBuilt);
            default -> true;
        };
    }

    /** With the service's kind unknown, a support not given might be one the service does not owe. */
    private static Boolean kindMet(Requirement requirement, Boolean met, ServiceKind kind) {
        boolean kindDependent =
                requirement == Requirement.FUNCTIONAL_EQUIVALENCE || requirement == Requirement.OPEN_INTERFACES;
        return kindDependent && kind == null && !Boolean.TRUE.equals(met) ? null : met;
    }

    private static Boolean atMost(Integer value, int limit) {
        return value == null ? null : value <= limit;
    }

    /**
     * Art. 25(2)(d) in months, or a notice in days against two months counted from the switching request as
     * Regulation 1182/71 Art. 3(2)(c) counts months: the same date two months later, or that month's last day. With no
     * request date, settled only where every date of the calendar agrees.
     */
    static Boolean noticeWithinTwoMonths(Contract contract, LocalDate requestDate) {
        if (contract.noticePeriodMonths() != null) {
            return contract.noticePeriodMonths() <= MAX_NOTICE_MONTHS;
        }
        Integer days = contract.noticePeriodDays();
        if (days == null) {
            return null;
        }
        if (requestDate != null) {
            return days <= twoMonthsInDays(requestDate);
        }
        return days <= SHORTEST_TWO_MONTHS_DAYS ? Boolean.TRUE : days > LONGEST_TWO_MONTHS_DAYS ? Boolean.FALSE : null;
    }

    /** Days from the request to the end of two months counted from it. */
    public static long twoMonthsInDays(LocalDate requestDate) {
        return ChronoUnit.DAYS.between(requestDate, requestDate.plusMonths(MAX_NOTICE_MONTHS));
    }

    /** A charge on its date (Arts. 2, 29, 31, 34(2)) with the article that decides it. */
    private static ChargeResult judge(Charge c, Boolean customBuilt, Boolean testVersion) {
        if (Boolean.TRUE.equals(testVersion)) {
            return new ChargeResult(c.date(), c.kind(), Boolean.TRUE, "Art. 31(2)");
        }
        return switch (c.kind()) {
            case STANDARD_SERVICE_FEE, EARLY_TERMINATION_PENALTY ->
                new ChargeResult(c.date(), c.kind(), Boolean.TRUE, "Art. 2");
            case SWITCHING, DATA_EGRESS -> {
                if (c.kind() == ChargeKind.DATA_EGRESS && c.parallelUse()) {
                    yield new ChargeResult(c.date(), c.kind(), notAboveCost(c), "Art. 34(2)");
                }
                if (Boolean.TRUE.equals(customBuilt)) {
                    yield new ChargeResult(c.date(), c.kind(), Boolean.TRUE, "Art. 31(1)");
                }
                if (c.date().isBefore(CHARGES_ABOLISHED_FROM)) {
                    yield new ChargeResult(c.date(), c.kind(), notAboveCost(c), "Art. 29(2), (3)");
                }
                yield new ChargeResult(
                        c.date(),
                        c.kind(),
                        c.amountEur() == null ? null : c.amountEur().signum() == 0,
                        "Art. 29(1)");
            }
        };
    }

    private static Boolean notAboveCost(Charge c) {
        return c.amountEur() == null || c.costIncurredEur() == null
                ? null
                : c.amountEur().compareTo(c.costIncurredEur()) <= 0;
    }

    /**
     * The value under each reading of the unknown exceptions (custom-built, test version): settled where all agree,
     * else null. A charge's article is the one under the Chapter's own rules when the readings differ.
     */
    private static <T> T acrossExceptions(Input in, Reading<T> reading) {
        List<Boolean> customBuilt = in.customBuilt() == null ? List.of(false, true) : List.of(in.customBuilt());
        List<Boolean> testVersion =
                in.nonProductionTestVersion() == null ? List.of(false, true) : List.of(in.nonProductionTestVersion());
        List<T> values = new ArrayList<>();
        for (Boolean cb : customBuilt) {
            for (Boolean tv : testVersion) {
                values.add(reading.under(cb, tv));
            }
        }
        return merge(values);
    }

    @SuppressWarnings("unchecked")
    private static <T> T merge(List<T> values) {
        T first = values.get(0);
        if (first instanceof ChargeResult charge) {
            boolean agree =
                    values.stream().allMatch(v -> Objects.equals(((ChargeResult) v).permitted(), charge.permitted()));
            return agree
                    ? first
                    : (T) new ChargeResult(
                            charge.date(), charge.kind(), null, charge.article() + " (unless Art. 31 applies)");
        }
        return values.stream().allMatch(v -> Objects.equals(v, first)) ? first : null;
    }

    @FunctionalInterface
    private interface Reading<T> {
        T under(boolean customBuilt, boolean testVersion);
    }

    private static void validate(Input in) {
        List<RuleViolation> errors = new ArrayList<>();
        Contract c = in.contract();
        if (c != null) {
            if (c.noticePeriodMonths() != null && c.noticePeriodDays() != null) {
                errors.add(new RuleViolation(
                        "contract.noticePeriodDays", "give the notice period in months or in days, not both"));
            }
            negative(errors, "contract.noticePeriodMonths", c.noticePeriodMonths());
            negative(errors, "contract.noticePeriodDays", c.noticePeriodDays());
            negative(errors, "contract.transitionalPeriodDays", c.transitionalPeriodDays());
            negative(errors, "contract.dataRetrievalPeriodDays", c.dataRetrievalPeriodDays());
        }
        if (in.technicalUnfeasibility() != null) {
            negative(
                    errors,
                    "technicalUnfeasibility.notifiedWithinWorkingDays",
                    in.technicalUnfeasibility().notifiedWithinWorkingDays());
            negative(
                    errors,
                    "technicalUnfeasibility.alternativeTransitionalPeriodMonths",
                    in.technicalUnfeasibility().alternativeTransitionalPeriodMonths());
        }
        List<Charge> charges = in.charges() == null ? List.of() : in.charges();
        for (int i = 0; i < charges.size(); i++) {
            Charge charge = charges.get(i);
            String at = "charges[" + i + "].";
            if (charge == null || charge.kind() == null) {
                errors.add(new RuleViolation(
                        at + "kind",
                        "required: SWITCHING, DATA_EGRESS, STANDARD_SERVICE_FEE or" + " EARLY_TERMINATION_PENALTY"));
                continue;
            }
            if (charge.date() == null) {
                errors.add(new RuleViolation(at + "date", "required, the day the charge is made, as YYYY-MM-DD"));
            } else if (charge.date().isBefore(APPLICABLE_FROM)) {
                errors.add(new RuleViolation(
                        at + "date",
                        "the Regulation applies from 2025-09-12 (Art. 50); an earlier charge is not judged"));
            }
            if (charge.amountEur() != null && charge.amountEur().signum() < 0) {
                errors.add(new RuleViolation(at + "amountEur", "an amount of zero or more"));
            }
            if (charge.costIncurredEur() != null && charge.costIncurredEur().signum() < 0) {
                errors.add(new RuleViolation(at + "costIncurredEur", "an amount of zero or more"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidAssessmentInput(errors);
        }
    }

    private static void negative(List<RuleViolation> errors, String field, Integer value) {
        if (value != null && value < 0) {
            errors.add(new RuleViolation(field, "a period of zero or more"));
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private static List<Finding> findings(
            Input in,
            Contract contract,
            Boolean chapterApplies,
            Map<Requirement, RequirementResult> requirements,
            List<ChargeResult> charges,
            Boolean compliant) {
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding(
                "data-act-chapter-applies",
                ThreeValued.outcome(chapterApplies),
                chapterApplies == null
                        ? "Whether Chapter VI applies: cannot tell yet, it is not known whether the service is a"
                                + " non-production version for testing"
                        : chapterApplies
                                ? "Chapter VI applies: the service is in production use"
                                : "Outside Chapter VI: a non-production version for testing and evaluation",
                "The Chapter does not apply to a non-production version for testing and evaluation purposes and for a"
                        + " limited period of time",
                List.of(yesNo(
                        "nonProductionTestVersion",
                        "Non-production version for testing",
                        in.nonProductionTestVersion())),
                REGULATION + ", Art. 31(2)"));
        if (in.customBuilt() != null || Boolean.TRUE.equals(chapterApplies)) {
            findings.add(new Finding(
                    "data-act-custom-built",
                    in.customBuilt() == null ? Outcome.UNDETERMINED : Outcome.INFORMATION,
                    in.customBuilt() == null
                            ? "Custom-built service: cannot tell yet; if it is, Arts. 29 and 30(1) do not apply"
                            : in.customBuilt()
                                    ? "Custom-built and not offered at broad commercial scale: Arts. 23(d), 29, 30(1)"
                                            + " and 30(3) do not apply, and the customer must be told so before the"
                                            + " contract"
                                    : "Offered at broad commercial scale: the whole Chapter applies",
                    "Most main features custom-built for one customer, or all components developed for one, and not"
                            + " offered at broad commercial scale via the service catalogue",
                    List.of(yesNo("customBuilt", "Custom-built service", in.customBuilt())),
                    REGULATION + ", Art. 31(1), (3)"));
        }
        Map<Requirement, Function<Requirement, List<Basis>>> bases = new EnumMap<>(Requirement.class);
        bases.put(
                Requirement.TRANSITIONAL_PERIOD,
                r -> List.of(days(
                        "contract.transitionalPeriodDays", "Transitional period", contract.transitionalPeriodDays())));
        bases.put(Requirement.NOTICE_PERIOD, r -> noticeBasis(contract, in.switchingRequestDate()));
        bases.put(
                Requirement.DATA_RETRIEVAL_PERIOD,
                r -> List.of(days(
                        "contract.dataRetrievalPeriodDays",
                        "Data retrieval period",
                        contract.dataRetrievalPeriodDays())));
        for (Map.Entry<Requirement, RequirementResult> entry : requirements.entrySet()) {
            Requirement requirement = entry.getKey();
            Boolean met = entry.getValue().met();
            List<Basis> basis = bases.containsKey(requirement)
                    ? bases.get(requirement).apply(requirement)
                    : requirement == Requirement.UNFEASIBILITY_NOTICE
                            ? List.of(
                                    Basis.of(
                                            "technicalUnfeasibility.notifiedWithinWorkingDays",
                                            "Notified within",
                                            in.technicalUnfeasibility().notifiedWithinWorkingDays() == null
                                                    ? Basis.NOT_KNOWN
                                                    : in.technicalUnfeasibility()
                                                                    .notifiedWithinWorkingDays() + " working days"),
                                    yesNo(
                                            "technicalUnfeasibility.justified",
                                            "Duly justified",
                                            in.technicalUnfeasibility().justified()))
                            : requirement == Requirement.ALTERNATIVE_TRANSITIONAL_PERIOD
                                    ? List.of(Basis.of(
                                            "technicalUnfeasibility.alternativeTransitionalPeriodMonths",
                                            "Alternative transitional period",
                                            in.technicalUnfeasibility().alternativeTransitionalPeriodMonths() == null
                                                    ? Basis.NOT_KNOWN
                                                    : in.technicalUnfeasibility()
                                                                    .alternativeTransitionalPeriodMonths() + " months"))
                                    : List.of(yesNo(
                                            FLAGS.get(requirement),
                                            title(requirement),
                                            met(in, contract, requirement)));
            findings.add(new Finding(
                    "data-act-" + requirement.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    ThreeValued.outcome(met),
                    title(requirement) + ": "
                            + ThreeValued.word(met, "meets the Regulation", "falls short of the Regulation"),
                    "The Regulation requires " + requirement.limit(),
                    basis,
                    REGULATION + ", " + requirement.article()));
        }
        for (int i = 0; i < charges.size(); i++) {
            ChargeResult charge = charges.get(i);
            Charge given = in.charges().get(i);
            List<Basis> basis = new ArrayList<>();
            basis.add(Basis.of("charges[" + i + "].date", "Charged on", DAY.format(charge.date())));
            basis.add(Basis.of("charges[" + i + "].amountEur", "Amount", euro(given.amountEur())));
            basis.add(Basis.of(
                    "charges[" + i + "].costIncurredEur",
                    "Cost incurred by the provider",
                    euro(given.costIncurredEur())));
            findings.add(new Finding(
                    "data-act-charge-" + (i + 1),
                    ThreeValued.outcome(charge.permitted()),
                    chargeWords(charge.kind(), given.parallelUse()) + " of " + DAY.format(charge.date()) + ": "
                            + ThreeValued.word(charge.permitted(), "permitted", "not permitted"),
                    chargeRule(charge),
                    basis,
                    REGULATION + ", " + charge.article()));
        }
        findings.add(new Finding(
                "data-act-compliant",
                ThreeValued.outcome(compliant),
                "The contract and charges under Chapter VI: "
                        + ThreeValued.word(compliant, "in line with the Regulation", "at odds with the Regulation"),
                "Every requirement that applies is met and every charge is permitted; an exception whose facts are not"
                        + " known is taken both ways",
                List.of(),
                REGULATION + ", Arts. 23-31 and 34"));
        return findings;
    }

    private static String chargeRule(ChargeResult charge) {
        return switch (charge.article()) {
            case "Art. 2" -> "Standard service fees and early termination penalties are not switching charges";
            case "Art. 34(2)" ->
                "For parallel use, data egress charges only pass on egress costs incurred, without" + " exceeding them";
            case "Art. 29(1)" -> "From 12 January 2027 no switching charges may be imposed";
            case "Art. 31(1)" -> "Art. 29 does not apply to a custom-built service";
            case "Art. 31(2)" -> "The Chapter does not apply to a non-production test version";
            default ->
                "Until 11 January 2027, reduced switching charges may not exceed the costs incurred that are"
                        + " directly linked to the switching process";
        };
    }

    private static String chargeWords(ChargeKind kind, boolean parallelUse) {
        return switch (kind) {
            case SWITCHING -> "Switching charge";
            case DATA_EGRESS -> parallelUse ? "Data egress charge for parallel use" : "Data egress charge";
            case STANDARD_SERVICE_FEE -> "Standard service fee";
            case EARLY_TERMINATION_PENALTY -> "Early termination penalty";
        };
    }

    /** The requirement in words, for a finding's title. */
    public static String title(Requirement requirement) {
        String words = requirement.name().charAt(0)
                + requirement.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        return switch (requirement) {
            case EXIT_STRATEGY -> "Exit strategy and assistance";
            case EXPORTABLE_DATA -> "Exportable data and digital assets";
            case ERASURE -> "Erasure after retrieval";
            case CUSTOMER_EXTENSION -> "Customer's right to extend the transitional period";
            case SWITCHING_INFORMATION -> "Information on switching procedures";
            case ONLINE_REGISTER -> "Online register of data structures and formats";
            case GOOD_FAITH -> "Cooperation in good faith";
            case CHARGES_INFORMATION -> "Information on switching charges before the contract";
            case EXCEPTION_DISCLOSED -> "Exceptions disclosed before the contract";
            case UNFEASIBILITY_NOTICE -> "Notice of technical unfeasibility";
            default -> words;
        };
    }

    /** The request field each yes-or-no requirement reads. */
    private static final Map<Requirement, String> FLAGS = Map.ofEntries(
            Map.entry(Requirement.WRITTEN_CONTRACT, "contract.writtenAndAvailableBeforeSigning"),
            Map.entry(Requirement.EXIT_STRATEGY, "contract.exitStrategySupport"),
            Map.entry(Requirement.EXPORTABLE_DATA, "contract.exhaustiveExportableData"),
            Map.entry(Requirement.ERASURE, "contract.fullErasure"),
            Map.entry(Requirement.CUSTOMER_EXTENSION, "contract.customerMayExtendTransitionalPeriodOnce"),
            Map.entry(Requirement.SWITCHING_INFORMATION, "information.switchingProcedures"),
            Map.entry(Requirement.ONLINE_REGISTER, "information.onlineRegister"),
            Map.entry(Requirement.CHARGES_INFORMATION, "information.chargesBeforeContract"),
            Map.entry(Requirement.GOOD_FAITH, "goodFaithCooperation"),
            Map.entry(Requirement.FUNCTIONAL_EQUIVALENCE, "functionalEquivalenceSupport"),
            Map.entry(Requirement.OPEN_INTERFACES, "openInterfacesFreeOfCharge"),
            Map.entry(Requirement.EXCEPTION_DISCLOSED, "exceptionDisclosedBeforeContract"));

    /** The fact as given (the flag itself), before any reading of the service's kind. */
    private static Boolean met(Input in, Contract contract, Requirement requirement) {
        return tests(in, contract).get(requirement);
    }

    private static List<Basis> noticeBasis(Contract contract, LocalDate requestDate) {
        List<Basis> basis = new ArrayList<>();
        if (contract.noticePeriodMonths() != null) {
            basis.add(Basis.of(
                    "contract.noticePeriodMonths", "Notice period", contract.noticePeriodMonths() + " months"));
            return basis;
        }
        basis.add(days("contract.noticePeriodDays", "Notice period", contract.noticePeriodDays()));
        if (requestDate != null) {
            basis.add(Basis.of("switchingRequestDate", "Switching request", DAY.format(requestDate)));
            basis.add(Basis.derived("Two months from the request end on "
                    + DAY.format(requestDate.plusMonths(MAX_NOTICE_MONTHS)) + ", " + twoMonthsInDays(requestDate)
                    + " days later"));
        } else if (contract.noticePeriodDays() != null) {
            basis.add(Basis.derived("Without the request's date, two months are between " + SHORTEST_TWO_MONTHS_DAYS
                    + " and " + LONGEST_TWO_MONTHS_DAYS + " days"));
        }
        return basis;
    }

    private static Basis days(String input, String label, Integer days) {
        return Basis.of(input, label, days == null ? Basis.NOT_KNOWN : days + " calendar days");
    }

    private static Basis yesNo(String input, String label, Boolean value) {
        return Basis.of(input, label, value == null ? Basis.NOT_KNOWN : value ? "yes" : "no");
    }

    private static String euro(BigDecimal amount) {
        return amount == null ? Basis.NOT_KNOWN : "EUR " + amount.toPlainString();
    }
}
