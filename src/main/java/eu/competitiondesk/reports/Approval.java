package eu.competitiondesk.reports;

import java.time.LocalDate;

/**
 * What an approved report states on its cover and last page: who wrote it, who approved it (by name), the decision
 * and its date, and for a released non-confidential edition the day it was released.
 */
public record Approval(String author, String reviewer, String decision, LocalDate decidedOn, LocalDate releasedOn) {}
