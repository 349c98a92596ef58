package eu.competitiondesk.concentration;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.OneOf;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import eu.competitiondesk.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The forms of the market pages, as typed. */
public final class MarketForms {

    /** A decimal with a point, e.g. 23 or 23.5. */
    static final String DECIMAL = "^[0-9]{1,3}(\\.[0-9]{1,4})?$";

    private MarketForms() {
    }

    /** Creates or edits a market. */
    public static class MarketForm {

        @RestForm
        @NotBlank(message = "{desk.market.name.required}")
        @Size(max = 200, message = "{desk.too.long}")
        @PlainText
        public String name;

        @RestForm
        @NotBlank(message = "{desk.market.product.required}")
        @Size(max = 1000, message = "{desk.too.long}")
        @PlainText
        public String productScope;

        @RestForm
        @NotBlank(message = "{desk.market.geography.required}")
        @Size(max = 200, message = "{desk.too.long}")
        @PlainText
        public String geographicScope;

        @RestForm
        @NotBlank(message = "{desk.market.period.required}")
        @Size(max = 100, message = "{desk.too.long}")
        @PlainText
        public String period;

        @RestForm
        @NotBlank(message = "{desk.choose}")
        @OneOf(ShareBasis.class)
        public String shareBasis;

        @RestForm
        @Pattern(regexp = DECIMAL, message = "{desk.share.invalid}")
        @DecimalMin(value = "0", inclusive = false, message = "{desk.share.invalid}")
        @DecimalMax(value = "100", message = "{desk.share.invalid}")
        public String othersMaxShare;

        @RestForm
        public String version;

        public MarketForm normalised() {
            name = FormText.trimToNull(name);
            productScope = FormText.trimToNull(productScope);
            geographicScope = FormText.trimToNull(geographicScope);
            period = FormText.trimToNull(period);
            shareBasis = FormText.trimToNull(shareBasis);
            othersMaxShare = FormText.trimToNull(othersMaxShare);
            return this;
        }

        static MarketForm of(RelevantMarket market) {
            MarketForm form = new MarketForm();
            form.name = market.name;
            form.productScope = market.productScope;
            form.geographicScope = market.geographicScope;
            form.period = market.period;
            form.shareBasis = market.shareBasis.name();
            form.othersMaxShare = market.othersMaxShare == null ? null
                    : market.othersMaxShare.stripTrailingZeros().toPlainString();
            return form;
        }
    }

    /** Adds a dataset (one period from one source) to a market. */
    public static class DatasetForm {

        @RestForm
        @NotBlank(message = "{desk.dataset.period.required}")
        @Size(max = 40, message = "{desk.too.long}")
        @PlainText
        public String datasetPeriod;

        @RestForm
        @NotBlank(message = "{desk.dataset.source.required}")
        @Size(max = 200, message = "{desk.too.long}")
        @PlainText
        public String datasetSource;

        @RestForm
        @Size(max = 200, message = "{desk.too.long}")
        @PlainText
        public String datasetScope;

        @RestForm
        @Pattern(regexp = "^[0-9]{1,10}(\\.[0-9]{1,2})?$", message = "{desk.amount.invalid}")
        public String marketSize;

        @RestForm
        @Size(max = 1000, message = "{desk.too.long}")
        @PlainText
        public String datasetNote;

        @RestForm
        public boolean confidential;

        public DatasetForm normalised() {
            datasetPeriod = FormText.trimToNull(datasetPeriod);
            datasetSource = FormText.trimToNull(datasetSource);
            datasetScope = FormText.trimToNull(datasetScope);
            marketSize = FormText.trimToNull(marketSize);
            datasetNote = FormText.trimToNull(datasetNote);
            return this;
        }
    }

    /** Adds one firm's share to a dataset. */
    public static class RowForm {

        @RestForm
        @NotBlank(message = "{desk.firm.required}")
        @Size(max = 200, message = "{desk.too.long}")
        @PlainText
        public String firm;

        @RestForm
        @NotBlank(message = "{desk.share.required}")
        @Pattern(regexp = DECIMAL, message = "{desk.share.invalid}")
        @DecimalMin(value = "0", inclusive = false, message = "{desk.share.invalid}")
        @DecimalMax(value = "100", message = "{desk.share.invalid}")
        public String share;

        @RestForm
        @Size(max = 200, message = "{desk.too.long}")
        @PlainText
        public String rowSource;

        @RestForm
        @Size(max = 40, message = "{desk.too.long}")
        @PlainText
        public String rowPeriod;

        @RestForm
        @Size(max = 500, message = "{desk.too.long}")
        @PlainText
        public String rowNote;

        public boolean open;

        public RowForm normalised() {
            firm = FormText.trimToNull(firm);
            share = FormText.trimToNull(share);
            rowSource = FormText.trimToNull(rowSource);
            rowPeriod = FormText.trimToNull(rowPeriod);
            rowNote = FormText.trimToNull(rowNote);
            return this;
        }
    }
}
