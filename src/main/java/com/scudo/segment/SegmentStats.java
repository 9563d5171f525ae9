package com.scudo.segment;

import java.math.BigDecimal;

/**
 * Figures over a segment's current members (as of the last assignment): how many, how many have it as
 * their primary segment, their total and average value (total spent), average churn probability, average and
 * total CLV (summed over the members, so it equals the same customers' CLV everywhere else), and the currency of
 * the money figures (the workspace's reporting currency). Averages are null for an empty segment.
 */
public record SegmentStats(long customers, long primaryCustomers, BigDecimal totalValue, BigDecimal averageValue,
                           BigDecimal averageChurn, BigDecimal averageClv, BigDecimal totalClv, String currency) {

    public static SegmentStats empty(String currency) {
        return new SegmentStats(0, 0, BigDecimal.ZERO, null, null, null, BigDecimal.ZERO, currency);
    }
}
