package eu.competitiondesk.referencedata;

import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.export.ShareBands;
import eu.competitiondesk.platform.AdvisoryLocks;
import eu.competitiondesk.platform.InvalidCommand;
import eu.competitiondesk.referencedata.engine.ExchangeRates;
import eu.competitiondesk.referencedata.engine.Jurisdiction;
import eu.competitiondesk.referencedata.engine.Money;
import eu.competitiondesk.referencedata.engine.ThresholdLaw;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * Every change to the reference data (Commission holidays, merger thresholds), each with its audit event. The admin
 * pages check the commands before they come here.
 */
@ApplicationScoped
public class ReferenceDataService {

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    HolidayMessages holidayMsg;

    /** Adds a holiday; a day already listed is refused. */
    @Transactional
    public LocalDate addHoliday(HolidayForms.HolidayDetails details) {
        LocalDate day = details.date();
        if (CommissionHoliday.findById(day) != null) {
            throw new InvalidCommand(Map.of("day", holidayMsg.holiday_exists()));
        }
        CommissionHoliday holiday = new CommissionHoliday();
        holiday.day = day;
        holiday.label = details.label();
        holiday.persist();
        audit.record(null, AuditAction.HOLIDAY_ADDED, "Added Commission holiday " + day + " (" + details.label() + ")");
        return day;
    }

    @Transactional
    public void removeHoliday(LocalDate day) {
        CommissionHoliday holiday = CommissionHoliday.findById(day);
        if (holiday == null) {
            throw new NotFoundException();
        }
        holiday.delete();
        audit.record(null, AuditAction.HOLIDAY_REMOVED, "Removed Commission holiday " + day);
    }

    /** Records a year's holidays as complete, from the source given (again: the source is replaced). */
    @Transactional
    public int recordYear(HolidayForms.YearRecord command) {
        int year = command.number();
        HolidayYear record = HolidayYear.findById(year);
        if (record == null) {
            record = new HolidayYear();
            record.year = year;
        }
        record.source = command.source();
        record.verificationNote = command.verificationNote();
        record.updatedAt = OffsetDateTime.now(clock);
        record.persist();
        audit.record(
                null,
                AuditAction.HOLIDAY_YEAR_RECORDED,
                "Recorded the Commission holidays of " + year + " as complete, from " + command.source()
                        + (command.verificationNote() == null ? " (confirmed)" : " (to verify)"));
        return year;
    }

    /**
     * Records a law's threshold figures in force from the command's date, or corrects the set already recorded for
     * that date. The command has been checked.
     */
    @Transactional
    public LocalDate recordMergerFigures(MergerFigureDetails form) {
        ThresholdLaw law = form.law();
        LocalDate from = LocalDate.parse(form.effectiveFrom());
        MergerFigureSet set = MergerFigureSet.find("law = ?1 and effectiveFrom = ?2", law, from)
                .firstResult();
        boolean replaced = set != null;
        if (set == null) {
            set = new MergerFigureSet();
            set.law = law;
            set.effectiveFrom = from;
        }
        set.source = form.source();
        set.verificationNote = form.verificationNote();
        set.replaceFigures(form.amounts());
        set.persist();
        audit.record(
                null,
                replaced ? AuditAction.MERGER_THRESHOLDS_CORRECTED : AuditAction.MERGER_THRESHOLDS_RECORDED,
                (replaced ? "Corrected" : "Recorded") + " the " + law.title() + " thresholds in force from " + from
                        + ", from " + form.source());
        return from;
    }

