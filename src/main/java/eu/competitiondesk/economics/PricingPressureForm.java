package eu.competitiondesk.economics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The upward pricing pressure page's form: one flat form whose fields name the first product {@code a…} and the
 * second {@code b…}. It carries a {@link PricingPressureDetails} command, whose nested parts it names here.
 */
public record PricingPressureForm(
        @RestForm String name,
        @RestForm String source,
        @RestForm boolean illustrative,
        @RestForm String aName,
        @RestForm String aPrice,
        @RestForm boolean aPriceConfidential,
        @RestForm String aMargin,
        @RestForm boolean aMarginConfidential,
        @RestForm String aShare,
        @RestForm boolean aShareConfidential,
        @RestForm String bName,
        @RestForm String bPrice,
        @RestForm boolean bPriceConfidential,
        @RestForm String bMargin,
        @RestForm boolean bMarginConfidential,
        @RestForm String bShare,
        @RestForm boolean bShareConfidential,
        @RestForm String diversionAb,
        @RestForm String diversionBa,
        @RestForm String diversionSource,
        @RestForm boolean diversionConfidential,
        @RestForm String efficiency,
        @RestForm boolean efficiencyConfidential,
        @RestForm String version) {

    /** The command's property paths and the fields this page shows them in, in page order. */
    static final Map<String, String> FIELDS = fields();

    PricingPressureDetails command() {
        return new PricingPressureDetails(
                name,
                source,
                illustrative,
                new PricingPressureDetails.Product(
                        aName, aPrice, aPriceConfidential, aMargin, aMarginConfidential, aShare, aShareConfidential),
                new PricingPressureDetails.Product(
                        bName, bPrice, bPriceConfidential, bMargin, bMarginConfidential, bShare, bShareConfidential),
                diversionAb,
                diversionBa,
                diversionSource,
                diversionConfidential,
                efficiency,
                efficiencyConfidential,
                version);
    }

    /** The command as this page shows it. */
    static PricingPressureForm of(PricingPressureDetails d) {
        PricingPressureDetails.Product a = d.a();
        PricingPressureDetails.Product b = d.b();
        return new PricingPressureForm(
                d.name(),
                d.source(),
                d.illustrative(),
                a.name(),
                a.price(),
                a.priceConfidential(),
                a.marginPercent(),
                a.marginConfidential(),
                a.sharePercent(),
                a.shareConfidential(),
                b.name(),
                b.price(),
                b.priceConfidential(),
                b.marginPercent(),
                b.marginConfidential(),
                b.sharePercent(),
                b.shareConfidential(),
                d.diversionAbPercent(),
                d.diversionBaPercent(),
                d.diversionSource(),
                d.diversionConfidential(),
                d.efficiencyPercent(),
                d.efficiencyConfidential(),
                d.version());
    }

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "name");
        fields.put("source", "source");
        for (String product : new String[] {"a", "b"}) {
            fields.put(product + ".name", product + "Name");
            fields.put(product + ".price", product + "Price");
            fields.put(product + ".marginPercent", product + "Margin");
            fields.put(product + ".sharePercent", product + "Share");
        }
        fields.put("diversionAbPercent", "diversionAb");
        fields.put("diversionBaPercent", "diversionBa");
        fields.put("diversionSource", "diversionSource");
        fields.put("efficiencyPercent", "efficiency");
        return Collections.unmodifiableMap(fields);
    }
}
