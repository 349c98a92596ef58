package eu.competitiondesk.demo;

import eu.competitiondesk.concentration.DatasetDetails;
import eu.competitiondesk.concentration.DatasetRows;
import eu.competitiondesk.concentration.KeptScenario;
import eu.competitiondesk.concentration.MarketDetails;
import eu.competitiondesk.concentration.MarketService;
import eu.competitiondesk.concentration.RowDetails;
import eu.competitiondesk.concentration.ShareBasis;
import eu.competitiondesk.economics.AnalysisService;
import eu.competitiondesk.economics.CriticalLossDetails;
import eu.competitiondesk.economics.PricingPressureDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The demonstration case's markets, built from published market shares shipped in demo/cloud-market-shares.csv
 * (Synergy Research Group, Canalys, Gartner; see docs/methodology.md for what each source counts).
 */
@ApplicationScoped
public class DemoMarkets {

    @Inject
    MarketService markets;

    @Inject
    AnalysisService analyses;

    private long synergyLatest;

    static final String DATA = "demo/cloud-market-shares.csv";
    static final String SYNERGY = "Synergy Research Group";
    static final String CANALYS = "Canalys";
    static final String GARTNER = "Gartner";

    /** One published figure: a provider's share in one period, from one source. */
    record Published(
            String source,
            String scope,
            String region,
            String period,
            String provider,
            BigDecimal share,
            BigDecimal marketSizeUsdBn) {}

    /** Builds the markets through the same commands and service the market pages use. */
    void load(long caseId) {
        List<Published> figures = read();
        long cloud = markets.create(
                        caseId,
                        new MarketDetails(
                                "Worldwide cloud infrastructure services",
                                "Infrastructure as a service, platform as a service and hosted private cloud services, as the"
                                        + " sources count them (Canalys leaves hosted private cloud out).",
                                "Worldwide",
                                "2022-2025",
                                ShareBasis.REVENUE.name(),
                                "2",
                                null))
                .id();
        for (String source : List.of(SYNERGY, CANALYS)) {
            figures.stream()
                    .filter(f -> f.source().equals(source))
                    .map(Published::period)
                    .distinct()
                    .forEach(period -> dataset(cloud, figures, source, period, noteFor(source, period), false));
        }
        long iaas = markets.create(
                        caseId,
                        new MarketDetails(
                                "Worldwide IaaS",
                                "Infrastructure as a service only: a"
                                        + " narrower market than cloud infrastructure services.",
                                "Worldwide",
                                "2022-2023",
                                ShareBasis.REVENUE.name(),
                                null,
                                null))
                .id();
        List<String> gartnerPeriods = figures.stream()
                .filter(f -> f.source().equals(GARTNER))
                .map(Published::period)
                .distinct()
                .toList();
        long gartnerLatest = 0;
        for (String period : gartnerPeriods) {
            boolean latest = period.equals(gartnerPeriods.get(gartnerPeriods.size() - 1));
            // Gartner's figures are public; its latest dataset is marked confidential only to show how the
            // non-confidential edition of a report treats business secrets.
            gartnerLatest = dataset(
                    iaas,
                    figures,
                    GARTNER,
                    period,
                    "Annual figures for the five providers recorded"
                            + " from the source."
                            + (latest
                                    ? " Marked confidential for demonstration: the figures are"
                                            + " public, the marking shows how a non-confidential report treats business secrets."
                                    : ""),
                    latest);
        }
        // The case team relies on the latest quarter with the fuller list of providers, and on Gartner's latest year.
        markets.makeReference(cloud, synergyLatest);
        markets.makeReference(iaas, gartnerLatest);
        // The worked example of docs/methodology.md, kept so the report shows the screens on every bound. No such
        // transaction has been announced: it is marked illustrative.
        markets.keepScenario(
                cloud,
                new KeptScenario(
                        "Hypothetical merger of Microsoft and Google",
                        List.of("Microsoft", "Google"),
                        List.of(),
                        true));
        // No public estimate of a cloud provider's price-cost margin or of the sales a price rise would lose exists:
        // the analysis shows the method on an illustrative margin and says so; with no loss or diversion typed, its
        // conclusions say the test cannot be told yet.
        analyses.add(
                caseId,
                cloud,
                new CriticalLossDetails(
                        "Cloud infrastructure services: is a worldwide market a relevant market?",
                        "Illustrative margin of 40%, not a figure of any provider: no public estimate of the price-cost margin"
                                + " exists (operating margins reported in annual accounts are not price-cost margins). The"
                                + " actual loss and the aggregate diversion ratio are to be established from the parties' data"
                                + " or a customer survey.",
                        true,
                        "5",
                        "10",
                        "40",
                        false,
                        null,
                        false,
                        null,
                        false,
                        null));
        // The upward pricing pressure of the illustrative merger kept above: the shares are Synergy's (public), the
        // prices an index and the margins illustrative, and the page says so.
        analyses.add(
                caseId,
                cloud,
                new PricingPressureDetails(
                        "Hypothetical merger of Microsoft and Google: upward pricing pressure",
                        "Shares: Synergy Research Group, 2025-Q2 (public). Prices are an index of 100 and the margins of 40%"
                                + " are illustrative: no public price-cost margin of either provider exists. Diversion"
                                + " proportional to shares, for want of switching data.",
                        true,
                        new PricingPressureDetails.Product("Microsoft", "100", false, "40", false, "20", false),
                        new PricingPressureDetails.Product("Google", "100", false, "40", false, "13", false),
                        null,
                        null,
                        null,
                        false,
                        null,
                        false,
                        null));
    }

