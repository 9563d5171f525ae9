package com.scudo.assistant.internal;

import com.scudo.analytics.WorkspaceScores;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * "What's the best day of the week for sales?": revenue and orders by weekday, from the shop's calendar days (so a
 * Friday is the shop's Friday, not UTC's), busiest first.
 */
final class Weekdays {
    private Weekdays() {
    }

    /** "By day of the week since the first order: Friday $9,100 (15%, 80 orders), …; Friday brings the most, Tuesday the least." */
    static String sentence(AnswerContext ctx, List<WorkspaceScores.DailyRevenue> days, String when) {
        Map<DayOfWeek, BigDecimal> revenue = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, Long> orders = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            revenue.put(d, BigDecimal.ZERO);
            orders.put(d, 0L);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (WorkspaceScores.DailyRevenue day : days) {
            BigDecimal r = day.revenue() == null ? BigDecimal.ZERO : day.revenue();
            revenue.merge(day.date().getDayOfWeek(), r, BigDecimal::add);
            orders.merge(day.date().getDayOfWeek(), day.orders(), Long::sum);
            total = total.add(r);
        }
        if (total.signum() == 0) {
            return "No orders " + when + ", so no day of the week stands out.";
        }
        List<DayOfWeek> ranked = new ArrayList<>(List.of(DayOfWeek.values()));
        ranked.sort(Comparator.comparing(revenue::get).reversed());
        List<String> parts = new ArrayList<>();
        for (DayOfWeek d : ranked) {
            parts.add(name(ctx, d) + " " + ctx.money(revenue.get(d)) + " (" + ctx.percent(revenue.get(d).divide(total, 4,
                    RoundingMode.HALF_UP)) + ", " + Words.count(orders.get(d), "order") + ")");
        }
        return "By day of the week " + when + ": " + String.join(", ", parts) + "; " + name(ctx, ranked.get(0))
                + " brings the most, " + name(ctx, ranked.get(ranked.size() - 1)) + " the least (days in the shop's "
                + "time zone).";
    }

    private static String name(AnswerContext ctx, DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, ctx.figures().locale());
    }
}
