package com.scudo.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One customer as the analytical store knows them: their scores from the last run and their behaviour, each null
 * until a run has scored them. Sets arrive as the store keeps them ({@code "|a|b|"}, {@code "web:0.8|mobile:0.2"})
 * and the reader shapes them for its page; the reasons arrive in words, keyed rfm, churn, expected_orders, clv,
 * next_order and lifecycle, in the shop's currency and locale.
 */
public record ScoredCustomer(String customerId, Scores scores, Behaviour behaviour) {

    /** {@code expectedOrders} counts orders over the forecast horizon the run scored with. */
    public record Scores(LocalDate asOf, OffsetDateTime computedAt, Integer orders, BigDecimal totalSpent,
                         BigDecimal aov, LocalDate firstOrder, LocalDate lastOrder, Integer daysSinceLastOrder,
                         Integer tenureDays, Integer rScore, Integer fScore, Integer mScore, String rfm, String rfmGroup,
                         BigDecimal churn, BigDecimal churnLow, BigDecimal churnHigh, BigDecimal pAlive,
                         BigDecimal expectedOrders, BigDecimal clv, LocalDate nextOrderDate, String lifecycle,
                         Map<String, String> reasons, String segments, String primarySegment) {

        public Scores withReasons(Map<String, String> reasons) {
            return new Scores(asOf, computedAt, orders, totalSpent, aov, firstOrder, lastOrder, daysSinceLastOrder,
                    tenureDays, rScore, fScore, mScore, rfm, rfmGroup, churn, churnLow, churnHigh, pAlive, expectedOrders,
                    clv, nextOrderDate, lifecycle, reasons, segments, primarySegment);
        }
    }

    public record Behaviour(LocalDate asOf, OffsetDateTime computedAt, String preferredChannel, String channelMix,
                            String categories, String topCategory, String categoryAffinity,
                            BigDecimal avgDaysBetweenOrders, BigDecimal typicalDaysBetweenOrders,
                            BigDecimal discountRate, Integer peakMonth, BigDecimal holidayShare, BigDecimal giftShare,
                            BigDecimal bulkShare, BigDecimal returnRate, BigDecimal engagement,
                            Integer interactions90d, LocalDate lastInteraction, BigDecimal spendTrend) {
    }
}
