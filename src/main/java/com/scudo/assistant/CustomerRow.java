package com.scudo.assistant;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One customer in a list card, with the figures lists show and a link to the Customer 360 view. */
public record CustomerRow(String customerId, String name, String lifecycle, String primarySegment, int orders,
                          BigDecimal totalSpent, BigDecimal churn, BigDecimal clv, LocalDate lastOrder,
                          LocalDate nextOrderDate, String link) {

    /** The same customer with the orders and spend of a period instead of the lifetime figures. */
    public CustomerRow withSpent(BigDecimal spent, int periodOrders) {
        return new CustomerRow(customerId, name, lifecycle, primarySegment, periodOrders, spent, churn, clv, lastOrder,
                nextOrderDate, link);
    }
}
