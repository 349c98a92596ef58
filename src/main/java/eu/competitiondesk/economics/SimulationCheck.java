package eu.competitiondesk.economics;

/**
 * The checks a merger simulation run passes or fails, by the names the API gives them: the engine's seven and the
 * refusal of a draw's inputs in a sensitivity run.
 */
public enum SimulationCheck {
    FOC_PRE,
    FOC_POST,
    COSTS_POSITIVE,
    DEMAND_DOWNWARD_SLOPING,
    SHARES_VALID,
    CONSUMER_HARM_SIGN,
    CMCR_NON_NEGATIVE,
    INPUTS_VALID
}
