package eu.competitiondesk.assessments.engine;

import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Data Act switching questionnaire: {@link DataActSwitching} on one contract and, where given, one charge. */
public final class DataActSwitchingQuestionnaire implements QuestionnaireKind {

    public static final String ID = "data-act-switching";

    /** The engine's inputs and the questions that answer them. */
    private static final Map<String, String> QUESTIONS = Map.ofEntries(
            Map.entry("nonProductionTestVersion", "test_version"),
            Map.entry("customBuilt", "custom_built"),
            Map.entry("exceptionDisclosedBeforeContract", "exception_disclosed"),
            Map.entry("contract.writtenAndAvailableBeforeSigning", "written_contract"),
            Map.entry("contract.noticePeriodMonths", "notice_period"),
            Map.entry("contract.noticePeriodDays", "notice_period"),
            Map.entry("contract.transitionalPeriodDays", "transitional_days"),
            Map.entry("contract.dataRetrievalPeriodDays", "retrieval_days"),
            Map.entry("contract.customerMayExtendTransitionalPeriodOnce", "customer_extension"),
            Map.entry("contract.exitStrategySupport", "exit_strategy"),
            Map.entry("contract.exhaustiveExportableData", "exportable_data"),
            Map.entry("contract.fullErasure", "erasure"),
            Map.entry("information.switchingProcedures", "switching_information"),
            Map.entry("information.onlineRegister", "online_register"),
            Map.entry("information.chargesBeforeContract", "charges_information"),
            Map.entry("functionalEquivalenceSupport", "functional_equivalence"),
            Map.entry("openInterfacesFreeOfCharge", "open_interfaces"),
            Map.entry("goodFaithCooperation", "good_faith"),
            Map.entry("switchingRequestDate", "request_date"),
            Map.entry("technicalUnfeasibility.notifiedWithinWorkingDays", "unfeasible_days"),
            Map.entry("technicalUnfeasibility.justified", "unfeasible_justified"),
            Map.entry("technicalUnfeasibility.alternativeTransitionalPeriodMonths", "alternative_months"),
            Map.entry("charges[0].date", "charge_date"),
            Map.entry("charges[0].amountEur", "charge_amount"),
            Map.entry("charges[0].costIncurredEur", "charge_cost"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> findings(AnswerSheet a, ReferenceData reference) {
        String unit = a.text("notice_unit");
        Integer notice = a.whole("notice_period");
        String kind = a.text("service_kind");
        List<DataActSwitching.Charge> charges = new ArrayList<>();
        List<Finding> notJudged = new ArrayList<>();
        LocalDate chargeDate = a.date("charge_date");
        if (a.has("charge_kind") && chargeDate != null) {
            if (chargeDate.isBefore(DataActSwitching.APPLICABLE_FROM)) {
                notJudged.add(new Finding(
                        "data-act-charge-1",
                        Outcome.INFORMATION,
                        "The charge is not judged: it was made before the Regulation applied on 12 September 2025",
                        "The Regulation applies from 12 September 2025",
                        List.of(a.cite("Day the charge is made", "charge_date")),
                        DataActSwitching.REGULATION + ", Art. 50"));
            } else {
                charges.add(new DataActSwitching.Charge(
                        DataActSwitching.ChargeKind.valueOf(a.text("charge_kind")),
                        chargeDate,
                        amount(a, "charge_amount"),
                        amount(a, "charge_cost"),
                        a.yes("charge_parallel")));
            }
        }
        boolean unfeasible = a.yes("unfeasible");
        DataActSwitching.Result result = DataActSwitching.evaluate(new DataActSwitching.Input(
                kind == null ? null : DataActSwitching.ServiceKind.valueOf(kind),
                a.yesNo("custom_built"),
                a.yesNo("test_version"),
                a.yesNo("exception_disclosed"),
                new DataActSwitching.Contract(
                        a.yesNo("written_contract"),
                        "MONTHS".equals(unit) ? notice : null,
                        "DAYS".equals(unit) ? notice : null,
                        a.whole("transitional_days"),
                        a.whole("retrieval_days"),
                        a.yesNo("customer_extension"),
                        a.yesNo("exit_strategy"),
                        a.yesNo("exportable_data"),
                        a.yesNo("erasure")),
                a.yesNo("switching_information"),
                a.yesNo("online_register"),
                a.yesNo("charges_information"),
                a.yesNo("functional_equivalence"),
                a.yesNo("open_interfaces"),
                a.yesNo("good_faith"),
                a.date("request_date"),
                unfeasible
                        ? new DataActSwitching.TechnicalUnfeasibility(
                                a.whole("unfeasible_days"),
                                a.yesNo("unfeasible_justified"),
                                a.whole("alternative_months"))
                        : null,
                charges));
        List<Finding> findings = new ArrayList<>(result.findings().stream()
                .map(f -> f.withInputs(input -> QUESTIONS.getOrDefault(input, input)))
                .toList());
        findings.addAll(notJudged);
        return findings;
    }

    /** An amount in euro as stored: a plain number, or one with its code ("EUR 1200"). */
    private static BigDecimal amount(AnswerSheet a, String question) {
        String value = a.text(question);
        if (value == null) {
            return null;
        }
        String[] coded = value.split(" ", 2);
        return new BigDecimal(coded.length == 2 ? coded[1] : coded[0]);
    }

    @Override
    public List<Conclusion> conclusions(List<Finding> findings) {
        Map<String, Finding> byId = Conclusions.byId(findings);
        Finding compliant = byId.get("data-act-compliant");
        Finding applies = byId.get("data-act-chapter-applies");
        List<Finding> parts = findings.stream()
                .filter(f -> !f.id().equals("data-act-compliant"))
                .toList();
        List<Conclusion> conclusions = new ArrayList<>();
        conclusions.add(new Conclusion(
                "Data Act: whether Chapter VI applies",
                applies.outcome(),
                applies.title(),
                List.of(new Conclusion.Reason(applies.rule(), applies.source())),
                Conclusions.unknown(List.of(applies))));
        conclusions.add(new Conclusion(
                "Data Act: the contract's switching terms and charges",
                compliant.outcome(),
                compliant.title(),
                Conclusions.reasons(parts, f -> f.outcome() == Outcome.NOT_MET),
                Conclusions.unknown(parts)));
        return conclusions;
    }
}
