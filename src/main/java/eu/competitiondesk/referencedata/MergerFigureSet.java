package eu.competitiondesk.referencedata;

import eu.competitiondesk.platform.IdentifiedEntity;
import eu.competitiondesk.referencedata.engine.Figure;
import eu.competitiondesk.referencedata.engine.FigureSet;
import eu.competitiondesk.referencedata.engine.ThresholdLaw;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.hibernate.annotations.UpdateTimestamp;

/** The threshold figures of one law from one date, as an administrator recorded them (V19, V34). */
@Entity
public class MergerFigureSet extends IdentifiedEntity {

    /** One figure's amount and the unit it is counted in (the figure's own unit). */
    @Embeddable
    public static class Amount {
        public BigDecimal amount;

        @Enumerated(EnumType.STRING)
        public Figure.Unit unit;
    }

    @Enumerated(EnumType.STRING)
    public ThresholdLaw law;

    public LocalDate effectiveFrom;

    public String source;

    /** What is still to check against the primary text; null once checked. */
    public String verificationNote;

    @UpdateTimestamp
    public OffsetDateTime updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "merger_figure", joinColumns = @JoinColumn(name = "set_id"))
    @MapKeyColumn(name = "figure")
    @MapKeyEnumerated(EnumType.STRING)
    public Map<Figure, Amount> figures = new EnumMap<>(Figure.class);

    /** Sets the figures, each in its own unit; the caller gives every figure of the set's law. */
    public void replaceFigures(Map<Figure, BigDecimal> amounts) {
        figures.clear();
        amounts.forEach((figure, value) -> {
            Amount amount = new Amount();
            amount.amount = value;
            amount.unit = figure.unit();
            figures.put(figure, amount);
        });
    }

    public FigureSet toFigureSet() {
        Map<Figure, BigDecimal> amounts = new EnumMap<>(Figure.class);
        // The column's four decimals are storage, not precision: 126400000.0000 is USD 126,400,000.
        figures.forEach((figure, amount) -> {
            BigDecimal plain = amount.amount.stripTrailingZeros();
            amounts.put(figure, plain.scale() < 0 ? plain.setScale(0) : plain);
        });
        return new FigureSet(law, effectiveFrom, source, verificationNote, amounts);
    }
}
