package com.scudo.demo;

import com.scudo.ingest.CustomerCommand;
import com.scudo.ingest.InteractionCommand;
import com.scudo.ingest.OrderCommand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Writes one customer's orders and interactions from a shape: dates, amounts that add up exactly, items. */
final class HistoryWriter {
    private final LocalDate asOf;
    private final Instant latest;
    private final SplittableRandom random;

    HistoryWriter(LocalDate asOf, Instant now, SplittableRandom random) {
        this.asOf = asOf;
        Instant endOfAsOf = asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
        this.latest = now.isBefore(endOfAsOf) ? now.minus(1, ChronoUnit.MINUTES) : endOfAsOf;
        this.random = random;
    }

    /** Order days spread evenly from {@code firstDaysAgo} to {@code lastDaysAgo}, with a little jitter. */
    List<Integer> evenDays(int count, int firstDaysAgo, int lastDaysAgo) {
        List<Integer> days = new ArrayList<>();
        if (count == 1) {
            days.add(lastDaysAgo);
            return days;
        }
        double spacing = (firstDaysAgo - lastDaysAgo) / (double) (count - 1);
        for (int i = 0; i < count; i++) {
            double day = firstDaysAgo - spacing * i;
            if (i > 0 && i < count - 1) {
                day += (random.nextDouble() - 0.5) * spacing * 0.5;
            }
            days.add((int) Math.round(day));
        }
        return days;
    }

    /** Order days inside the late-November to December season of recent years, before the as-of date. */
    List<Integer> seasonalDays(int count) {
        List<Integer> days = new ArrayList<>();
        int year = asOf.getYear();
        while (days.size() < count && year > asOf.getYear() - 6) {
            LocalDate start = LocalDate.of(year, 11, 15);
            for (int k = 0; k < 3 && days.size() < count; k++) {
                LocalDate date = start.plusDays(random.nextInt(40));
                long daysAgo = ChronoUnit.DAYS.between(date, asOf);
                if (daysAgo >= 0) {
                    days.add((int) daysAgo);
                }
            }
            year--;
        }
        days.sort((a, b) -> b - a);
        return days;
    }

    /** Splits {@code total} into {@code count} amounts that vary by about ±30 % and add up exactly. */
    List<BigDecimal> amounts(BigDecimal total, int count) {
        double[] weights = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            weights[i] = 0.7 + 0.6 * random.nextDouble();
            sum += weights[i];
        }
        List<BigDecimal> amounts = new ArrayList<>();
        BigDecimal remaining = total;
        for (int i = 0; i < count - 1; i++) {
            BigDecimal amount = total.multiply(BigDecimal.valueOf(weights[i] / sum)).setScale(2, RoundingMode.HALF_UP);
            amounts.add(amount);
            remaining = remaining.subtract(amount);
        }
        amounts.add(remaining);
        return amounts;
    }

    List<OrderCommand> orders(String customerId, List<Integer> daysAgo, List<BigDecimal> amounts, String channel,
                              List<String> categories, double discountShare, List<String> flags) {
        List<OrderCommand> orders = new ArrayList<>();
        for (int i = 0; i < daysAgo.size(); i++) {
            Instant at = timeOn(daysAgo.get(i));
            BigDecimal amount = amounts.get(i);
            BigDecimal discount = random.nextDouble() < discountShare
                    ? amount.multiply(BigDecimal.valueOf(0.10 + 0.1 * random.nextDouble())).setScale(2, RoundingMode.HALF_UP)
                    : BigDecimal.ZERO;
            List<String> orderFlags = new ArrayList<>(flags);
            orderFlags.remove("first_order");
            if (i == 0) {
                orderFlags.add("first_order");
            }
            int month = at.atZone(ZoneOffset.UTC).getMonthValue();
            if ((month == 11 || month == 12) && !orderFlags.contains("seasonal")) {
                orderFlags.add("seasonal");
            }
            orders.add(new OrderCommand(String.format("%s-o%03d", customerId, i + 1), customerId, at.toString(), amount,
                    "USD", discount, channel, items(customerId, i, amount, categories, flags.contains("bulk")), orderFlags));
        }
        return orders;
    }

    List<InteractionCommand> interactions(String customerId, int count, int withinDays) {
        List<InteractionCommand> result = new ArrayList<>();
        String[] types = {"email_open", "email_open", "email_click", "site_visit", "site_visit", "campaign_response", "support_ticket"};
        for (int i = 0; i < count; i++) {
            String type = types[random.nextInt(types.length)];
            String channel = type.startsWith("email") || type.startsWith("campaign") ? "email" : "web";
            result.add(new InteractionCommand(String.format("%s-i%03d", customerId, i + 1), customerId, type, channel,
                    timeOn(random.nextInt(Math.max(1, withinDays))).toString(), null));
        }
        return result;
    }

    CustomerCommand customer(String id, String name, String email, String phone, String company, String city,
                             String region, String preferredChannel, List<String> categories, int createdDaysAgo,
                             List<String> tags) {
        return new CustomerCommand(id, name, email, phone, company, city, region, "US",
                new CustomerCommand.Preferences(preferredChannel, categories, true, random.nextDouble() < 0.4),
                tags, timeOn(createdDaysAgo).truncatedTo(ChronoUnit.DAYS).toString());
    }

    private List<OrderCommand.Item> items(String customerId, int orderIndex, BigDecimal amount, List<String> categories,
                                          boolean bulk) {
        int count = 1 + random.nextInt(Math.min(3, categories.size()));
        List<OrderCommand.Item> items = new ArrayList<>();
        BigDecimal remaining = amount;
        for (int k = 0; k < count; k++) {
            String category = categories.get((orderIndex + k) % categories.size());
            BigDecimal line = k == count - 1 ? remaining
                    : amount.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
            remaining = remaining.subtract(line);
            int quantity = bulk ? 5 + random.nextInt(16) : 1;
            items.add(new OrderCommand.Item(String.format("%s-%03d", category.toUpperCase().substring(0, 3), random.nextInt(200)),
                    null, category, quantity, line.divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP)));
        }
        return items;
    }

    private Instant timeOn(int daysAgo) {
        LocalTime time = LocalTime.of(8 + random.nextInt(13), random.nextInt(60));
        Instant at = asOf.minusDays(daysAgo).atTime(time).toInstant(ZoneOffset.UTC);
        return at.isAfter(latest) ? latest.truncatedTo(ChronoUnit.SECONDS) : at;
    }
}
