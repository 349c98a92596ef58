package eu.competitiondesk.referencedata;

import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;

/** The texts of the band tables page: {@code {sbm:key}} in templates, in messages/sbm_en.properties. */
@MessageBundle("sbm")
public interface ShareBandMessages {

    String title();

    String intro();

    String in_force_from();

    String bands();

    String source();

    String correct_hint();

    String record();

    String effective_from_hint();

    String upper_bounds();

    String upper_bounds_hint();

    String source_hint();

    String recorded(LocalDate from);

    String removed(LocalDate from);

    String last_kept();
}
