package com.scudo.assistant.internal;

import com.scudo.analytics.WorkspaceScores;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** The orders and revenue of some of the shop's days: what the shop answers' sentences about a period say. */
record Takings(long orders, BigDecimal revenue) {

    static Takings of(List<WorkspaceScores.DailyRevenue> days) {
        long orders = 0;
        BigDecimal revenue = BigDecimal.ZERO;
        for (WorkspaceScores.DailyRevenue day : days) {
            orders += day.orders();
            revenue = day.revenue() == null ? revenue : revenue.add(day.revenue());
        }
        return new Takings(orders, revenue);
    }

    /** The days from {@code from} (inclusive) to {@code until} (exclusive). */
    static List<WorkspaceScores.DailyRevenue> between(List<WorkspaceScores.DailyRevenue> days, LocalDate from, LocalDate until) {
        return days.stream().filter(d -> !d.date().isBefore(from) && d.date().isBefore(until)).toList();
    }

    BigDecimal perOrder() {
        return revenue.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP);
    }
}
