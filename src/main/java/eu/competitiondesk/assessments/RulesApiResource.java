package eu.competitiondesk.assessments;

import eu.competitiondesk.api.ApiProblem;
import eu.competitiondesk.api.ApiProblemException;
import eu.competitiondesk.assessments.RulesJson.DmaRequest;
import eu.competitiondesk.assessments.RulesJson.DmaResponse;
import eu.competitiondesk.assessments.RulesJson.DmaServiceJson;
import eu.competitiondesk.assessments.RulesJson.DmaServiceResult;
import eu.competitiondesk.assessments.RulesJson.ExclusivityRequest;
import eu.competitiondesk.assessments.RulesJson.ExclusivityResponse;
import eu.competitiondesk.assessments.engine.ClauseHistory;
import eu.competitiondesk.assessments.engine.CoreService;
import eu.competitiondesk.assessments.engine.DmaDesignation;
import eu.competitiondesk.assessments.engine.DmaMarketInvestigation;
import eu.competitiondesk.assessments.engine.ExclusivityScreen;
import eu.competitiondesk.assessments.engine.InvalidAssessmentInput;
import eu.competitiondesk.assessments.engine.RuleViolation;
import eu.competitiondesk.assessments.questionnaire.AnswerCheck;
import eu.competitiondesk.referencedata.CommissionCalendar;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The assessment rules as stateless calls: the same engines a case's assessments use. Nothing is stored. */
@Path("/api/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessment rules", description = "DMA designation thresholds and deadlines; exclusivity screen")
public class RulesApiResource {

    @Inject
    CommissionCalendar calendar;

