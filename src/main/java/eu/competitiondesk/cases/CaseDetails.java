package eu.competitiondesk.cases;

import java.time.LocalDate;

/** The editable core of a case file, already validated and parsed. */
public record CaseDetails(String reference, String title, CaseType type, LocalDate openedOn, String summary) {
}
