package com.scudo.assistant;

import java.util.List;

/** Customers matching the answer's query: {@code total} of them, the first ones in {@code customers}. */
public record CustomerListCard(String title, long total, String sortedBy, List<CustomerRow> customers) implements Card {

    public CustomerListCard {
        customers = List.copyOf(customers);
    }
}