    @POST
    @Path("/dma/evaluate")
    @Operation(
            summary = "DMA gatekeeper presumption and deadlines",
            description = "Art. 3(2) thresholds per core"
                    + " platform service, the Art. 3(3) notification deadline and the Art. 3(4) designation deadline counted"
                    + " per Regulation 1182/71 with the Commission's holidays; with a market investigation's opening date,"
                    + " its Art. 17 targets (six and twelve months, not binding deadlines); whether the qualitative route of"
                    + " Art. 3(8) is indicated. Screening indicators, not decisions.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DmaResponse.class)))
    public DmaResponse dma(DmaRequest request) {
        if (request == null) {
            throw invalid(List.of(new RuleViolation("financialYears", "a JSON body is required")));
        }
        List<RuleViolation> errors = new ArrayList<>();
        LocalDate thresholdsMet = date(request.thresholdsMetDate(), "thresholdsMetDate", errors);
        LocalDate notification = date(request.notificationDate(), "notificationDate", errors);
        LocalDate opening = request.marketInvestigation() == null
                ? null
                : date(request.marketInvestigation().openingDate(), "marketInvestigation.openingDate", errors);
        List<DmaDesignation.Service> services = null;
        if (request.services() != null) {
            services = new ArrayList<>();
            for (int i = 0; i < request.services().size(); i++) {
                DmaServiceJson s = request.services().get(i);
                if (s == null) {
                    services.add(null);
                    continue;
                }
                CoreService category = category(s.category(), "services[" + i + "].category", errors);
                services.add(new DmaDesignation.Service(
                        s.name(),
                        category,
                        s.memberStates(),
                        s.monthlyActiveEndUsers(),
                        s.yearlyActiveBusinessUsers()));
            }
        }
        DmaDesignation.Input input = new DmaDesignation.Input(
                request.financialYears(),
                request.unionTurnoverEur(),
                request.marketCapitalisationEur(),
                thresholdsMet,
                notification,
                services);
        try {
            DmaDesignation.Result result = DmaDesignation.evaluate(input, calendar.periods());
            if (!errors.isEmpty()) {
                throw invalid(errors);
            }
            return new DmaResponse(
                    result.sizeTestMet(),
                    result.sizeBasis(),
                    result.services().stream()
                            .map(s -> new DmaServiceResult(
                                    s.name(),
                                    s.usersTestMet(),
                                    s.entrenchmentMet(),
                                    s.memberStatesMet(),
                                    s.presumptionMet()))
                            .toList(),
                    result.presumptionMet(),
                    result.notificationDeadline() == null
                            ? null
                            : result.notificationDeadline().due(),
                    result.designationDeadline() == null
                            ? null
                            : result.designationDeadline().due(),
                    result.findings(),
                    result.notificationDeadline() == null && result.designationDeadline() == null
                            ? null
                            : java.util.stream.Stream.of(result.notificationDeadline(), result.designationDeadline())
                                    .filter(java.util.Objects::nonNull)
                                    .allMatch(d -> d.holidaysComplete()),
                    opening == null ? null : investigation(DmaMarketInvestigation.targets(opening, calendar.periods())),
                    DmaMarketInvestigation.qualitativeRoute(result.presumptionMet(), result.services()));
        } catch (InvalidAssessmentInput e) {
            List<RuleViolation> all = new ArrayList<>(errors);
            // An unknown category is reported once, as unknown, not again as missing.
            e.violations().stream()
                    .filter(v -> all.stream().noneMatch(a -> a.field().equals(v.field())))
                    .forEach(all::add);
            throw invalid(all);
        }
    }

    private static RulesJson.MarketInvestigationResult investigation(DmaMarketInvestigation.Targets targets) {
        return new RulesJson.MarketInvestigationResult(
                targets.preliminaryFindingsTarget(), targets.conclusionTarget(), targets.holidaysKnown());
    }

    @POST
    @Path("/exclusivity/evaluate")
    @Operation(
            summary = "Exclusivity screen: VBER safe harbour and Art. 102 dominance indicator",
            description = "Screening indicators, not decisions.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ExclusivityResponse.class)))
    public ExclusivityResponse exclusivity(ExclusivityRequest request) {
        if (request == null) {
            throw invalid(List.of(new RuleViolation("supplierShare", "a JSON body is required")));
        }
        List<RuleViolation> errors = new ArrayList<>();
        LocalDate asOf = date(request.asOf(), "asOf", errors);
        List<ClauseHistory.Clause> clauses = clauses(request.clauses(), errors);
        if (request.clauses() != null && request.asOf() == null) {
            errors.add(new RuleViolation("asOf", "required with clauses: the day the agreement is assessed as at"));
        }
        if (request.clauses() != null && clauses.size() == request.clauses().size()) {
            // Positions name the request's clauses only when none was left out for a fault of its own.
            errors.addAll(ClauseHistory.faults(clauses, "clauses"));
        }
        ClauseHistory.InForce inForce = asOf == null ? null : ClauseHistory.asOf(clauses, asOf);
        ClauseHistory.Terms terms = inForce == null ? ClauseHistory.Terms.NONE : inForce.terms();
        ExclusivityScreen.Input input = new ExclusivityScreen.Input(
                request.supplierShare(),
                request.buyerShare(),
                or(terms.restraintType(), request.restraintType()),
                or(terms.requirementsSharePercent(), request.requirementsSharePercent()),
                or(terms.durationMonths(), request.durationMonths()),
                // An unstated fact stays unstated: the rules say what they cannot tell without it.
                or(terms.tacitRenewal(), request.tacitRenewal()),
                or(terms.terminableWithReasonableNotice(), request.terminableWithReasonableNotice()),
                request.partiesAreCompetitors(),
                request.dualDistribution(),
                request.informationExchangeBeyondAgreement(),
                request.parallelNetworks(),
                request.tiedMarketShare(),
                request.shareYear(),
                request.assessmentYear(),
                request.yearFirstAbove30(),
                request.yearFirstAbove35(),
                request.dominantPartyShare());
        // The screen accepts an unknown buyer's share (questionnaires may leave it open); the API does not.
        if (request.buyerShare() == null) {
            errors.add(new RuleViolation("buyerShare", "required, a percentage from 0 to 100"));
        }
        try {
            ExclusivityScreen.Result result = ExclusivityScreen.evaluate(input);
            if (!errors.isEmpty()) {
                throw invalid(errors);
            }
            return new ExclusivityResponse(
                    result.nonCompete(),
                    result.vberSafeHarbour(),
                    result.nonCompeteExempted(),
                    result.vberReasons(),
                    result.deMinimis(),
                    result.dominanceIndicator(),
                    asOf == null
                            ? result.findings()
                            : result.findings().stream()
                                    .map(f -> f.asOf(asOf.toString()))
                                    .toList(),
                    asOf,
                    inForce == null
                            ? null
                            : inForce.clauses().stream()
                                    .map(ClauseHistory.Clause::id)
                                    .toList());
        } catch (InvalidAssessmentInput e) {
            errors.addAll(e.violations());
            throw invalid(errors);
        }
    }

    private static <T> T or(T fromClauses, T given) {
        return fromClauses != null ? fromClauses : given;
    }

    /** The clauses of the request; one with a missing or malformed field is named and left out. */
    private static List<ClauseHistory.Clause> clauses(List<RulesJson.ClauseJson> given, List<RuleViolation> errors) {
        List<ClauseHistory.Clause> clauses = new ArrayList<>();
        if (given == null) {
            return clauses;
        }
        for (int i = 0; i < given.size(); i++) {
            RulesJson.ClauseJson c = given.get(i);
            String at = "clauses[" + i + "].";
            if (c == null) {
                errors.add(new RuleViolation("clauses[" + i + "]", "a clause is an object with id, type and dates"));
                continue;
            }
            int before = errors.size();
            if (c.id() == null || c.id().isBlank()) {
                errors.add(new RuleViolation(at + "id", "required: an id of the clause"));
            }
            if (c.type() == null) {
                errors.add(new RuleViolation(at + "type", "required: the kind of clause"));
            }
            LocalDate from = date(c.effectiveFrom(), at + "effectiveFrom", errors);
            if (from == null && (c.effectiveFrom() == null || c.effectiveFrom().isBlank())) {
                errors.add(new RuleViolation(at + "effectiveFrom", "required: the first day in force, YYYY-MM-DD"));
            }
            LocalDate to = date(c.effectiveTo(), at + "effectiveTo", errors);
            if (errors.size() > before) {
                continue;
            }
            RulesJson.ClauseTermsJson t = c.terms();
            clauses.add(new ClauseHistory.Clause(
                    c.id().strip(),
                    c.type(),
                    from,
                    to,
                    t == null
                            ? ClauseHistory.Terms.NONE
                            : new ClauseHistory.Terms(
                                    t.restraintType(),
                                    t.requirementsSharePercent(),
                                    t.durationMonths(),
                                    t.tacitRenewal(),
                                    t.terminableWithReasonableNotice(),
                                    null)));
        }
        return clauses;
    }

    private static LocalDate date(String value, String field, List<RuleViolation> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (date.getYear() < AnswerCheck.FIRST_YEAR || date.getYear() > AnswerCheck.LAST_YEAR) {
                errors.add(new RuleViolation(
                        field, "a date between " + AnswerCheck.FIRST_YEAR + " and " + AnswerCheck.LAST_YEAR));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new RuleViolation(field, "a date as YYYY-MM-DD"));
            return null;
        }
    }

    private static CoreService category(String value, String field, List<RuleViolation> errors) {
        if (value == null) {
            return null;
        }
        try {
            return CoreService.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            errors.add(new RuleViolation(field, "unknown category; one of the ten of Art. 2(2) DMA"));
            return null;
        }
    }

    private static ApiProblemException invalid(List<RuleViolation> violations) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (RuleViolation v : violations) {
            if (byField.putIfAbsent(v.field(), v.message()) == null) {
                order.add(v.field());
            }
        }
        return new ApiProblemException(ApiProblem.invalid(byField, order));
    }
}
