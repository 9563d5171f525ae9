package com.scudo.assistant;

import java.util.List;

/** Questions the assistant can answer, filled in with this shop's own customers and segments. */
public record ExamplesCard(String title, List<String> examples) implements Card {

    public ExamplesCard {
        examples = List.copyOf(examples);
    }
}
