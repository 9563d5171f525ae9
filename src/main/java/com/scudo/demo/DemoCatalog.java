package com.scudo.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The demo shop: the brief's ten personas plus generated customers of common kinds (regulars,
 * occasional buyers, one-time buyers, lapsed, new, holiday shoppers). The same seed and as-of date
 * give the same shop; each customer has its own random stream, so adding customers changes no one else.
 */
final class DemoCatalog {
    private static final String[] FIRST = {"Liam", "Noah", "Ava", "Mia", "Lucas", "Zoe", "Ethan", "Chloe", "Mateo", "Nora",
            "Owen", "Ivy", "Leo", "Grace", "Hugo", "Maya", "Elena", "Omar", "Priya", "Jonas", "Hannah", "Kenji", "Lena", "Tariq"};
    private static final String[] LAST = {"Garcia", "Nguyen", "Smith", "Khan", "Rossi", "Novak", "Okafor", "Silva", "Weber",
            "Cohen", "Murphy", "Tanaka", "Larsen", "Dubois", "Moreau", "Fischer", "Haddad", "Reyes", "Ivanova", "Walsh"};
    private static final String[][] CITIES = {{"New York", "NY"}, {"Los Angeles", "CA"}, {"Chicago", "IL"}, {"Houston", "TX"},
            {"Atlanta", "GA"}, {"Seattle", "WA"}, {"Denver", "CO"}, {"Boston", "MA"}, {"Nashville", "TN"}, {"San Diego", "CA"}};
    private static final String[] CATEGORIES = {"fashion", "home", "electronics", "beauty", "sports", "books", "garden",
            "basics", "toys", "gifts", "outdoor", "accessories"};
    private static final String[] CHANNELS = {"web", "web", "web", "web", "mobile", "mobile", "mobile", "store", "store", "phone"};

    private final LocalDate asOf;
    private final Instant now;
    private final long seed;

    DemoCatalog(LocalDate asOf, Instant now, long seed) {
        this.asOf = asOf;
        this.now = now;
        this.seed = seed;
    }

    List<DemoHistory> histories(int generatedCustomers) {
        List<DemoHistory> all = new ArrayList<>();
        Personas.ALL.forEach(p -> all.add(persona(p)));
        for (int i = 0; i < generatedCustomers; i++) {
            all.add(generated(String.format("cust-%03d", Personas.ALL.size() + i + 1)));
        }
        return all;
    }

    private DemoHistory persona(Persona p) {
        HistoryWriter writer = writerFor(p.id());
        List<Integer> days = p.seasonal() ? writer.seasonalDays(p.orders())
                : writer.evenDays(p.orders(), p.firstOrderDaysAgo(), p.lastOrderDaysAgo());
        int createdDaysAgo = days.get(0) + 3;
        int engagement = p.lastOrderDaysAgo() > 180 ? 1 : p.lastOrderDaysAgo() > 60 ? 4 : 16;
        return new DemoHistory(
                writer.customer(p.id(), p.name(), p.email(), p.phone(), p.company(), p.city(), p.region(),
                        p.preferredChannel(), p.categories(), createdDaysAgo, p.company() == null ? List.of() : List.of("b2b")),
                writer.orders(p.id(), days, writer.amounts(p.totalSpent(), days.size()), p.orderChannel(), p.categories(),
                        p.discountShare(), p.flags()),
                writer.interactions(p.id(), engagement, Math.max(30, Math.min(120, p.firstOrderDaysAgo()))));
    }

    private DemoHistory generated(String id) {
        SplittableRandom random = randomFor(id);
        HistoryWriter writer = new HistoryWriter(asOf, now, random);
        String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        String email = name.toLowerCase().replace(' ', '.') + "." + id.substring(5) + "@example.com";
        String[] city = CITIES[random.nextInt(CITIES.length)];
        String channel = CHANNELS[random.nextInt(CHANNELS.length)];
        List<String> categories = pickCategories(random);

        double kind = random.nextDouble();
        List<Integer> days;
        double aov;
        int interactions;
        if (kind < 0.25) { // regular
            int count = 4 + random.nextInt(12);
            int spacing = 25 + random.nextInt(36);
            int last = 2 + random.nextInt(39);
            days = writer.evenDays(count, last + spacing * (count - 1), last);
            aov = 35 + random.nextInt(55);
            interactions = 6 + random.nextInt(10);
        } else if (kind < 0.45) { // occasional
            int count = 2 + random.nextInt(4);
            int spacing = 60 + random.nextInt(91);
            int last = 30 + random.nextInt(171);
            days = writer.evenDays(count, last + spacing * (count - 1), last);
            aov = 30 + random.nextInt(60);
            interactions = 2 + random.nextInt(6);
        } else if (kind < 0.65) { // one-time buyer
            days = List.of(10 + random.nextInt(490));
            aov = 25 + random.nextInt(95);
            interactions = random.nextInt(4);
        } else if (kind < 0.80) { // lapsed
            int count = 3 + random.nextInt(7);
            int spacing = 30 + random.nextInt(31);
            int last = 150 + random.nextInt(351);
            days = writer.evenDays(count, last + spacing * (count - 1), last);
            aov = 30 + random.nextInt(60);
            interactions = random.nextInt(2);
        } else if (kind < 0.90) { // new
            int first = 5 + random.nextInt(25);
            days = random.nextBoolean() ? List.of(first) : List.of(first, Math.max(0, first - 3 - random.nextInt(10)));
            aov = 30 + random.nextInt(70);
            interactions = 2 + random.nextInt(5);
        } else { // holiday shopper
            days = writer.seasonalDays(2 + random.nextInt(5));
            aov = 45 + random.nextInt(60);
            interactions = 1 + random.nextInt(4);
            if (days.isEmpty()) {
                days = List.of(30 + random.nextInt(300));
            }
        }
        BigDecimal total = BigDecimal.valueOf(aov * days.size()).setScale(2, RoundingMode.HALF_UP);
        int createdDaysAgo = days.get(0) + random.nextInt(10);
        return new DemoHistory(
                writer.customer(id, name, email, null, null, city[0], city[1], channel, categories, createdDaysAgo, List.of()),
                writer.orders(id, days, writer.amounts(total, days.size()), channel, categories, random.nextDouble() * 0.4, List.of()),
                writer.interactions(id, interactions, 90));
    }

    private static List<String> pickCategories(SplittableRandom random) {
        List<String> picked = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        while (picked.size() < count) {
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            if (!picked.contains(category)) {
                picked.add(category);
            }
        }
        return picked;
    }

    private HistoryWriter writerFor(String id) {
        return new HistoryWriter(asOf, now, randomFor(id));
    }

    private SplittableRandom randomFor(String id) {
        return new SplittableRandom(seed * 31 + id.hashCode());
    }
}
