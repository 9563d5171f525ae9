package com.scudo.assistant;

import java.util.List;

/** Recommended actions, most urgent and valuable first. */
public record ActionsCard(String title, List<ActionItem> actions) implements Card {

    public ActionsCard {
        actions = List.copyOf(actions);
    }
}
