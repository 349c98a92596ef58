package eu.competitiondesk.assessments.questionnaire;

/** The kinds of answer a question takes. */
public enum QuestionType {
    YES_NO,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    /** A whole number with the question's unit (a year, months, Member States). */
    NUMBER,
    MONEY_EUR,
    PERCENTAGE,
    DATE,
    /** One number per financial year, oldest first (three years). */
    PER_YEAR,
    TEXT
}
