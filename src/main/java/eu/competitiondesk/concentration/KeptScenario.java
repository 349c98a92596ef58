package eu.competitiondesk.concentration;

import eu.competitiondesk.concentration.engine.Stake;
import eu.competitiondesk.platform.Commands;
import java.util.List;

/**
 * The command to keep a merger scenario with a market: its name, the firms that merge and the stakes, by firm name.
 * The scenario page has run it through the engine on the market's shares; a case import brings it as exported.
 */
public record KeptScenario(String name, List<String> merging, List<Stake> stakes, boolean illustrative) {

    public KeptScenario {
        name = name == null ? null : name.strip();
        merging = merging == null
                ? List.of()
                : merging.stream().map(String::strip).toList();
        stakes = Commands.listOf(stakes);
    }
}
