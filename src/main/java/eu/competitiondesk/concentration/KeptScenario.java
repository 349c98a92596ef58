package eu.competitiondesk.concentration;

import eu.competitiondesk.concentration.engine.Stake;
import eu.competitiondesk.platform.Commands;
import eu.competitiondesk.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The command to keep a merger scenario with a market: its name, the firms that merge and the stakes, by firm name.
 * The scenario page has run it through the engine on the market's shares; a case import brings it as exported.
 */
public record KeptScenario(
        @NotBlank(message = "{desk.scenario.name.required}")
        @Size(max = NAME_MAX, message = "{desk.too.long}")
        @PlainText
        String name,

        @Size(max = 50, message = "{desk.too.many}")
        List<
                        @NotBlank(message = "{desk.required}") @Size(max = NAME_MAX, message = "{desk.too.long}")
                        @PlainText String>
                merging,

        List<Stake> stakes,
        boolean illustrative) {

    static final int NAME_MAX = 200;

    public KeptScenario {
        name = name == null ? null : name.strip();
        merging = merging == null
                ? List.of()
                : merging.stream().map(m -> m == null ? null : m.strip()).toList();
        stakes = Commands.listOf(stakes);
    }
}
