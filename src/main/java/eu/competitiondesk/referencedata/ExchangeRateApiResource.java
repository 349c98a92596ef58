package eu.competitiondesk.referencedata;

import eu.competitiondesk.api.ApiProblem;
import eu.competitiondesk.platform.Commands;
import eu.competitiondesk.platform.InvalidCommand;
import eu.competitiondesk.referencedata.engine.Jurisdiction;
import eu.competitiondesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Exchange rates as reference data: read by anyone signed in, recorded, corrected and removed by administrators
 * (each change audited). A rate converts an amount in {@code currency} into the regime's own currency as amount /
 * rate.
 */
@Path("/api/v1/reference-data/exchange-rates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Exchange rates for turnover in other currencies")
public class ExchangeRateApiResource {

    /** A stored rate, as the API gives it back. */
    public record ExchangeRateJson(
            Jurisdiction regime,
            String currency,
            int financialYear,
            BigDecimal rate,

            @Schema(description = "The regime's own currency: EUR, GBP or USD")
            String per,

            String source,
            LocalDate asOf) {

        static ExchangeRateJson of(ExchangeRate rate) {
            return new ExchangeRateJson(
                    rate.regime,
                    rate.currency,
                    rate.financialYear,
                    rate.rate.stripTrailingZeros().scale() < 0 ? rate.rate.setScale(0) : rate.rate.stripTrailingZeros(),
                    eu.competitiondesk.referencedata.engine.Money.currencyOf(rate.regime),
                    rate.source,
                    rate.asOf);
        }
    }

    @Inject
    Commands validator;

    @Inject
    ReferenceDataService service;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Record or correct an exchange rate",
            description = "One rate per regime, currency and financial year; sending it again corrects it. The rate"
                    + " is quoted as the ECB quotes: units of the currency per one unit of the regime's currency.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ExchangeRateJson.class)))
    @APIResponse(
            responseCode = "400",
            description = "Each bad field named",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public ExchangeRateJson record(ExchangeRateDetails command) {
        if (command == null) {
            throw new InvalidCommand(Map.of(
                    "body", "send a JSON object with regime, currency, financialYear, rate," + " source and asOf"));
        }
        validator.check(command);
        return ExchangeRateJson.of(service.recordExchangeRate(command));
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The rate a regime converts a currency at for a financial year")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ExchangeRateJson.class)))
    @APIResponse(responseCode = "404", description = "No rate recorded for them")
    public ExchangeRateJson read(
            @RestQuery String regime, @RestQuery String currency, @RestQuery String financialYear) {
        Key key = key(regime, currency, financialYear);
        return ExchangeRate.of(key.regime(), key.currency(), key.financialYear())
                .map(ExchangeRateJson::of)
                .orElseThrow(NotFoundException::new);
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove an exchange rate")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No rate recorded for them")
    public Response remove(@RestQuery String regime, @RestQuery String currency, @RestQuery String financialYear) {
        Key key = key(regime, currency, financialYear);
        if (!service.removeExchangeRate(key.regime(), key.currency(), key.financialYear())) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }

    private record Key(Jurisdiction regime, String currency, int financialYear) {}

    /** The query's three parts, each checked, every bad one named. */
    private static Key key(String regime, String currency, String financialYear) {
        Map<String, String> errors = new LinkedHashMap<>();
        Jurisdiction jurisdiction = null;
        try {
            jurisdiction = Jurisdiction.valueOf(regime == null ? "" : regime.strip());
        } catch (IllegalArgumentException e) {
            errors.put("regime", "EU, UK or US");
        }
        if (currency == null || !currency.strip().matches("[A-Z]{3}")) {
            errors.put("currency", "a three-letter ISO 4217 code in capitals, for example USD");
        }
        int year = 0;
        try {
            year = Integer.parseInt(financialYear == null ? "" : financialYear.strip());
        } catch (NumberFormatException e) {
            errors.put("financialYear", "a year as four digits");
        }
        if (!errors.isEmpty()) {
            throw new InvalidCommand(errors);
        }
        return new Key(jurisdiction, currency.strip(), year);
    }
}
