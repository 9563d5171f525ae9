package com.scudo.assistant;

import java.math.BigDecimal;
import java.util.List;

/** A segment's figures and its most valuable members. Averages are null for an empty segment. */
public record SegmentCard(String title, String segmentId, String name, String description, String rule,
                          long customers, long primaryCustomers, BigDecimal totalValue, BigDecimal averageValue,
                          BigDecimal averageChurn, BigDecimal averageClv, List<CustomerRow> topMembers) implements Card {

    public SegmentCard {
        topMembers = List.copyOf(topMembers);
    }
}
