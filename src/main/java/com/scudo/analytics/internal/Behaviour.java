package com.scudo.analytics.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a customer buys: channel and category mix, timing, discounts, seasonality, flags and engagement.
 * Shares are of orders, not of money, so one big order does not hide a habit.
 */
record Behaviour(String preferredChannel, Map<String, Double> channelMix, List<String> categories, String topCategory,
                 Map<String, Double> categoryAffinity, double discountRate, Map<Integer, Double> monthMix, int peakMonth,
                 double holidayShare, double giftShare, double bulkShare, double returnRate, double engagement,
                 int interactions90d, LocalDate lastInteraction) {

    /** One loop over the orders: a run calls this for every customer (streams here were a third of reading them). */
    static Behaviour of(CustomerHistory history) {
        List<OrderLine> orders = history.orders();
        double n = orders.size();
        Map<String, Long> channels = new HashMap<>(8);
        Map<String, Long> categories = new HashMap<>(8);
        long[] byMonth = new long[13];
        long holiday = 0;
        long discounted = 0;
        long gifts = 0;
        long bulk = 0;
        long returned = 0;
        for (OrderLine o : orders) {
            channels.merge(o.channel(), 1L, Long::sum);
            for (String category : o.categories()) {
                categories.merge(category, 1L, Long::sum);
            }
            byMonth[o.day().getMonthValue()]++;
            holiday += o.seasonal() || inHolidaySeason(o.day()) ? 1 : 0;
            discounted += o.discounted() ? 1 : 0;
            gifts += o.gift() ? 1 : 0;
            bulk += o.bulk() ? 1 : 0;
            returned += o.returned() ? 1 : 0;
        }
        Map<Integer, Long> months = new HashMap<>(16);
        int peak = 0; // the month with most orders; the earliest month of a tie
        for (int month = 1; month <= 12; month++) {
            if (byMonth[month] > 0) {
                months.put(month, byMonth[month]);
                peak = peak == 0 || byMonth[month] > byMonth[peak] ? month : peak;
            }
        }
        String preferred = mostFrequent(channels, lastChannel(orders));
        String top = mostFrequent(categories, null);
        InteractionSummary contacts = history.interactions();
        return new Behaviour(preferred, shares(channels, n), sortedByCount(categories), top, shares(categories, n),
                share(discounted, n), shares(months, n), peak, share(holiday, n), share(gifts, n), share(bulk, n),
                share(returned, n), contacts.engagementScore(), contacts.total(), contacts.lastInteraction());
    }

    /** Late November to the end of December: the gift season most small shops live on. */
    static boolean inHolidaySeason(LocalDate day) {
        return day.getMonth() == Month.DECEMBER || (day.getMonth() == Month.NOVEMBER && day.getDayOfMonth() >= 15);
    }

    private static String lastChannel(List<OrderLine> orders) {
        return orders.isEmpty() ? null : orders.get(orders.size() - 1).channel();
    }

    private static <K extends Comparable<K>> K mostFrequent(Map<K, Long> counts, K tieBreak) {
        long best = 0;
        for (long count : counts.values()) {
            best = Math.max(best, count);
        }
        if (tieBreak != null && counts.getOrDefault(tieBreak, 0L) == best) {
            return tieBreak;
        }
        K first = null;
        for (Map.Entry<K, Long> e : counts.entrySet()) {
            if (e.getValue() == best && (first == null || e.getKey().compareTo(first) < 0)) {
                first = e.getKey();
            }
        }
        return first;
    }

    private static <K extends Comparable<K>> List<Map.Entry<K, Long>> byCount(Map<K, Long> counts) {
        List<Map.Entry<K, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<K, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return entries;
    }

    private static List<String> sortedByCount(Map<String, Long> counts) {
        List<String> keys = new ArrayList<>(counts.size());
        byCount(counts).forEach(e -> keys.add(e.getKey()));
        return keys;
    }

    private static <K extends Comparable<K>> Map<K, Double> shares(Map<K, Long> counts, double total) {
        Map<K, Double> shares = new LinkedHashMap<>();
        byCount(counts).forEach(e -> shares.put(e.getKey(), share(e.getValue(), total)));
        return shares;
    }

    private static double share(long count, double total) {
        return total == 0 ? 0 : Math.round(10000 * count / total) / 10000.0;
    }

    /** "web:0.8|mobile:0.2" — compact and readable in SQL. */
    static <K> String mixText(Map<K, Double> mix) {
        StringBuilder text = new StringBuilder();
        mix.forEach((key, share) -> text.append(text.isEmpty() ? "" : "|").append(key).append(':').append(share));
        return text.toString();
    }
}
