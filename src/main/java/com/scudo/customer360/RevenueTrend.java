package com.scudo.customer360;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Revenue and orders per month (or per week when the shop's history is under about six months), from the first
 * order to the last, empty periods included, days counted in the workspace's time zone. {@code revenue} sums the
 * order amounts as recorded (returned orders included, currencies not converted).
 * <p>
 * The summary compares the last {@code window} periods (12 months or 4 weeks) with the same number before them:
 * {@code previous} and {@code changePercent} are null while the history is too short for that, and
 * {@code changePercent} is null when the earlier window had no revenue. {@code sentence} says the same in words,
 * for a screen reader or a report.
 */
public record RevenueTrend(String grain, List<Period> periods, Summary summary) {

    public static final String MONTH = "month";
    public static final String WEEK = "week";

    /** One month or week (starting on Monday) from {@code start}; {@code label} is "Mar 2025" or "3 Mar 2025". */
    public record Period(LocalDate start, String label, long orders, BigDecimal revenue) {
    }

    public record Summary(int window, String windowName, BigDecimal recent, long recentOrders, BigDecimal previous,
                          Integer changePercent, String sentence) {
    }

    public static RevenueTrend empty() {
        return new RevenueTrend(MONTH, List.of(), new Summary(12, "12 months", BigDecimal.ZERO.setScale(2), 0, null,
                null, "No orders yet."));
    }
}
