package eu.competitiondesk.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Unknown is never read as no, in every rules API: each yes/no fact of each request (found by reflection over the
 * request types, so a fact added tomorrow is walked too) is sent as true, as false and as null. Where the answer
 * depends on the fact (true and false give different outcomes), null must give "cannot tell yet" (null), or a
 * finding that names the fact as not known and says which rule then applies (De minimis point 9).
 */
@Tag("application")
@QuarkusTest
class UnstatedFactsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Response parts that are not outcomes: the reasoning, the sets used, what is missing. */
    private static final List<String> NOT_OUTCOMES =
            List.of("findings", "figureSets", "thresholdSet", "toEstablish", "reasons", "vberReasons");

    private record Endpoint(String path, Class<?> request, String baseline) {}

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("/api/v1/exclusivity/evaluate", RulesJson.ExclusivityRequest.class, """
                    {"supplierShare": 8, "buyerShare": 6, "restraintType": "NON_COMPETE", "durationMonths": 48,
                     "tacitRenewal": true, "terminableWithReasonableNotice": true, "partiesAreCompetitors": true,
                     "dualDistribution": true, "informationExchangeBeyondAgreement": true, "parallelNetworks": true,
                     "tiedMarketShare": 35, "dominantPartyShare": 20, "asOf": "2025-06-01",
                     "clauses": [{"id": "term", "type": "TERM_AND_TERMINATION", "effectiveFrom": "2025-01-01",
                                  "terms": {"tacitRenewal": true, "terminableWithReasonableNotice": true}}]}
                    """),
            new Endpoint("/api/v1/data-act/switching/evaluate", DataActJson.SwitchingRequest.class, """
                    {"serviceKind": "INFRASTRUCTURAL", "customBuilt": false, "nonProductionTestVersion": false,
                     "exceptionDisclosedBeforeContract": true,
                     "contract": {"writtenAndAvailableBeforeSigning": true, "noticePeriodMonths": 2,
                                  "transitionalPeriodDays": 30, "dataRetrievalPeriodDays": 30,
                                  "customerMayExtendTransitionalPeriodOnce": true, "exitStrategySupport": true,
                                  "exhaustiveExportableData": true, "fullErasure": true},
                     "information": {"switchingProcedures": true, "onlineRegister": true, "chargesBeforeContract": true},
                     "functionalEquivalenceSupport": true, "openInterfacesFreeOfCharge": true,
                     "goodFaithCooperation": true,
                     "technicalUnfeasibility": {"notifiedWithinWorkingDays": 10, "justified": true,
                                                "alternativeTransitionalPeriodMonths": 6},
                     "charges": [{"kind": "SWITCHING", "date": "2026-06-01", "amountEur": 10, "costIncurredEur": 10,
                                  "parallelUse": false}]}
                    """),
            new Endpoint("/api/v1/merger-control/thresholds", MergerControlJson.ThresholdsRequest.class, """
                    {"uk": {"date": "2025-06-30", "targetUkTurnoverGbp": 20000000,
                            "parties": [{"name": "A", "ukTurnoverGbp": 400000000}],
                            "shareOfSupplyPercent": 40, "shareIncrement": true,
                            "hybrid": {"shareOfSupplyPercent": 40, "ukTurnoverGbp": 400000000, "otherPartyUkNexus": true}},
                     "us": {"date": "2025-06-30", "sizeOfTransactionUsd": 200000000, "acquiringPersonUsd": 300000000,
                            "acquiredPersonUsd": 30000000, "interest": "VOTING_SECURITIES", "votingPercent": 8,
                            "solelyForInvestment": true},
                     "interlock": {"date": "2025-06-30", "competitors": true, "corporations": [
                            {"capitalSurplusUndividedProfitsUsd": 1000000000, "competitiveSalesUsd": 100000000,
                             "totalSalesUsd": 1000000000},
                            {"capitalSurplusUndividedProfitsUsd": 1000000000, "competitiveSalesUsd": 100000000,
                             "totalSalesUsd": 1000000000}]}}
                    """),
            new Endpoint("/api/v1/designation/uk-sms/evaluate", DesignationJson.UkSmsRequest.class, """
                    {"digitalActivity": true,
                     "ukLink": {"significantNumberOfUkUsers": true, "carriesOnBusinessInUk": true,
                                "immediateSubstantialForeseeableEffectOnUkTrade": true},
                     "globalTurnover": {"amount": 30000000000, "currency": "GBP", "financialYear": 2024},
                     "substantialAndEntrenchedMarketPower": true,
                     "strategicSignificance": {"sizeOrScale": true, "relianceByOtherUndertakings": true,
                                               "extendMarketPower": true, "determineRulesOfConduct": true}}
                    """),
            new Endpoint("/api/v1/designation/gwb-19a/evaluate", DesignationJson.Gwb19aRequest.class, """
                    {"activeToSignificantExtentOnMarketsOf18_3a": true,
                     "factors": {"dominance": "TOWARDS", "financialStrength": "TOWARDS", "verticalIntegration": "NEUTRAL",
                                 "accessToData": "TOWARDS", "importanceForThirdPartyAccess": "TOWARDS"}}
                    """),
            new Endpoint("/api/v1/dma/evaluate", RulesJson.DmaRequest.class, """
                    {"financialYears": [2023, 2024, 2025], "unionTurnoverEur": [7500000000, 7500000000, 7500000000],
                     "services": []}
                    """));

    @Test
    void everyYesNoFactLeftOutIsUnknownNotNo() throws Exception {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        List<String> wrong = new ArrayList<>();
        int walked = 0;
        for (Endpoint endpoint : ENDPOINTS) {
            ObjectNode baseline = (ObjectNode) JSON.readTree(endpoint.baseline());
            for (String path : yesNoFacts(endpoint.request(), "")) {
                if (path.startsWith("clauses[0].terms.")) {
                    // A clause silent on a term leaves the request's own answer to speak (the clause model): its
                    // absence is no fact of its own, and the request's answer is walked above.
                    continue;
                }
                if (!has(baseline, path)) {
                    wrong.add(endpoint.path() + ": the baseline lacks " + path + "; give it one");
                    continue;
                }
                walked++;
                JsonNode yes = post(officer, endpoint.path(), with(baseline, path, Boolean.TRUE));
                JsonNode no = post(officer, endpoint.path(), with(baseline, path, Boolean.FALSE));
                JsonNode unknown = post(officer, endpoint.path(), with(baseline, path, null));
                Map<String, JsonNode> ifYes = outcomes(yes, "");
                Map<String, JsonNode> ifNo = outcomes(no, "");
                Map<String, JsonNode> ifUnknown = outcomes(unknown, "");
                for (String outcome : ifYes.keySet()) {
                    if (Objects.equals(ifYes.get(outcome), ifNo.get(outcome))) {
                        continue;
                    }
                    JsonNode given = ifUnknown.get(outcome);
                    if (given != null && !given.isNull() && !saysNotKnown(unknown, path)) {
                        wrong.add(endpoint.path() + ": " + outcome + " depends on " + path + " (" + ifYes.get(outcome)
                                + " if yes, " + ifNo.get(outcome) + " if no) but is " + given
                                + " when it is not stated, and no finding says so");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        // Tacit renewal, termination, competitors, dual distribution, information exchange, parallel networks;
        // share increment, the other party's UK nexus, investment only; the corporations being competitors (s.8);
        // the SMS facts: digital activity, three UK links, market power, four limbs of strategic significance; the
        // §19a precondition.
        // The Data Act's sixteen.
        assertEquals(36, walked, "yes/no facts walked");
    }

    /** The JSON paths of every yes/no fact of a request type, through its nested parts and lists. */
    private static List<String> yesNoFacts(Class<?> type, String prefix) {
        List<String> paths = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String path = prefix + component.getName();
            Class<?> kind = component.getType();
            if (kind == Boolean.class) {
                paths.add(path);
            } else if (kind.isRecord()) {
                paths.addAll(yesNoFacts(kind, path + "."));
            } else if (List.class.isAssignableFrom(kind)) {
                Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                if (element instanceof Class<?> c && c.isRecord()) {
                    paths.addAll(yesNoFacts(c, path + "[0]."));
                }
            }
        }
        return paths;
    }

    private static boolean has(JsonNode node, String path) {
        return locate(node, path) != null;
    }

    private static JsonNode locate(JsonNode node, String path) {
        JsonNode at = node;
        for (String part : path.split("\\.")) {
            if (at == null) {
                return null;
            }
            if (part.endsWith("[0]")) {
                at = at.get(part.substring(0, part.length() - 3));
                at = at == null ? null : at.get(0);
            } else {
                at = at.get(part);
            }
        }
        return at;
    }

    private static ObjectNode with(ObjectNode baseline, String path, Boolean value) {
        ObjectNode copy = baseline.deepCopy();
        int dot = path.lastIndexOf('.');
        ObjectNode parent = (ObjectNode) (dot < 0 ? copy : locate(copy, path.substring(0, dot)));
        String field = path.substring(dot + 1);
        parent.set(
                field,
                value == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.booleanNode(value));
        return copy;
    }

    private static JsonNode post(Session officer, String path, ObjectNode body) throws Exception {
        Response answer = officer.request()
                .contentType("application/json")
                .body(body.toString())
                .post(path);
        assertEquals(200, answer.statusCode(), path + " " + body + " -> " + answer.asString());
        return JSON.readTree(answer.asString());
    }

    /** Every value of the response but its reasoning, by path. */
    private static Map<String, JsonNode> outcomes(JsonNode node, String prefix) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (!NOT_OUTCOMES.contains(field.getKey())) {
                    values.putAll(outcomes(field.getValue(), prefix + field.getKey() + "."));
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                values.putAll(outcomes(node.get(i), prefix + i + "."));
            }
        } else {
            values.put(prefix, node);
        }
        return values;
    }

    /** Whether a finding names the fact as not known (the rule applied in case of doubt says so there). */
    private static boolean saysNotKnown(JsonNode answer, String path) {
        String leaf = path.substring(path.lastIndexOf('.') + 1);
        for (JsonNode finding : answer.path("findings")) {
            for (JsonNode basis : finding.path("basis")) {
                String input = basis.path("input").asText("");
                if ((input.equals(path) || input.equals(leaf) || input.endsWith("." + leaf))
                        && basis.path("value").asText("").equals("not known")) {
                    return true;
                }
            }
        }
        return false;
    }
}