    /** Caveats a reader needs next to the figures; each is also a footnote in the time series. */
    static String noteFor(String source, String period) {
        if (SYNERGY.equals(source) && period.equals("2024-Q3")) {
            return "Microsoft drops from 23% (2024-Q2) to 20% here; Synergy had put it at 25% in 2024-Q1. This"
                    + " looks like a change of method by the source rather than a market movement (not confirmed):"
                    + " compare across this point with care.";
        }
        if (SYNERGY.equals(source) && (period.equals("2025-Q1") || period.equals("2025-Q3"))) {
            return "Only three providers are recorded for this quarter: the HHI of the named firms understates"
                    + " concentration more than in other quarters.";
        }
        if (CANALYS.equals(source)) {
            return "Canalys counts IaaS and PaaS without hosted private cloud, so its shares differ from Synergy's.";
        }
        return null;
    }

    /** The dataset's id; the Synergy dataset the team relies on is remembered as it is added. */
    private long dataset(
            long marketId, List<Published> figures, String source, String period, String note, boolean confidential) {
        List<Published> rows = figures.stream()
                .filter(f -> f.source().equals(source) && f.period().equals(period))
                .toList();
        Published first = rows.get(0);
        long id = markets.addDataset(
                marketId,
                new DatasetDetails(
                        period,
                        source,
                        first.scope(),
                        first.marketSizeUsdBn() == null
                                ? null
                                : first.marketSizeUsdBn().toPlainString(),
                        note,
                        confidential));
        markets.replaceRows(
                id,
                new DatasetRows(rows.stream()
                        .map(r -> new RowDetails(r.provider(), r.share().toPlainString(), null, null, null))
                        .toList()));
        if (source.equals(SYNERGY) && period.equals("2025-Q2")) {
            synergyLatest = id;
        }
        return id;
    }

    static List<Published> read() {
        try (Reader reader = new InputStreamReader(
                        DemoMarkets.class.getClassLoader().getResourceAsStream(DATA), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(
                        reader,
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get())) {
            List<Published> figures = new ArrayList<>();
            for (CSVRecord r : parser) {
                String size = r.get("market_size_usd_bn");
                figures.add(new Published(
                        r.get("source"),
                        r.get("scope"),
                        r.get("region"),
                        r.get("period"),
                        r.get("provider"),
                        new BigDecimal(r.get("share_percent")),
                        size.isBlank() ? null : new BigDecimal(size)));
            }
            return figures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
