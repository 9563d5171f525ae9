package com.scudo.assistant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One customer at a glance: who, their figures and scores, the reasons behind each score in words (keyed
 * rfm, churn, expected_orders, clv, next_order, lifecycle), open recommendations, and the Customer 360 link.
 * {@code expectedOrders} are over the next {@code forecastHorizonDays}.
 */
public record ProfileCard(String title, String customerId, String name, String email, String company, String city,
                          String lifecycle, String primarySegment, String primarySegmentName, List<String> segments,
                          int orders, BigDecimal totalSpent, BigDecimal aov, LocalDate firstOrder, LocalDate lastOrder,
                          Integer daysSinceLastOrder, String rfm, String rfmGroup, BigDecimal churn, BigDecimal clv,
                          BigDecimal expectedOrders, Integer forecastHorizonDays, LocalDate nextOrderDate,
                          Map<String, String> reasons,
                          List<ActionItem> recommendations, String link) implements Card {

    public ProfileCard {
        segments = segments == null ? List.of() : List.copyOf(segments);
        reasons = reasons == null ? Map.of() : Map.copyOf(reasons);
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
    }
}
