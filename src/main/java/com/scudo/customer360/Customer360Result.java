package com.scudo.customer360;

import java.util.List;

/** Either the view of the one customer a text named, or the candidates when it named several. */
public record Customer360Result(Customer360 view, List<CustomerCandidate> candidates) {

    public Customer360Result {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    public boolean ambiguous() {
        return view == null;
    }
}
