package com.scudo.analytics;

import com.scudo.shared.WorkspaceId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A workspace's headline figures from the analytical store: what the overview and the revenue trend show. */
public interface WorkspaceScores {

    /**
     * Sums over the scored customers; {@code customers} counts every customer the store knows, scored or not.
     * Averages and the dates are null before the first run.
     */
    record Totals(long customers, long scored, BigDecimal totalSpent, BigDecimal averageChurn, BigDecimal totalClv,
                  LocalDate asOf, OffsetDateTime computedAt) {
    }

    /** Scored customers in one lifecycle stage. */
    record Lifecycle(String lifecycle, long customers, BigDecimal totalSpent, BigDecimal clv) {
    }

    /** Orders and revenue of one calendar day in the zone asked for. */
    record DailyRevenue(LocalDate date, long orders, BigDecimal revenue) {
    }

    Totals totals(WorkspaceId workspace);

    /** Customers who live in one place (as their profiles write it, case and spaces aside) and what they spent. */
    record PlaceCustomers(String place, long customers, BigDecimal spent) {
    }

    /**
     * Customers per city, region or country ({@code level}), most customers first; customers without that part of
     * their address are left out.
     */
    List<PlaceCustomers> customersByPlace(WorkspaceId workspace, String level);

    /** One purchase as the analytics count it: net of refunds, in the reporting currency; categories lower-case. */
    record Purchase(String orderId, java.time.Instant orderedAt, BigDecimal amount, String channel,
                    List<String> categories, int items) {
    }

    /** A customer's newest purchases, newest first (a refunded or cancelled order is none). */
    List<Purchase> newestPurchases(WorkspaceId workspace, com.scudo.shared.CustomerId customer, int limit);

    /** Orders and revenue (net, in the reporting currency) of one sales channel. */
    record ChannelRevenue(String channel, long orders, BigDecimal revenue) {
    }

    /**
     * Revenue by the channel each order came through, most first; only orders from {@code from} up to {@code until}
     * (the shop's calendar days in {@code zone}) when they are given.
     */
    List<ChannelRevenue> revenueByChannel(WorkspaceId workspace, java.time.ZoneId zone, LocalDate from, LocalDate until);

    /** Largest stage first. */
    List<Lifecycle> lifecycles(WorkspaceId workspace);

    /** Every day with orders, as calendar days in {@code zone} (the shop's), oldest first. */
    List<DailyRevenue> revenueByDay(WorkspaceId workspace, java.time.ZoneId zone);

    /**
     * The product categories the workspace's customers have bought, lower-case, from the last run's behaviour (what
     * the filter field {@code categories} holds); empty before the first run.
     */
    java.util.SortedSet<String> categories(WorkspaceId workspace);

    /**
     * Orders and revenue of the orders that include a category (an order of two categories counts in both), most
     * revenue first; only orders from {@code from} up to {@code until} when they are given.
     */
    List<CategoryRevenue> revenueByCategory(WorkspaceId workspace, java.time.ZoneId zone, LocalDate from, LocalDate until);

    /**
     * As {@link #revenueByCategory(WorkspaceId, java.time.ZoneId, LocalDate, LocalDate)}, of the orders of the customers
     * whose ids {@code customerIds} selects (a query of {@link CustomerFactsColumns#TABLE}: "what do VIP customers buy").
     */
    List<CategoryRevenue> revenueByCategory(WorkspaceId workspace, java.time.ZoneId zone, LocalDate from, LocalDate until,
                                            org.jooq.Select<org.jooq.Record1<String>> customerIds);

    /** Orders and revenue (net, in the reporting currency) of the orders that include one product category. */
    record CategoryRevenue(String category, long orders, BigDecimal revenue) {
    }

    /** The days between orders of the customers who ordered on two days or more, from the last run's behaviour. */
    record OrderGaps(long repeatCustomers, BigDecimal averageDays, BigDecimal medianDays) {
    }

    OrderGaps orderGaps(WorkspaceId workspace);

    /** The median amount of the workspace's purchases (net, in the reporting currency); null without any. */
    BigDecimal medianOrderValue(WorkspaceId workspace);

    /** Contacts besides orders of one kind (email_open, email_click, site_visit, support_ticket, campaign_response). */
    record InteractionCount(String kind, long interactions, long customers) {
    }

    /** All contacts besides orders, the customers who made them, and each kind's, most first. */
    record Interactions(long interactions, long customers, List<InteractionCount> byKind) {
    }

    /** Contacts besides orders from {@code from} up to {@code until} (the shop's days in {@code zone}), when given. */
    Interactions interactions(WorkspaceId workspace, java.time.ZoneId zone, LocalDate from, LocalDate until);

    /** Customers with at least one purchase from {@code from} up to {@code until} (the shop's days in {@code zone}). */
    long customersWhoOrdered(WorkspaceId workspace, java.time.ZoneId zone, LocalDate from, LocalDate until);

    /** A customer's contacts of the kinds asked for in a period, and the first of them. */
    record Contacted(String customerId, long contacts, LocalDate firstContact) {
    }

    /**
     * The customers with a contact of one of {@code kinds} in the period who ordered nothing from their first such contact
     * on (up to today), the most contacts first; and how many had such a contact at all.
     */
    record WithoutOrder(long contacted, List<Contacted> customers) {
    }

    WithoutOrder contactedWithoutOrder(WorkspaceId workspace, java.time.ZoneId zone, List<String> kinds, LocalDate from,
                                       LocalDate until);

    /** The shop's scores on one dated run: customers, their average churn, predicted value, at risk and dormant. */
    record ScoresOn(LocalDate date, long customers, BigDecimal averageChurn, BigDecimal totalClv, long atRisk, long dormant) {
    }

    /**
     * The shop's scores as they stood on {@code from} (its last dated run on or before it, else the first after it) and on
     * the latest run; one when they are the same, none without runs.
     */
    List<ScoresOn> scoresSince(WorkspaceId workspace, LocalDate from);
}
