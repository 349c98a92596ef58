package eu.competitiondesk.assessments;

import eu.competitiondesk.api.ApiProblem;
import eu.competitiondesk.assessments.MergerControlJson.EuResponse;
import eu.competitiondesk.assessments.MergerControlJson.FigureSetUsed;
import eu.competitiondesk.assessments.MergerControlJson.InterlockResponse;
import eu.competitiondesk.assessments.MergerControlJson.ThresholdsRequest;
import eu.competitiondesk.assessments.MergerControlJson.ThresholdsResponse;
import eu.competitiondesk.assessments.MergerControlJson.UkResponse;
import eu.competitiondesk.assessments.MergerControlJson.UsResponse;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.platform.Commands;
import eu.competitiondesk.platform.InvalidCommand;
import eu.competitiondesk.referencedata.MergerFigures;
import eu.competitiondesk.referencedata.ReferenceDataService;
import eu.competitiondesk.referencedata.engine.FigureSet;
import eu.competitiondesk.referencedata.engine.FigureSets;
import eu.competitiondesk.referencedata.engine.InterlockingDirectorates;
import eu.competitiondesk.referencedata.engine.Jurisdiction;
import eu.competitiondesk.referencedata.engine.MergerThresholds;
import eu.competitiondesk.referencedata.engine.ThresholdLaw;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** The merger-control thresholds as a stateless call, on the figure sets an administrator maintains. */
@Path("/api/v1/merger-control")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Merger control", description = "EU dimension, UK jurisdiction thresholds, US HSR reportability")
public class MergerControlApiResource {

    @Inject
    Commands validator;

    @Inject
    MergerFigures figures;

    @Inject
    Clock clock;

    @Inject
    ReferenceDataService referenceData;

