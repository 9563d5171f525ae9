package com.scudo.demo;

import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.distribution.continuous.GammaDistribution;

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

    // A healthy small shop: a purchase every few months on average, about one in nine customers
    // leaving after any purchase. The personas are scored against the whole shop, these included.
    private static final double RATE_SHAPE = 1.5;
    private static final double RATE_SCALE_WEEKS = 17.6;
    private static final double LEAVE_A = 2.5;
    private static final double LEAVE_B = 20;
    private static final double HOLIDAY_LIFT = 1.6;
    private static final int FIRST_ORDER_WITHIN_DAYS = 1100;
    private static final double GENERATED_SPEND_CAP = 4000;

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
        for (int i = 0; i < Personas.ALL.size() + generatedCustomers; i++) {
            all.add(history(i));
        }
        return all;
    }

    /** The history of the shop's customer number {@code index}: the personas first, then the generated ones. */
    DemoHistory history(int index) {
        return index < Personas.ALL.size() ? persona(Personas.ALL.get(index)) : generated(customerId(index));
    }

    static String customerId(int index) {
        return index < Personas.ALL.size() ? Personas.ALL.get(index).id() : String.format("cust-%03d", index + 1);
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

        List<Integer> days = purchaseDays(random);
        // Generated customers stay below the VIP line, so the demo's VIP is the brief's one.
        double aov = Math.min(40 + random.nextInt(121), GENERATED_SPEND_CAP / days.size());
        int lastDaysAgo = days.get(days.size() - 1);
        int interactions = lastDaysAgo > 180 ? random.nextInt(2) : lastDaysAgo > 60 ? 1 + random.nextInt(5)
                : 4 + random.nextInt(12);
        BigDecimal total = BigDecimal.valueOf(aov * days.size()).setScale(2, RoundingMode.HALF_UP);
        int createdDaysAgo = days.get(0) + random.nextInt(10);
        return new DemoHistory(
                writer.customer(id, name, email, null, null, city[0], city[1], channel, categories, createdDaysAgo, List.of()),
                writer.orders(id, days, writer.amounts(total, days.size()), channel, categories, random.nextDouble() * 0.4, List.of()),
                writer.interactions(id, interactions, 90));
    }

    /**
     * Purchase days of one customer from the buy-till-you-die story the models assume: a personal
     * purchase rate (gamma across customers), a personal chance of leaving after each purchase (beta
     * across customers), and holiday-season peaks. Days are counted back from the as-of date, oldest first.
     */
    private List<Integer> purchaseDays(SplittableRandom random) {
        double rate = new GammaDistribution(RATE_SHAPE, 1 / RATE_SCALE_WEEKS).inverseCumulativeProbability(open(random));
        double leave = new BetaDistribution(LEAVE_A, LEAVE_B).inverseCumulativeProbability(open(random));
        int firstDaysAgo = 1 + random.nextInt(FIRST_ORDER_WITHIN_DAYS);
        List<Integer> days = new ArrayList<>();
        days.add(firstDaysAgo);
        double day = firstDaysAgo;
        // Thinning: candidates at the peak rate, kept at full rate in the holiday season and less otherwise.
        while (random.nextDouble() >= leave) {
            day -= 7 * -Math.log(open(random)) / (rate * HOLIDAY_LIFT);
            while (day > 0 && !keep(random, (int) Math.round(day))) {
                day -= 7 * -Math.log(open(random)) / (rate * HOLIDAY_LIFT);
            }
            if (day <= 0) {
                break;
            }
            int rounded = (int) Math.round(day);
            if (rounded < days.get(days.size() - 1)) {
                days.add(rounded);
            }
        }
        return days;
    }

    private boolean keep(SplittableRandom random, int daysAgo) {
        int month = asOf.minusDays(daysAgo).getMonthValue();
        double share = month == 11 || month == 12 ? 1.0 : 1.0 / HOLIDAY_LIFT;
        return random.nextDouble() < share;
    }

    private static double open(SplittableRandom random) {
        return Math.max(1e-9, random.nextDouble());
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
