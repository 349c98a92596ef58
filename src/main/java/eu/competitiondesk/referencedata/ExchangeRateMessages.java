package eu.competitiondesk.referencedata;

import eu.competitiondesk.referencedata.engine.Jurisdiction;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the exchange rates page: {@code {xrm:key}} in templates, in messages/xrm_en.properties. */
@MessageBundle("xrm")
public interface ExchangeRateMessages {

    String title();

    String intro();

    String none();

    String regime_label();

    String choose();

    String currency();

    String currency_hint();

    String financial_year();

    String financial_year_hint();

    String rate();

    String rate_hint();

    String source();

    String source_hint();

    String as_of();

    String as_of_hint();

    String record();

    String correct_hint();

    String correct();

    String year_unreadable();

    String rate_unreadable();

    String recorded(String currency, String year, String regime);

    String removed(String currency, String year, String regime);

    String regime(Jurisdiction regime);
}
