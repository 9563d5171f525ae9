package com.scudo.customer360;

import com.scudo.recommendation.Recommendation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything known about one customer, joined from both stores. Each part says how fresh it is: the
 * operational parts (profile, orders, interactions, live counters) are read live; scores, behaviour,
 * segments, trends and recommendations come from the last analytics run (null parts: not analysed yet).
 * {@code currency} is the workspace's reporting currency: every amount here that does not carry its own (an order
 * line carries the currency the customer paid in) is in it — live revenue, scores, trends, recommendations.
 */
public record Customer360(String customerId, Instant generatedAt, String currency, Profile profile, OrderTimeline orders,
                          Interactions interactions, Live live, Scores scores, Behaviour behaviour,
                          SegmentMembership segments, Trends trends, OpenRecommendations recommendations) {

    public record Profile(String name, String email, String phone, String company, String city, String region,
                          String country, Preferences preferences, List<String> tags, Instant createdAt,
                          Instant updatedAt, Freshness freshness) {
    }

    public record Preferences(String channel, List<String> categories, boolean emailOptIn, boolean smsOptIn) {
    }

    /** The newest orders (at most {@link Customer360Views#TIMELINE_LIMIT}); {@code more} when older ones exist. */
    public record OrderTimeline(List<OrderLine> newestFirst, boolean more, Freshness freshness) {
    }

    public record OrderLine(String orderId, Instant orderedAt, BigDecimal amount, String currency, BigDecimal discount,
                            String channel, int items, List<String> categories, List<String> flags) {
    }

    public record Interactions(List<InteractionLine> newestFirst, boolean more, Freshness freshness) {
    }

    public record InteractionLine(String type, String channel, Instant occurredAt, String detail) {
    }

    /** The customer's running counters, moved by every ingested order and interaction. */
    public record Live(long orders, BigDecimal revenue, long interactions, Instant lastSeen, Freshness freshness) {
    }

    /**
     * The scores and the words that explain them ({@code reasons}: rfm, churn, expected_orders, clv, next_order,
     * lifecycle). {@code expectedOrders} are over the next {@code forecastHorizonDays}; {@code nextOrderDate} is
     * left out when no order in the churn horizon is more likely than one (the next_order reason says so).
     */
    public record Scores(int orders, BigDecimal totalSpent, BigDecimal averageOrderValue, LocalDate firstOrder,
                         LocalDate lastOrder, Integer daysSinceLastOrder, Integer tenureDays, Rfm rfm, Churn churn,
                         BigDecimal pAlive, BigDecimal clv, BigDecimal expectedOrders, Integer forecastHorizonDays,
                         LocalDate nextOrderDate,
                         String lifecycle, Map<String, String> reasons, Freshness freshness) {
    }

    public record Rfm(Integer recency, Integer frequency, Integer monetary, String code, String group,
                      String explanation) {
    }

    /** Churn risk: the probability of no order in the next {@code horizonDays} days, with its likely range. */
    public record Churn(BigDecimal probability, BigDecimal low, BigDecimal high, Integer horizonDays, String explanation) {
    }

    public record Behaviour(String preferredChannel, Map<String, BigDecimal> channelMix, List<String> categories,
                            String topCategory, Map<String, BigDecimal> categoryAffinity,
                            BigDecimal averageDaysBetweenOrders, BigDecimal typicalDaysBetweenOrders,
                            BigDecimal discountRate, Integer peakMonth, BigDecimal holidayShare, BigDecimal giftShare,
                            BigDecimal bulkShare, BigDecimal returnRate, BigDecimal engagement, Integer interactions90d,
                            LocalDate lastInteraction, BigDecimal spendTrend, Freshness freshness) {
    }

    public record SegmentMembership(String primary, List<SegmentRef> all, Freshness freshness) {
    }

    public record SegmentRef(String id, String name, boolean primary) {
    }

    /** Key figures on each snapshot date, oldest first. */
    public record Trends(List<TrendPoint> points, Freshness freshness) {
    }

    public record TrendPoint(LocalDate date, BigDecimal churn, BigDecimal clv, int orders, BigDecimal totalSpent) {
    }

    public record OpenRecommendations(List<Recommendation> open, Freshness freshness) {
    }
}
