package com.scudo.analytics.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a customer buys: channel and category mix, timing, discounts, seasonality, flags and engagement.
 * Shares are of orders, not of money, so one big order does not hide a habit.
 */
record Behaviour(String preferredChannel, Map<String, Double> channelMix, List<String> categories, String topCategory,
                 Map<String, Double> categoryAffinity, double discountRate, Map<Integer, Double> monthMix, int peakMonth,
                 double holidayShare, double giftShare, double bulkShare, double returnRate, double engagement,
                 int interactions90d, LocalDate lastInteraction) {

    static Behaviour of(CustomerHistory history) {
        List<OrderLine> orders = history.orders();
        double n = orders.size();
        Map<String, Long> channels = orders.stream().collect(Collectors.groupingBy(OrderLine::channel, Collectors.counting()));
        Map<String, Long> categories = orders.stream().flatMap(o -> o.categories().stream())
                .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        Map<Integer, Long> months = orders.stream()
                .collect(Collectors.groupingBy(o -> o.day().getMonthValue(), Collectors.counting()));
        String preferred = mostFrequent(channels, lastChannel(orders));
        String top = mostFrequent(categories, null);
        int peak = months.entrySet().stream().max(Map.Entry.<Integer, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(0);
        long holiday = orders.stream().filter(o -> o.seasonal() || inHolidaySeason(o.day())).count();
        InteractionSummary contacts = history.interactions();
        return new Behaviour(preferred, shares(channels, n), sortedByCount(categories), top, shares(categories, n),
                share(orders.stream().filter(OrderLine::discounted).count(), n), shares(months, n), peak,
                share(holiday, n), share(orders.stream().filter(OrderLine::gift).count(), n),
                share(orders.stream().filter(OrderLine::bulk).count(), n),
                share(orders.stream().filter(OrderLine::returned).count(), n),
                contacts.engagementScore(), contacts.total(), contacts.lastInteraction());
    }

    /** Late November to the end of December: the gift season most small shops live on. */
    static boolean inHolidaySeason(LocalDate day) {
        return day.getMonth() == Month.DECEMBER || (day.getMonth() == Month.NOVEMBER && day.getDayOfMonth() >= 15);
    }

    private static String lastChannel(List<OrderLine> orders) {
        return orders.isEmpty() ? null : orders.get(orders.size() - 1).channel();
    }

    private static <K> K mostFrequent(Map<K, Long> counts, K tieBreak) {
        long best = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        if (tieBreak != null && counts.getOrDefault(tieBreak, 0L) == best) {
            return tieBreak;
        }
        return counts.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey)
                .sorted().findFirst().orElse(null);
    }

    private static List<String> sortedByCount(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).collect(Collectors.toList());
    }

    private static <K extends Comparable<K>> Map<K, Double> shares(Map<K, Long> counts, double total) {
        Map<K, Double> shares = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<K, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> shares.put(e.getKey(), share(e.getValue(), total)));
        return shares;
    }

    private static double share(long count, double total) {
        return total == 0 ? 0 : Math.round(10000 * count / total) / 10000.0;
    }

    /** "web:0.8|mobile:0.2" — compact and readable in SQL. */
    static <K> String mixText(Map<K, Double> mix) {
        return mix.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining("|"));
    }
}