    /**
     * Records the rate a regime converts a currency at for a financial year, or corrects the one recorded; two
     * administrators recording the same rate at once wait for each other, and the second corrects the first.
     */
    @Transactional
    public ExchangeRate recordExchangeRate(ExchangeRateDetails command) {
        Jurisdiction regime = command.jurisdiction();
        AdvisoryLocks.lock(
                AdvisoryLocks.Space.EXCHANGE_RATES, regime + "/" + command.currency() + "/" + command.financialYear());
        ExchangeRate rate = ExchangeRate.of(regime, command.currency(), command.financialYear())
                .orElse(null);
        boolean corrected = rate != null;
        if (rate == null) {
            rate = new ExchangeRate();
            rate.regime = regime;
            rate.currency = command.currency();
            rate.financialYear = command.financialYear();
        }
        rate.rate = command.rate();
        rate.source = command.source();
        rate.asOf = command.asOfDate();
        rate.persist();
        audit.record(
                null,
                corrected ? AuditAction.EXCHANGE_RATE_CORRECTED : AuditAction.EXCHANGE_RATE_RECORDED,
                (corrected ? "Corrected" : "Recorded") + " the " + regime + " rate for " + command.currency() + " in "
                        + command.financialYear() + ": " + command.rate().toPlainString() + " per "
                        + Money.currencyOf(regime) + ", from " + command.source());
        return rate;
    }

    /** The rate a regime converts a currency at for a financial year, where one is recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Money.Rate> exchangeRate(Jurisdiction regime, String currency, int financialYear) {
        return ExchangeRate.of(regime, currency, financialYear)
                .map(r -> new Money.Rate(r.regime, r.currency, r.financialYear, r.rate, r.source));
    }

    /** Every rate held, for rules that convert several amounts at once. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ExchangeRates exchangeRates() {
        return new ExchangeRates(ExchangeRate.<ExchangeRate>listAll().stream()
                .map(r -> new Money.Rate(r.regime, r.currency, r.financialYear, r.rate, r.source))
                .toList());
    }

    /** Removes a rate; false when there was none. */
    @Transactional
    public boolean removeExchangeRate(Jurisdiction regime, String currency, int financialYear) {
        Optional<ExchangeRate> rate = ExchangeRate.of(regime, currency, financialYear);
        rate.ifPresent(r -> {
            r.delete();
            audit.record(
                    null,
                    AuditAction.EXCHANGE_RATE_REMOVED,
                    "Removed the " + regime + " rate for " + currency + " in " + financialYear);
        });
        return rate.isPresent();
    }

    /** Records a band table (or corrects the one of the same date); returns the date it is in force from. */
    @Transactional
    public LocalDate recordShareBands(ShareBandDetails form) {
        LocalDate from = LocalDate.parse(form.effectiveFrom());
        ShareBandTable table =
                ShareBandTable.<ShareBandTable>find("effectiveFrom", from).firstResult();
        boolean replaced = table != null;
        if (table == null) {
            table = new ShareBandTable();
            table.effectiveFrom = from;
        }
        table.upperBounds = ShareBands.of(form.upperBounds()).describeBounds();
        table.source = form.source();
        table.persist();
        audit.record(
                null,
                replaced ? AuditAction.SHARE_BANDS_CORRECTED : AuditAction.SHARE_BANDS_RECORDED,
                (replaced ? "Corrected" : "Recorded") + " the share band table in force from " + from + " ("
                        + table.upperBounds + "), from " + form.source());
        return from;
    }

    /**
     * Removes a band table; the last one stays, since a non-confidential edition needs a table to show secrets in.
     * Returns it as it was, for the page's message, or empty when it is the last.
     */
    @Transactional
    public java.util.Optional<ShareBandTable> removeShareBands(long id) {
        ShareBandTable table = ShareBandTable.findById(id);
        if (table == null) {
            throw new NotFoundException();
        }
        if (ShareBandTable.count() == 1) {
            return java.util.Optional.empty();
        }
        table.delete();
        audit.record(
                null,
                AuditAction.SHARE_BANDS_REMOVED,
                "Removed the share band table in force from " + table.effectiveFrom + " (" + table.upperBounds + ")");
        return java.util.Optional.of(table);
    }

    /** Removes a recorded figure set; returns it as it was, for the page's message. */
    @Transactional
    public MergerFigureSet removeMergerFigures(long id) {
        MergerFigureSet set = MergerFigureSet.findById(id);
        if (set == null) {
            throw new NotFoundException();
        }
        set.delete();
        audit.record(
                null,
                AuditAction.MERGER_THRESHOLDS_REMOVED,
                "Removed the " + set.law.title() + " thresholds in force from " + set.effectiveFrom);
        return set;
    }
}
