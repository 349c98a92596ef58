package eu.competitiondesk.referencedata;

import eu.competitiondesk.referencedata.engine.Figure;
import eu.competitiondesk.referencedata.engine.Jurisdiction;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the merger thresholds page: {@code {mth:key}} in templates, in messages/mth_en.properties. */
@MessageBundle("mth")
public interface MergerThresholdMessages {

    @Message String thresholds_title(String jurisdiction);
    @Message String thresholds_intro();
    @Message String thresholds_jurisdictions();
    @Message String thresholds_none();
    @Message String thresholds_in_force_from();
    @Message String thresholds_source();
    @Message String thresholds_to_verify();
    @Message String thresholds_checked();
    @Message String thresholds_figures();
    @Message String thresholds_correct();
    @Message String thresholds_record();
    @Message String thresholds_record_hint();
    @Message String thresholds_effective_from_hint();
    @Message String thresholds_source_hint();
    @Message String thresholds_verification_note();
    @Message String thresholds_verification_note_hint();
    @Message String thresholds_recorded(String jurisdiction, String effectiveFrom);
    @Message String thresholds_removed(String jurisdiction, String effectiveFrom);
    @Message String jurisdiction(Jurisdiction jurisdiction);
    @Message String figure(Figure figure);
    @Message String unit(Figure.Unit unit);
}
