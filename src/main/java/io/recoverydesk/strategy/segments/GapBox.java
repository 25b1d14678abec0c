package io.recoverydesk.strategy.segments;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A block of accounts no rule matches: the conditions that bound it (every other
 * condition is "any"; no conditions at all means every account).
 */
public record GapBox(List<ConditionBound> conditions) {

    public GapBox {
        conditions = List.copyOf(conditions);
    }

    public String describe() {
        if (conditions.isEmpty()) {
            return "every account";
        }
        return conditions.stream().map(c -> c.condition() + ": " + c.value()).collect(Collectors.joining("; "));
    }

}
