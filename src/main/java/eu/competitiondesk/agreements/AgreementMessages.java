package eu.competitiondesk.agreements;

import eu.competitiondesk.assessments.engine.ClauseHistory.ClauseKind;
import eu.competitiondesk.assessments.engine.ExclusivityScreen.RestraintType;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the agreement pages: {@code {agr:key}} in templates, in messages/agr_en.properties. */
@MessageBundle("agr")
public interface AgreementMessages {

    String agreements_title();

    String agreements_intro();

    String agreements_none();

    String agreement_new();

    String agreement_new_title();

    String agreement_title();

    String agreement_title_hint();

    String agreement_parties();

    String agreement_parties_hint();

    String agreement_create();

    String agreement_created(String title);

    String agreement_title_taken();

    String timeline_intro();

    String timeline_clauses();

    String timeline_changes();

    String timeline_changes_intro();

    String timeline_no_clauses();

    String timeline_starts(String clause);

    String timeline_ends(String clause);

    String timeline_from(String day);

    String clause_kind();

    String clause_summary();

    String clause_summary_hint();

    String clause_in_force();

    String clause_terms();

    String clause_source();

    String clause_open_ended();

    String clause_period(String from, String to);

    String clause_period_open(String from);

    String clause_as_reported();

    String clause_confidential();

    String clause_confidential_hint();

    String clause_confidential_redacted();

    String clause_new();

    String clause_new_title(String agreement);

    String clause_edit();

    String clause_edit_title(String agreement);

    String clause_from();

    String clause_from_hint();

    String clause_to();

    String clause_to_hint();

    String clause_terms_legend();

    String clause_terms_hint();

    String clause_restraint();

    String clause_restraint_not_stated();

    String clause_requirements();

    String clause_duration();

    String clause_tacit();

    String clause_terminable();

    String clause_stake();

    String clause_source_legend();

    String clause_source_hint();

    String clause_document();

    String clause_no_document();

    String clause_pinpoint();

    String clause_source_title();

    String clause_source_url();

    String clause_source_date();

    String clause_as_reported_label();

    String clause_added(String clause);

    String clause_changed(String clause);

    String clause_removed(String clause);

    String clause_remove();

    String clause_conflict();

    String clause_to_before_from();

    String clause_source_required();

    String clause_document_unknown();

    String clause_same_day_clash();

    String clause_already_recorded();

    String clauseKind(ClauseKind kind);

    String restraint(RestraintType type);

    String term_restraint(String words);

    String term_requirements(String percent);

    String term_duration(String months);

    String term_tacit(String words);

    String term_terminable(String words);

    String term_stake(String percent);

    String source_document(String name, String pinpoint);

    String source_public(String title, String day);
}
