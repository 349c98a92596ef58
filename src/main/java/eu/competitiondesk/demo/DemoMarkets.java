package eu.competitiondesk.demo;

import eu.competitiondesk.cases.CaseFile;
import eu.competitiondesk.concentration.MarketService;
import eu.competitiondesk.concentration.ShareCsv;
import eu.competitiondesk.concentration.RelevantMarket;
import eu.competitiondesk.economics.MarketDefinitionAnalysis;
import eu.competitiondesk.economics.UnilateralEffectsAnalysis;
import eu.competitiondesk.concentration.ShareBasis;
import eu.competitiondesk.concentration.ShareDataset;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
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

    static final String DATA = "demo/cloud-market-shares.csv";
    static final String SYNERGY = "Synergy Research Group";
    static final String CANALYS = "Canalys";
    static final String GARTNER = "Gartner";

    /** One published figure: a provider's share in one period, from one source. */
    record Published(String source, String scope, String region, String period, String provider, BigDecimal share,
            BigDecimal marketSizeUsdBn) {
    }

    void load(CaseFile caseFile) {
        List<Published> figures = read();
        RelevantMarket cloud = market(caseFile, "Worldwide cloud infrastructure services",
                "Infrastructure as a service, platform as a service and hosted private cloud services, as the"
                        + " sources count them (Canalys leaves hosted private cloud out).",
                "Worldwide", "2022-2025", new BigDecimal("2"));
        for (String source : List.of(SYNERGY, CANALYS)) {
            figures.stream().filter(f -> f.source().equals(source)).map(Published::period).distinct()
                    .forEach(period -> dataset(cloud, figures, source, period, noteFor(source, period)));
        }
        RelevantMarket iaas = market(caseFile, "Worldwide IaaS", "Infrastructure as a service only: a narrower"
                + " market than cloud infrastructure services.", "Worldwide", "2022-2023", null);
        figures.stream().filter(f -> f.source().equals(GARTNER)).map(Published::period).distinct()
                .forEach(period -> dataset(iaas, figures, GARTNER, period,
                        "Annual figures for the five providers recorded from the source."));
        cloud.persist();
        iaas.persist();
        // The case team relies on the latest quarter with the fuller list of providers, and on Gartner's latest year.
        cloud.referenceDataset = cloud.datasets.stream()
                .filter(d -> d.source.equals(SYNERGY) && d.period.equals("2025-Q2")).findFirst().orElseThrow();
        iaas.referenceDataset = iaas.datasets.get(iaas.datasets.size() - 1);
        // The worked example of docs/methodology.md, kept so the report shows the screens on every bound. No such
        // transaction has been announced: it is marked illustrative.
        cloud.keepScenario("Hypothetical merger of Microsoft and Google", List.of("Microsoft", "Google"), List.of(),
                true).persist();
        // No public estimate of a cloud provider's price-cost margin or of the sales a price rise would lose exists:
        // the analysis shows the method on an illustrative margin and says so; with no loss or diversion typed, its
        // conclusions say the test cannot be told yet.
        MarketDefinitionAnalysis criticalLoss = new MarketDefinitionAnalysis();
        criticalLoss.marketId = cloud.id;
        criticalLoss.name = "Cloud infrastructure services: is a worldwide market a relevant market?";
        criticalLoss.source = "Illustrative margin of 40%, not a figure of any provider: no public estimate of the"
                + " price-cost margin exists (operating margins reported in annual accounts are not price-cost"
                + " margins). The actual loss and the aggregate diversion ratio are to be established from the"
                + " parties' data or a customer survey.";
        criticalLoss.illustrative = true;
        criticalLoss.priceRisePercent = new BigDecimal("5");
        criticalLoss.secondPriceRisePercent = new BigDecimal("10");
        criticalLoss.marginPercent = new BigDecimal("40");
        criticalLoss.persist();
        // The upward pricing pressure of the illustrative merger kept above: the shares are Synergy's (public), the
        // prices an index and the margins illustrative, and the page says so.
        UnilateralEffectsAnalysis pressure = new UnilateralEffectsAnalysis();
        pressure.marketId = cloud.id;
        pressure.name = "Hypothetical merger of Microsoft and Google: upward pricing pressure";
        pressure.source = "Shares: Synergy Research Group, 2025-Q2 (public). Prices are an index of 100 and the margins"
                + " of 40% are illustrative: no public price-cost margin of either provider exists. Diversion"
                + " proportional to shares, for want of switching data.";
        pressure.illustrative = true;
        pressure.aName = "Microsoft";
        pressure.aPrice = new BigDecimal("100");
        pressure.aMarginPercent = new BigDecimal("40");
        pressure.aSharePercent = new BigDecimal("20");
        pressure.bName = "Google";
        pressure.bPrice = new BigDecimal("100");
        pressure.bMarginPercent = new BigDecimal("40");
        pressure.bSharePercent = new BigDecimal("13");
        pressure.persist();
        // Gartner's figures are public; this dataset is marked confidential only to show how the non-confidential
        // edition of a report treats business secrets.
        iaas.referenceDataset.confidential = true;
        iaas.referenceDataset.note = iaas.referenceDataset.note + " Marked confidential for demonstration: the"
                + " figures are public, the marking shows how a non-confidential report treats business secrets.";
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

    private static RelevantMarket market(CaseFile caseFile, String name, String product, String geography,
            String period, BigDecimal othersMax) {
        return RelevantMarket.define(caseFile, new MarketService.MarketDetails(name, product, geography, period,
                ShareBasis.REVENUE, othersMax));
    }

    private static void dataset(RelevantMarket market, List<Published> figures, String source, String period,
            String note) {
        List<Published> rows = figures.stream().filter(f -> f.source().equals(source) && f.period().equals(period))
                .toList();
        ShareDataset dataset = market.addDataset(new MarketService.DatasetDetails(period, source, rows.get(0).scope(),
                rows.get(0).marketSizeUsdBn(), note, false));
        for (Published row : rows) {
            market.addRow(dataset, new ShareCsv.Row(row.provider(), row.share(), null, null, null));
        }
    }

    static List<Published> read() {
        try (Reader reader = new InputStreamReader(DemoMarkets.class.getClassLoader().getResourceAsStream(DATA),
                StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader()
                        .setSkipHeaderRecord(true).get())) {
            List<Published> figures = new ArrayList<>();
            for (CSVRecord r : parser) {
                String size = r.get("market_size_usd_bn");
                figures.add(new Published(r.get("source"), r.get("scope"), r.get("region"), r.get("period"),
                        r.get("provider"), new BigDecimal(r.get("share_percent")),
                        size.isBlank() ? null : new BigDecimal(size)));
            }
            return figures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
