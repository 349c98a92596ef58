package eu.competitiondesk.referencedata;

import eu.competitiondesk.referencedata.engine.Figure;
import eu.competitiondesk.referencedata.engine.ThresholdLaw;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the merger thresholds page: {@code {mth:key}} in templates, in messages/mth_en.properties. */
@MessageBundle("mth")
public interface MergerThresholdMessages {

    String thresholds_title(String law);

    String thresholds_intro();

    String thresholds_laws();

    String thresholds_none();

    String thresholds_in_force_from();

    String thresholds_source();

    String thresholds_to_verify();

    String thresholds_checked();

    String thresholds_figures();

    String thresholds_correct();

    String thresholds_record();

    String thresholds_record_hint();

    String thresholds_effective_from_hint();

    String thresholds_source_hint();

    String thresholds_verification_note();

    String thresholds_verification_note_hint();

    String thresholds_recorded(String law, String effectiveFrom);

    String thresholds_removed(String law, String effectiveFrom);

    String law(ThresholdLaw law);

    String figure(Figure figure);

    String figure_not_in_law();

    String unit(Figure.Unit unit);
}
