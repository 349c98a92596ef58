package eu.competitiondesk.assessments.questionnaire;

/** The kinds of answer a question takes. */
public enum QuestionType {
    YES_NO,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    /** A whole number with the question's unit (a year, months, Member States). */
    NUMBER,
    /** An amount in the currency its unit names (EUR, GBP or USD). */
    MONEY,
    /** Amounts by Member State in the unit's currency, one per line: an ISO 3166 code (EL for Greece) and the amount. */
    AMOUNTS_BY_MEMBER_STATE,
    PERCENTAGE,
    DATE,
    /** One number per financial year, oldest first (three years). */
    PER_YEAR,
    TEXT
}
