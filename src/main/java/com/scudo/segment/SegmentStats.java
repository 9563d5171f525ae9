package com.scudo.segment;

import java.math.BigDecimal;

/**
 * Figures over a segment's current members (as of the last assignment): how many, how many have it as
 * their primary segment, their total and average value (total spent), average churn probability and CLV.
 * Averages are null for an empty segment.
 */
public record SegmentStats(long customers, long primaryCustomers, BigDecimal totalValue, BigDecimal averageValue,
                           BigDecimal averageChurn, BigDecimal averageClv) {

    public static SegmentStats empty() {
        return new SegmentStats(0, 0, BigDecimal.ZERO, null, null, null);
    }
}
