package eu.competitiondesk.referencedata;

import eu.competitiondesk.platform.IdentifiedEntity;
import eu.competitiondesk.referencedata.engine.Jurisdiction;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The rate a regime converts a currency at for one financial year: units of {@code currency} per one unit of the
 * regime's own currency (EUR for the EU, GBP for the UK, USD for the US), as the ECB quotes; an amount converts as
 * amount / rate.
 */
@Entity
public class ExchangeRate extends IdentifiedEntity {

    @Enumerated(EnumType.STRING)
    public Jurisdiction regime;

    public String currency;

    public int financialYear;

    public BigDecimal rate;

    public String source;

    public LocalDate asOf;

    @Version
    public long version;

    static Optional<ExchangeRate> of(Jurisdiction regime, String currency, int financialYear) {
        return find("regime = ?1 and currency = ?2 and financialYear = ?3", regime, currency, financialYear)
                .firstResultOptional();
    }
}