    @POST
    @Path("/thresholds")
    @Operation(
            summary = "Merger-control thresholds: EU, UK, US, and US interlocking directorates",
            description = "Each block optional. EU: Art. 1(2)"
                    + " and 1(3) EUMR with the two-thirds rule, for the undertakings concerned listed. UK: the s.23 tests"
                    + " of the Enterprise Act 2002. US: HSR size of transaction and size of person, the non-corporate"
                    + " control rule and the investment-only exemption. Interlock: Clayton Act s.8 for two corporations"
                    + " sharing a director or officer (capital figure, the three exceptions of s.8(a)(2)). Each block is judged on the figure set in force on"
                    + " its date (eu.date, uk.date and interlock.date default to today), named in its thresholdSet; with no set in force"
                    + " then, its tests are null and toEstablish names the missing set. A"
                    + " figure left out is not known: the tests it decides are null unless the other figures settle them."
                    + " Screening indicators, not decisions.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ThresholdsResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Each bad field named",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public ThresholdsResponse thresholds(ThresholdsRequest request) {
        if (request == null) {
            throw new InvalidCommand(Map.of("body", "send a JSON object with an eu, uk, us or interlock block"));
        }
        validator.check(request);
        FigureSets loaded = figures.loaded();
        LocalDate today = LocalDate.now(clock);
        // Each block on the law in force on its own date; with no set in force then, its tests stay open and say
        // which set is missing (never a later set, never a refusal).
        LocalDate euDay = request.eu() == null ? null : dayOf(request.eu().date(), today);
        LocalDate ukDay = request.uk() == null ? null : dayOf(request.uk().date(), today);
        LocalDate usDay = request.us() == null
                ? null
                : LocalDate.parse(request.us().date().trim());
        LocalDate interlockDay =
                request.interlock() == null ? null : dayOf(request.interlock().date(), today);
        FigureSet eu =
                euDay == null ? null : loaded.inForce(ThresholdLaw.EUMR, euDay).orElse(null);
        FigureSet uk = ukDay == null
                ? null
                : loaded.inForce(ThresholdLaw.EA2002_S23, ukDay).orElse(null);
        FigureSet us =
                usDay == null ? null : loaded.inForce(ThresholdLaw.HSR, usDay).orElse(null);
        FigureSet clayton = interlockDay == null
                ? null
                : loaded.inForce(ThresholdLaw.CLAYTON_8, interlockDay).orElse(null);
        List<Finding> findings = new ArrayList<>();
        Map<String, String> doubled = new LinkedHashMap<>();
        ConvertedAmounts euAmounts = new ConvertedAmounts(Jurisdiction.EU, doubled, referenceData);
        ConvertedAmounts ukAmounts = new ConvertedAmounts(Jurisdiction.UK, doubled, referenceData);
        ConvertedAmounts usAmounts = new ConvertedAmounts(Jurisdiction.US, doubled, referenceData);
        ConvertedAmounts interlockAmounts = new ConvertedAmounts(Jurisdiction.US, doubled, referenceData);
        List<MergerThresholds.EuUndertaking> undertakings =
                request.eu() == null ? List.of() : euUndertakings(request.eu(), euAmounts);
        MergerThresholds.UkInput ukInput = request.uk() == null ? null : ukInput(request.uk(), ukAmounts);
        MergerThresholds.UsInput usInput = request.us() == null ? null : usInput(request.us(), usAmounts);
        List<InterlockingDirectorates.Corporation> corporations =
                request.interlock() == null ? List.of() : corporations(request.interlock(), interlockAmounts);
        if (!doubled.isEmpty()) {
            throw new InvalidCommand(doubled);
        }
        EuResponse euResponse = null;
        if (eu != null) {
            MergerThresholds.EuResult result = MergerThresholds.eu(undertakings, eu);
            findings.addAll(result.findings());
            euResponse = new EuResponse(
                    euDay,
                    result.dimension(),
                    result.threshold(),
                    result.twoThirdsRule(),
                    set(loaded, eu),
                    euAmounts.given,
                    euAmounts.missing);
        } else if (euDay != null) {
            euResponse = EuResponse.unjudged(euDay, euAmounts.given, missingSet(ThresholdLaw.EUMR, euDay));
        }
        UkResponse ukResponse = null;
        if (uk != null) {
            MergerThresholds.UkResult result = MergerThresholds.uk(ukInput, uk);
            findings.addAll(result.findings());
            ukResponse = new UkResponse(
                    ukDay,
                    result.turnoverTest(),
                    result.shareOfSupplyTest(),
                    result.hybridTest(),
                    result.smallMergerSafeHarbour(),
                    result.jurisdiction(),
                    set(loaded, uk),
                    ukAmounts.given,
                    ukAmounts.missing);
        } else if (ukDay != null) {
            ukResponse = UkResponse.unjudged(ukDay, ukAmounts.given, missingSet(ThresholdLaw.EA2002_S23, ukDay));
        }
        UsResponse usResponse = null;
        if (us != null) {
            MergerThresholds.UsResult result = MergerThresholds.us(usInput, us);
            findings.addAll(result.findings());
            usResponse = new UsResponse(
                    usDay,
                    result.reportable(),
                    result.sizeOfTransactionThresholdUsd(),
                    result.reasons(),
                    set(loaded, us),
                    usAmounts.given,
                    usAmounts.missing);
        } else if (usDay != null) {
            usResponse = UsResponse.unjudged(usDay, usAmounts.given, missingSet(ThresholdLaw.HSR, usDay));
        }
        InterlockResponse interlockResponse = null;
        if (clayton != null) {
            InterlockingDirectorates.Result result = InterlockingDirectorates.evaluate(
                    corporations.get(0),
                    corporations.get(1),
                    request.interlock().competitors(),
                    clayton);
            findings.addAll(result.findings());
            List<String> toEstablish = new ArrayList<>(interlockAmounts.missing);
            toEstablish.addAll(result.toEstablish());
            interlockResponse = new InterlockResponse(
                    interlockDay,
                    result.prohibited(),
                    result.capitalTest(),
                    result.exempt(),
                    result.belowCompetitiveSalesFigure(),
                    result.belowTwoPercentOfEither(),
                    result.belowFourPercentOfEach(),
                    set(loaded, clayton),
                    interlockAmounts.given,
                    toEstablish);
        } else if (interlockDay != null) {
            interlockResponse = InterlockResponse.unjudged(
                    interlockDay, interlockAmounts.given, missingSet(ThresholdLaw.CLAYTON_8, interlockDay));
        }
        List<FigureSetUsed> used = MergerThresholds.figureSets(eu, uk, us, clayton).stream()
                .map(s -> new FigureSetUsed(
                        s.jurisdiction(), s.law(), s.effectiveFrom(), s.source(), s.verificationNote()))
                .toList();
        return new ThresholdsResponse(euResponse, ukResponse, usResponse, interlockResponse, used, findings);
    }

    /** What a figure set holds, as the threshold-sets listing gives it. */
    public record FigureAmount(String name, BigDecimal amount, String unit) {}

    /** A figure set in force on the day asked about. */
    public record ThresholdSetListing(
            Jurisdiction jurisdiction,
            String kind,
            LocalDate effectiveFrom,
            LocalDate effectiveUntil,
            String source,
            String verificationNote,
            List<FigureAmount> figures) {}

    @GET
    @Path("/threshold-sets")
    @Operation(
            summary = "The merger-control figure sets in force on a date",
            description =
                    "One set per law that has one in force on the date (today when none is given):"
                            + " EUMR Art. 1, EA 2002 s.23, the HSR Act, Clayton Act s.8. A figure the law did not yet have is left out.")
    @APIResponse(
            responseCode = "400",
            description = "A date that is not YYYY-MM-DD",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public List<ThresholdSetListing> thresholdSets(@RestQuery String date) {
        LocalDate day;
        try {
            day = dayOf(date, LocalDate.now(clock));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidCommand(Map.of("date", "a date as YYYY-MM-DD"));
        }
        FigureSets loaded = figures.loaded();
        return loaded.inForceOn(day).stream()
                .map(set -> new ThresholdSetListing(
                        set.jurisdiction(),
                        set.law().name(),
                        set.effectiveFrom(),
                        loaded.effectiveUntil(set),
                        set.source(),
                        set.verificationNote(),
                        eu.competitiondesk.referencedata.engine.Figure.of(set.law()).stream()
                                .filter(set::has)
                                .map(f -> new FigureAmount(
                                        f.name(), set.amount(f), f.unit().name()))
                                .toList()))
                .toList();
    }

    private static LocalDate dayOf(String date, LocalDate today) {
        return date == null || date.isBlank() ? today : LocalDate.parse(date.trim());
    }

    private static MergerControlJson.ThresholdSet set(FigureSets loaded, FigureSet set) {
        return new MergerControlJson.ThresholdSet(
                set.jurisdiction(),
                set.law(),
                set.effectiveFrom(),
                loaded.effectiveUntil(set),
                set.source(),
                set.verificationNote());
    }

    private static List<String> missingSet(ThresholdLaw law, LocalDate day) {
        return List.of("the " + law.title() + " thresholds in force on " + day
                + " (no figure set is loaded for that date; an administrator adds it on the merger thresholds page)");
    }

    /** The two corporations of an interlock, each amount in dollars as given or converted from its money twin. */
    private static List<InterlockingDirectorates.Corporation> corporations(
            MergerControlJson.InterlockRequest interlock, ConvertedAmounts amounts) {
        List<InterlockingDirectorates.Corporation> corporations = new ArrayList<>();
        for (int i = 0; i < interlock.corporations().size(); i++) {
            MergerControlJson.InterlockCorporation c = interlock.corporations().get(i);
            String at = "interlock.corporations[" + i + "].";
            corporations.add(new InterlockingDirectorates.Corporation(
                    c.name(),
                    amounts.pick(
                            at + "capitalSurplusUndividedProfits",
                            c.capitalSurplusUndividedProfitsUsd(),
                            at + "capitalSurplusUndividedProfitsUsd",
                            c.capitalSurplusUndividedProfits()),
                    amounts.pick(
                            at + "competitiveSales",
                            c.competitiveSalesUsd(),
                            at + "competitiveSalesUsd",
                            c.competitiveSales()),
                    amounts.pick(at + "totalSales", c.totalSalesUsd(), at + "totalSalesUsd", c.totalSales())));
        }
        return corporations;
    }

    /** The undertakings for the rules, each Member State under its ISO code (EL read as GR). */
    private static List<MergerThresholds.EuUndertaking> euUndertakings(
            MergerControlJson.EuRequest eu, ConvertedAmounts amounts) {
        if (eu.undertakings() == null) {
            return List.of();
        }
        List<MergerThresholds.EuUndertaking> undertakings = new ArrayList<>();
        for (int i = 0; i < eu.undertakings().size(); i++) {
            MergerControlJson.EuUndertaking u = eu.undertakings().get(i);
            String prefix = "eu.undertakings[" + i + "].";
            if (u.memberStateTurnoverEur() != null && u.memberStateTurnover() != null) {
                amounts.doubled.put(
                        prefix + "memberStateTurnover", "give memberStateTurnoverEur or memberStateTurnover, not both");
            }
            Map<String, BigDecimal> states = null;
            if (u.memberStateTurnoverEur() != null) {
                states = new LinkedHashMap<>();
                for (Map.Entry<String, BigDecimal> e :
                        u.memberStateTurnoverEur().entrySet()) {
                    putState(states, e.getKey(), e.getValue(), prefix + "memberStateTurnoverEur");
                }
            } else if (u.memberStateTurnover() != null) {
                states = new LinkedHashMap<>();
                for (Map.Entry<String, MergerControlJson.MoneyJson> e :
                        u.memberStateTurnover().entrySet()) {
                    String field = prefix + "memberStateTurnover[" + e.getKey() + "]";
                    BigDecimal converted = amounts.pick(field, null, field, e.getValue());
                    if (converted == null) {
                        // One state's turnover not known in euros: the list as a whole is not known.
                        states = null;
                        break;
                    }
                    putState(states, e.getKey(), converted, prefix + "memberStateTurnover");
                }
            }
            undertakings.add(new MergerThresholds.EuUndertaking(
                    u.name(),
                    amounts.pick(
                            prefix + "worldwideTurnover",
                            u.worldwideTurnoverEur(),
                            prefix + "worldwideTurnoverEur",
                            u.worldwideTurnover()),
                    amounts.pick(prefix + "euTurnover", u.euTurnoverEur(), prefix + "euTurnoverEur", u.euTurnover()),
                    states));
        }
        return undertakings;
    }

    private static void putState(Map<String, BigDecimal> states, String code, BigDecimal amount, String field) {
        if (states.put(MergerThresholds.memberState(code), amount) != null) {
            throw new InvalidCommand(Map.of(
                    field + "[" + code + "]", "names a Member State already listed (EL and GR are both Greece)"));
        }
    }

    private static MergerThresholds.UkInput ukInput(MergerControlJson.UkRequest in, ConvertedAmounts amounts) {
        List<MergerThresholds.UkParty> parties = new ArrayList<>();
        if (in.parties() != null) {
            for (int i = 0; i < in.parties().size(); i++) {
                MergerControlJson.UkParty p = in.parties().get(i);
                parties.add(new MergerThresholds.UkParty(
                        p.name(),
                        amounts.pick(
                                "uk.parties[" + i + "].ukTurnover",
                                p.ukTurnoverGbp(),
                                "uk.parties[" + i + "].ukTurnoverGbp",
                                p.ukTurnover())));
            }
        }
        return new MergerThresholds.UkInput(
                amounts.pick(
                        "uk.targetUkTurnover",
                        in.targetUkTurnoverGbp(),
                        "uk.targetUkTurnoverGbp",
                        in.targetUkTurnover()),
                parties,
                in.shareOfSupplyPercent(),
                in.shareIncrement(),
                in.hybrid() == null
                        ? null
                        : new MergerThresholds.UkHybrid(
                                in.hybrid().shareOfSupplyPercent(),
                                amounts.pick(
                                        "uk.hybrid.ukTurnover",
                                        in.hybrid().ukTurnoverGbp(),
                                        "uk.hybrid.ukTurnoverGbp",
                                        in.hybrid().ukTurnover()),
                                in.hybrid().otherPartyUkNexus()));
    }

    private static MergerThresholds.UsInput usInput(MergerControlJson.UsRequest in, ConvertedAmounts amounts) {
        return new MergerThresholds.UsInput(
                amounts.pick(
                        "us.sizeOfTransaction",
                        in.sizeOfTransactionUsd(),
                        "us.sizeOfTransactionUsd",
                        in.sizeOfTransaction()),
                amounts.pick(
                        "us.acquiringPerson", in.acquiringPersonUsd(), "us.acquiringPersonUsd", in.acquiringPerson()),
                amounts.pick("us.acquiredPerson", in.acquiredPersonUsd(), "us.acquiredPersonUsd", in.acquiredPerson()),
                in.interest(),
                in.profitsOrAssetsPercent(),
                in.votingPercent(),
                in.solelyForInvestment());
    }
}
