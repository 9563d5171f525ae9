package com.scudo.customer360;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One page of the customer list: the canonical filter and sort that produced it, the search words, the rows, the
 * cursor of the next page (null on the last page), how many customers match in all, and the currency of the
 * rows' money (total spent, CLV: the workspace's reporting currency).
 */
public record CustomerPage(String filter, String sort, int limit, List<Row> customers, String nextCursor,
                           String search, long total, String currency) {

    /** Longest accepted search text, in characters. */
    public static final int MAX_SEARCH = 200;

    public static final int MAX_LIMIT = 1000;

    public record Row(String customerId, String name, String email, String city, String lifecycle,
                      String primarySegment, BigDecimal totalSpent, int orders, BigDecimal churn, BigDecimal clv,
                      LocalDate lastOrder, BigDecimal expectedOrders, Integer forecastHorizonDays) {
    }
}
