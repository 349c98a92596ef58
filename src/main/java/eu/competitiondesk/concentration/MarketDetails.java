package eu.competitiondesk.concentration;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.OneOf;
import eu.competitiondesk.platform.validation.PlainText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The command to define a market or change its details, with the version of the market the edit page was loaded
 * from (none when defining one). Values stay text so a wrong one is shown back as typed.
 */
public record MarketDetails(
        @RestForm
        @NotBlank(message = "{desk.market.name.required}")
        @Size(max = 200, message = "{desk.too.long}")
        @PlainText
        String name,

        @RestForm
        @NotBlank(message = "{desk.market.product.required}")
        @Size(max = 1000, message = "{desk.too.long}")
        @PlainText
        String productScope,

        @RestForm
        @NotBlank(message = "{desk.market.geography.required}")
        @Size(max = 200, message = "{desk.too.long}")
        @PlainText
        String geographicScope,

        @RestForm
        @NotBlank(message = "{desk.market.period.required}")
        @Size(max = 100, message = "{desk.too.long}")
        @PlainText
        String period,

        @RestForm @NotBlank(message = "{desk.choose}") @OneOf(ShareBasis.class)
        String shareBasis,

        @RestForm
        @Pattern(regexp = Shares.DECIMAL, message = "{desk.share.invalid}")
        @DecimalMin(value = "0", inclusive = false, message = "{desk.share.invalid}")
        @DecimalMax(value = "100", message = "{desk.share.invalid}")
        String othersMaxShare,

        @RestForm String version) {

    public MarketDetails {
        name = FormText.trimToNull(name);
        productScope = FormText.trimToNull(productScope);
        geographicScope = FormText.trimToNull(geographicScope);
        period = FormText.trimToNull(period);
        shareBasis = FormText.trimToNull(shareBasis);
        othersMaxShare = FormText.trimToNull(othersMaxShare);
    }

    /** An empty form: shares by revenue unless the officer says otherwise. */
    static MarketDetails blank() {
        return new MarketDetails(null, null, null, null, ShareBasis.REVENUE.name(), null, null);
    }

    /** The market as it stands, for its edit form. */
    static MarketDetails of(RelevantMarket market) {
        return new MarketDetails(
                market.name,
                market.productScope,
                market.geographicScope,
                market.period,
                market.shareBasis.name(),
                Shares.plain(market.othersMaxShare),
                null);
    }

    ShareBasis basis() {
        return ShareBasis.valueOf(shareBasis);
    }

    BigDecimal othersMax() {
        return othersMaxShare == null ? null : new BigDecimal(othersMaxShare);
    }
}
