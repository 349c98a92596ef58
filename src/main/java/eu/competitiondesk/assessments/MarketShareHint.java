package eu.competitiondesk.assessments;

import eu.competitiondesk.assessments.questionnaire.Questionnaire;
import eu.competitiondesk.concentration.MarketRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A share from the case's own markets, offered on the exclusivity questionnaire's markets section so the officer
 * reuses the figures the case already holds rather than typing them again.
 */
public record MarketShareHint(String market, String dataset, String firm, String share, boolean confidential) {

    static final String SECTION = "markets";

    /** The shares of each market's reference (or newest) dataset. */
    static List<MarketShareHint> of(List<MarketRecord> markets) {
        List<MarketShareHint> hints = new ArrayList<>();
        for (MarketRecord market : markets) {
            market.defaultDataset()
                    .ifPresent(d -> d.rows()
                            .forEach(r -> hints.add(new MarketShareHint(
                                    market.heading().name(),
                                    d.label(),
                                    r.firm(),
                                    r.share().stripTrailingZeros().toPlainString(),
                                    d.confidential()))));
        }
        return hints;
    }

    /**
     * Fills the supplier's and buyer's shares, when not answered yet, from the first market whose reference dataset
     * names that party, and says where the figure came from in the evidence note.
     */
    static void prefill(
            AssessmentView view,
            Questionnaire.Section section,
            List<MarketRecord> markets,
            Map<String, List<String>> values,
            Map<String, String> evidence) {
        if (!SECTION.equals(section.id())
                || !"exclusivity".equals(view.questionnaire().id())) {
            return;
        }
        prefillShare(view.values("supplier"), "supplier_share", markets, values, evidence);
        prefillShare(view.values("buyer"), "buyer_share", markets, values, evidence);
    }

    private static void prefillShare(
            List<String> party,
            String question,
            List<MarketRecord> markets,
            Map<String, List<String>> values,
            Map<String, String> evidence) {
        if (party.isEmpty() || !values.getOrDefault(question, List.of()).isEmpty()) {
            return;
        }
        String name = party.get(0).toLowerCase(Locale.ROOT);
        for (MarketRecord market : markets) {
            Optional<MarketRecord.DatasetRecord> dataset = market.defaultDataset();
            Optional<MarketRecord.RowRecord> row = dataset.flatMap(d -> d.rows().stream()
                    .filter(r -> {
                        String firm = r.firm().toLowerCase(Locale.ROOT);
                        return name.contains(firm) || firm.contains(name);
                    })
                    .findFirst());
            if (row.isPresent()) {
                values.put(
                        question, List.of(row.get().share().stripTrailingZeros().toPlainString()));
                if (evidence.getOrDefault(question, "").isEmpty()) {
                    evidence.put(
                            question,
                            market.heading().name() + ", " + dataset.get().label() + ": "
                                    + row.get().firm());
                }
                return;
            }
        }
    }
}
