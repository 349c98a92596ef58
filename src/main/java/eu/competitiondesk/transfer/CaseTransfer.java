package eu.competitiondesk.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A whole case as JSON, for moving it to another installation: details, parties, key dates, notes, markets with
 * their datasets, and assessments with their answers. Confidential content travels with its marking. Users do
 * not travel: the importing user becomes the case lead, and notes keep their author's name as text.
 */
@Schema(name = "CaseTransfer")
public record CaseTransfer(int formatVersion, String reference, String title, String type, String status,
        LocalDate openedOn, String summary, List<PartyT> parties, List<KeyDateT> keyDates, List<NoteT> notes,
        List<MarketT> markets, List<AssessmentT> assessments) {

    public static final int FORMAT_VERSION = 1;

    public record PartyT(String name, String role) {
    }

    public record KeyDateT(String label, String kind, LocalDate dueOn, String legalBasis) {
    }

    public record NoteT(String author, OffsetDateTime createdAt, String body) {
    }

    public record MarketT(String name, String productScope, String geographicScope, String period,
            String shareBasis, BigDecimal othersMaxShare, String referencePeriod, String referenceSource,
            List<DatasetT> datasets, List<ScenarioT> scenarios) {
    }

    /** A scenario kept with the market: firms that merge and stakes (fractions from 0 to 1), by firm name. */
    public record ScenarioT(String name, boolean illustrative, List<String> merging, List<StakeT> stakes) {
    }

    public record StakeT(String holder, String target, BigDecimal financial, BigDecimal control) {
    }

    public record DatasetT(String period, String source, String scope, BigDecimal marketSizeUsdBn, String note,
            boolean confidential, List<RowT> rows) {
    }

    public record RowT(String firm, BigDecimal share, String source, String period, String note) {
    }

    public record AssessmentT(String questionnaireId, int questionnaireVersion, String title, String status,
            List<String> savedSections, List<AnswerT> answers) {
    }

    public record AnswerT(String questionId, List<String> values, String evidence, boolean confidential) {
    }
}
