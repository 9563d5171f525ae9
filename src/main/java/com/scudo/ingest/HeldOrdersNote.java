package com.scudo.ingest;

import com.scudo.money.Formatting;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * What the merchant is told while the workspace has orders held back for an exchange rate (an export in euros into a
 * workspace that reports in dollars): at the end of an import, on the overview and in the assistant's shop answer.
 * Without it the shop looks done and emptier than it is, as none of those orders counts anywhere.
 */
@Component
public class HeldOrdersNote {
    private final OrderOutcomes outcomes;
    private final Formatting formatting;

    HeldOrdersNote(OrderOutcomes outcomes, Formatting formatting) {
        this.outcomes = outcomes;
        this.formatting = formatting;
    }

    public Optional<String> of(WorkspaceId workspace) {
        OrderOutcomes.Held held = outcomes.held(workspace);
        return held.orders() == 0 ? Optional.empty()
                : Optional.of(held.sentence(formatting.of(workspace).currency()));
    }
}
