package com.scudo.assistant;

import java.math.BigDecimal;
import java.util.List;

/** Several segments side by side. */
public record SegmentTableCard(String title, List<Row> segments) implements Card {

    public SegmentTableCard {
        segments = List.copyOf(segments);
    }

    public record Row(String segmentId, String name, long customers, BigDecimal totalValue, BigDecimal averageValue,
                      BigDecimal averageChurn, BigDecimal averageClv) {
    }
}
