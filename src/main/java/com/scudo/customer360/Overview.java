package com.scudo.customer360;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A workspace's headline figures as of the last analytics run, plus today's live counters.
 * <ul>
 *   <li>{@code revenue}: everything customers have spent (sum of total spent).</li>
 *   <li>{@code atRiskCustomers}: customers in the At-Risk lifecycle stage (see {@code analytics.AtRisk}): still
 *   likely to buy but slipping (churn at least {@code atRiskChurn}, 0.25 by default, and not dormant);
 *   {@code revenueAtRisk} is their predicted 12-month value (CLV) — what the shop stands to lose if they go;
 *   {@code atRiskPastSpend} is what they have spent so far. Dormant customers are a win-back case, not counted.</li>
 *   <li>{@code segments}: members per segment as the segment pages count them (a customer can be in several).</li>
 *   <li>{@code averageChurn}: mean churn probability over scored customers.</li>
 *   <li>{@code trend}: revenue and orders per month (or week) over the shop's order history, with a summary
 *   comparing the last 12 months to the 12 before; read live from the recorded orders, not from the last run.</li>
 * </ul>
 * Every amount is in {@code currency}, the workspace's reporting currency.
 */
public record Overview(String currency, long customers, long scoredCustomers, BigDecimal revenue, BigDecimal atRiskChurn,
                       long atRiskCustomers, BigDecimal revenueAtRisk, BigDecimal atRiskPastSpend,
                       BigDecimal averageChurn, BigDecimal totalClv, List<Group> lifecycles, List<Group> segments,
                       Today today, LocalDate asOf, OffsetDateTime computedAt,
                       RevenueTrend trend) {

    /** Customers in one lifecycle stage or primary segment, what they spent and their predicted value. */
    public record Group(String key, String name, long customers, BigDecimal value, BigDecimal clv) {
    }

    /** Today's running totals (UTC day) from the operational store. */
    public record Today(LocalDate day, long orders, BigDecimal revenue, long interactions, String freshness) {
    }
}
