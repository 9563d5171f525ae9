package com.scudo.customer360.internal;

import com.scudo.customer360.RevenueTrend;
import com.scudo.shared.Figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rolls daily totals into months, or into weeks when the history is shorter than {@value #WEEKLY_UP_TO_DAYS} days
 * (a handful of monthly points would say little), fills the empty periods, and sums up the last window.
 */
final class TrendPeriods {
    static final int WEEKLY_UP_TO_DAYS = 182;

    record DayTotal(LocalDate date, long orders, BigDecimal revenue) {
    }

    private TrendPeriods() {
    }

    /** {@code days} sorted by date, written in US dollars and English. */
    static RevenueTrend of(List<DayTotal> days) {
        return of(days, Figures.DEFAULT);
    }

    /** {@code days} sorted by date; labels and the summary written as the workspace writes its figures. */
    static RevenueTrend of(List<DayTotal> days, Figures figures) {
        DateTimeFormatter monthLabel = DateTimeFormatter.ofPattern("MMM yyyy", figures.locale());
        if (days.isEmpty()) {
            return RevenueTrend.empty();
        }
        LocalDate first = days.get(0).date();
        LocalDate last = days.get(days.size() - 1).date();
        boolean weekly = ChronoUnit.DAYS.between(first, last) < WEEKLY_UP_TO_DAYS;
        Map<LocalDate, long[]> orders = new LinkedHashMap<>();
        Map<LocalDate, BigDecimal> revenue = new LinkedHashMap<>();
        for (LocalDate start = start(first, weekly); !start.isAfter(last); start = next(start, weekly)) {
            orders.put(start, new long[1]);
            revenue.put(start, BigDecimal.ZERO);
        }
        for (DayTotal d : days) {
            LocalDate start = start(d.date(), weekly);
            orders.get(start)[0] += d.orders();
            revenue.merge(start, d.revenue() == null ? BigDecimal.ZERO : d.revenue(), BigDecimal::add);
        }
        List<RevenueTrend.Period> periods = new ArrayList<>();
        for (Map.Entry<LocalDate, long[]> e : orders.entrySet()) {
            periods.add(new RevenueTrend.Period(e.getKey(), weekly ? figures.date(e.getKey()) : monthLabel.format(e.getKey()),
                    e.getValue()[0], revenue.get(e.getKey()).setScale(2, RoundingMode.HALF_UP)));
        }
        String grain = weekly ? RevenueTrend.WEEK : RevenueTrend.MONTH;
        return new RevenueTrend(grain, periods, summary(periods, weekly ? 4 : 12, weekly ? "4 weeks" : "12 months",
                figures));
    }

    private static RevenueTrend.Summary summary(List<RevenueTrend.Period> periods, int window, String windowName,
                                                Figures figures) {
        int n = periods.size();
        List<RevenueTrend.Period> recent = periods.subList(Math.max(0, n - window), n);
        BigDecimal recentRevenue = sum(recent);
        long recentOrders = recent.stream().mapToLong(RevenueTrend.Period::orders).sum();
        BigDecimal previous = n >= 2 * window ? sum(periods.subList(n - 2 * window, n - window)) : null;
        Integer change = previous == null || previous.signum() == 0 ? null
                : recentRevenue.subtract(previous).multiply(BigDecimal.valueOf(100))
                .divide(previous, 0, RoundingMode.HALF_UP).intValueExact();
        String name = n >= window ? "the last " + windowName : "the " + n + " " + (window == 4 ? "week" : "month")
                + (n == 1 ? "" : "s") + " so far";
        StringBuilder sentence = new StringBuilder("Revenue in ").append(name).append(": ").append(figures.money(recentRevenue))
                .append(" from ").append(figures.number(recentOrders))
                .append(recentOrders == 1 ? " order" : " orders");
        if (change != null) {
            sentence.append(change == 0 ? ", level with" : change > 0 ? ", up " + change + "% on" : ", down " + -change + "% on")
                    .append(" the ").append(windowName).append(" before (").append(figures.money(previous)).append(")");
        } else if (previous != null) {
            sentence.append("; there was no revenue in the ").append(windowName).append(" before");
        }
        return new RevenueTrend.Summary(window, windowName, recentRevenue, recentOrders, previous, change,
                sentence.append('.').toString());
    }

    private static BigDecimal sum(List<RevenueTrend.Period> periods) {
        return periods.stream().map(RevenueTrend.Period::revenue).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    private static LocalDate start(LocalDate date, boolean weekly) {
        return weekly ? date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : date.withDayOfMonth(1);
    }

    private static LocalDate next(LocalDate start, boolean weekly) {
        return weekly ? start.plusWeeks(1) : start.plusMonths(1);
    }
}
