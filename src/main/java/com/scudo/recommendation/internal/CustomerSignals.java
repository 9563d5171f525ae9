package com.scudo.recommendation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/** What the rules read about one customer: customer_metrics joined with behavioral_analytics. Nullable where the store is. */
record CustomerSignals(String customerId, int orders, BigDecimal totalSpent, BigDecimal aov,
                       Integer daysSinceLastOrder, Integer tenureDays, BigDecimal churn, BigDecimal pAlive,
                       BigDecimal clv, LocalDate nextOrderDate, String lifecycle, Set<String> segments,
                       String topCategory, BigDecimal typicalDaysBetweenOrders) {

    boolean isLifecycle(String stage) {
        return lifecycle != null && normal(lifecycle).equals(normal(stage));
    }

    boolean inSegment(String segment) {
        return segments.contains(segment.toLowerCase(Locale.ROOT));
    }

    /** "At-Risk", "at_risk" and "AT RISK" are the same stage. A loop, not a regex: it runs a few times per customer. */
    private static String normal(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
