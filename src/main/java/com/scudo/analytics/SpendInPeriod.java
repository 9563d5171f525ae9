package com.scudo.analytics;

import com.scudo.shared.WorkspaceId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Who spent the most between two dates (from the order history, in the reporting currency), for "last year" questions. */
public interface SpendInPeriod {

    /** One customer's orders in the period. */
    record Spender(String customerId, BigDecimal spent, long orders) {
    }

    /** The biggest spenders from {@code from} (inclusive) to {@code until} (exclusive), days in {@code zone}. */
    List<Spender> top(WorkspaceId workspace, LocalDate from, LocalDate until, ZoneId zone, int limit);

    /** One customer's spend and orders in the period (zero and none when they did not order in it). */
    Spender of(WorkspaceId workspace, com.scudo.shared.CustomerId customer, LocalDate from, LocalDate until, ZoneId zone);

    /**
     * The customers who bought any of {@code categories} (lower-case) in the period: how many, how many of their orders
     * included one, what those orders came to (whole orders, as the category figures count them), and the biggest
     * spenders on them.
     */
    record CategoryBuyers(long customers, long orders, BigDecimal revenue, List<Spender> top) {
    }

    CategoryBuyers buyersOf(WorkspaceId workspace, List<String> categories, LocalDate from, LocalDate until, ZoneId zone,
                            int limit);

    /** As {@link #top}, ranked by the number of orders in the period (then by spend). */
    List<Spender> topByOrders(WorkspaceId workspace, LocalDate from, LocalDate until, ZoneId zone, int limit);

    /**
     * A customer who ordered in the period after {@code gapDays} or more without an order: the day they came back, their
     * order before it, and what they spent and ordered in the period from that day on.
     */
    record Return(String customerId, LocalDate returnedOn, LocalDate previousOrder, BigDecimal spent, long orders) {
        public long daysAway() {
            return java.time.temporal.ChronoUnit.DAYS.between(previousOrder, returnedOn);
        }
    }

    /** The customers who came back in the period after a gap of at least {@code gapDays}, the biggest spenders first. */
    List<Return> returned(WorkspaceId workspace, LocalDate from, LocalDate until, ZoneId zone, int gapDays);
}
