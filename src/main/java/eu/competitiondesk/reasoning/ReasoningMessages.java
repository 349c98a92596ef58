package eu.competitiondesk.reasoning;

import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the officer's assessment form and its display: {@code {rsn:key}}, in messages/rsn_en.properties. */
@MessageBundle("rsn")
public interface ReasoningMessages {

    String title();

    String about(String about);

    String intro();

    String passage(int number);

    String confidential();

    String confidential_hint();

    String save();

    String saved();

    String cancel();

    String too_many_passages(int max);

    String passage_too_long(int max);

    String passage_untypable();

    String conflict_heading();

    String conflict_text();

    String write();

    String change();

    String confidential_tag();

    String none();
}
