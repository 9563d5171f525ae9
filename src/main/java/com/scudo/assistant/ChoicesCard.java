package com.scudo.assistant;

import java.util.List;

/** A question back: the name fits several customers; each choice carries the question to ask for it. */
public record ChoicesCard(String title, List<Choice> choices) implements Card {

    public ChoicesCard {
        choices = List.copyOf(choices);
    }

    public record Choice(String customerId, String name, String email, String city, String ask) {
    }
}
