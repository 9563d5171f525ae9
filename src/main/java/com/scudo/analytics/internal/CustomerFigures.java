package com.scudo.analytics.internal;

import com.scudo.analytics.model.PurchaseSummary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one customer's order history says as of a date, before any model: counts, money, timing and
 * the purchase summary the models take. Orders on the same day count as one purchase for the models
 * (the convention of the published results) but as separate orders for the merchant's figures.
 */
record CustomerFigures(String customerId, int orders, double totalSpent, LocalDate firstOrder, LocalDate lastOrder,
                       int daysSinceLastOrder, int tenureDays, int purchaseDays, double typicalGapDays,
                       double averageGapDays, PurchaseSummary purchases, double spendLast180, double spendPrior180) {

    private static final double DAYS_PER_WEEK = 7.0;

    static CustomerFigures of(CustomerHistory history, LocalDate asOf) {
        List<OrderLine> orders = history.orders();
        TreeMap<LocalDate, Double> byDay = new TreeMap<>();
        double total = 0;
        double last180 = 0;
        double prior180 = 0;
        for (OrderLine order : orders) {
            byDay.merge(order.day(), order.amount(), Double::sum);
            total += order.amount();
            long age = ChronoUnit.DAYS.between(order.day(), asOf);
            if (age < 180) {
                last180 += order.amount();
            } else if (age < 360) {
                prior180 += order.amount();
            }
        }
        LocalDate first = byDay.firstKey();
        LocalDate last = byDay.lastKey();
        List<Long> gaps = new ArrayList<>();
        LocalDate previous = null;
        double repeatValue = 0;
        for (Map.Entry<LocalDate, Double> day : byDay.entrySet()) {
            if (previous != null) {
                gaps.add(ChronoUnit.DAYS.between(previous, day.getKey()));
                repeatValue += day.getValue();
            }
            previous = day.getKey();
        }
        int repeatDays = byDay.size() - 1;
        long tenure = ChronoUnit.DAYS.between(first, asOf);
        long span = ChronoUnit.DAYS.between(first, last);
        PurchaseSummary summary = new PurchaseSummary(repeatDays, span / DAYS_PER_WEEK, tenure / DAYS_PER_WEEK,
                repeatDays == 0 ? byDay.firstEntry().getValue() : repeatValue / repeatDays);
        return new CustomerFigures(history.customerId(), orders.size(), round2(total), first, last,
                (int) ChronoUnit.DAYS.between(last, asOf), (int) tenure, byDay.size(), median(gaps),
                repeatDays == 0 ? Double.NaN : span / (double) repeatDays, summary, last180, prior180);
    }

    double averageOrderValue() {
        return orders == 0 ? 0 : round2(totalSpent / orders);
    }

    /** Spend in the last 180 days relative to the 180 before; null when there was nothing before. */
    Double spendTrend() {
        return spendPrior180 <= 0 ? null : Math.round(10000 * spendLast180 / spendPrior180) / 10000.0;
    }

    private static double median(List<Long> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Long::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
