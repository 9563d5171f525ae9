package com.scudo.assistant.internal;

import com.scudo.analytics.WorkspaceScores;
import com.scudo.assistant.Interpretation;
import com.scudo.segment.Segments;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The shop-wide figures a merchant asks for in one sentence: the average order value, how the customers split across
 * the lifecycle stages, the repeat rate and the customers won in a period. Counts go through the segments' preview,
 * so each is what saving its filter as a segment would select.
 */
@Component
class ShopShares {
    private final WorkspaceScores scores;
    private final Segments segments;

    ShopShares(WorkspaceScores scores, Segments segments) {
        this.scores = scores;
        this.segments = segments;
    }

    /** "Average order value: $115 (672 orders, $77,365 since the first order)." */
    String orderValue(AnswerContext ctx, Takings all) {
        if (all.orders() == 0) {
            return "No orders yet, so no average order value.";
        }
        BigDecimal median = scores.medianOrderValue(ctx.workspace());
        return "Average order value: " + ctx.money(all.perOrder()) + " (" + Words.count(all.orders(), "order") + ", "
                + ctx.money(all.revenue()) + " since the first order)" + (median == null ? "" : "; the median order is "
                + ctx.money(median) + ", half the orders below it and half above") + ".";
    }

    /** "Of 100 scored customers: Dormant 46 (46%), Active 25 (25%), …" largest stage first. */
    String lifecycleMix(AnswerContext ctx) {
        List<WorkspaceScores.Lifecycle> stages = scores.lifecycles(ctx.workspace());
        long scored = stages.stream().mapToLong(WorkspaceScores.Lifecycle::customers).sum();
        if (scored == 0) {
            return "No customer is scored yet: run the analytics to see the lifecycle stages.";
        }
        List<String> parts = new ArrayList<>();
        String asked = "";
        String question = Utterance.of(ctx.question()).text();
        for (WorkspaceScores.Lifecycle stage : stages) {
            String share = ctx.percent(share(stage.customers(), scored));
            parts.add(stage.lifecycle() + " " + stage.customers() + " (" + share + ")");
            String name = stage.lifecycle().toLowerCase(java.util.Locale.ROOT).replace('-', ' ');
            if (asked.isEmpty() && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(name) + "s?\\b")
                    .matcher(question).find()) {
                // "What percentage of customers are dormant?": that stage first
                asked = share + " of your scored customers are " + stage.lifecycle() + " (" + stage.customers() + " of "
                        + scored + "). ";
            }
        }
        return asked + "By lifecycle stage: " + String.join(", ", parts) + ".";
    }

    /** "52 of 100 customers (52%) have ordered more than once." */
    String repeatRate(AnswerContext ctx, long customers) {
        long buyers = segments.preview(ctx.workspace(), "orders >= 1").customers();
        long repeat = segments.preview(ctx.workspace(), "orders >= 2").customers();
        if (buyers == 0) {
            return "No customer has ordered yet, so there is no repeat rate.";
        }
        return "Repeat purchase rate " + ctx.percent(share(repeat, buyers)) + ": " + repeat + " of the "
                + Words.count(buyers, "customer") + " who have ordered did so more than once"
                + (customers > buyers ? " (" + (customers - buyers) + " more have not ordered yet)." : ".");
    }

    /** "New customers in November 2026 (first order in the period): 6, who spent …" or, without a period, the last 30 days. */
    String newCustomers(AnswerContext ctx, Interpretation.Period period) {
        java.time.LocalDate from = period == null ? ctx.asOf().minusDays(29) : period.from();
        java.time.LocalDate until = period == null ? ctx.asOf().plusDays(1) : period.until();
        String words = period == null ? "in the last 30 days" : period.words();
        var preview = segments.preview(ctx.workspace(), "first_order >= " + from + " and first_order < " + until);
        long won = preview.customers();
        // "What's the CLV of the customers who joined this year?": their value beside their count
        String worth = won == 0 ? "" : " " + Words.verb(won, "It has", "They have") + " spent " + ctx.money(preview.totalValue())
                + " so far, average churn risk " + ctx.percent(preview.averageChurn()) + ", average predicted 12-month value "
                + ctx.money(preview.averageClv()) + ".";
        return "New customers " + words + " (first order from " + ctx.date(from) + " to " + ctx.date(until.minusDays(1))
                + "): " + won + "." + worth + " Filter: first_order >= " + from + " and first_order < " + until + ".";
    }

    /**
     * "Customers who order again do so every 34 days on average (median 28), over the 88 who ordered on two days or
     * more." The days between orders come from the last run's behaviour.
     */
    String orderGaps(AnswerContext ctx) {
        WorkspaceScores.OrderGaps gaps = scores.orderGaps(ctx.workspace());
        if (gaps.repeatCustomers() == 0 || gaps.averageDays() == null) {
            return "No customer has ordered on two different days yet (or the analytics have not run), so there is no "
                    + "time between orders to tell.";
        }
        return "Customers who order again do so every " + days(gaps.averageDays()) + " on average (median "
                + days(gaps.medianDays()) + "), over the " + Words.count(gaps.repeatCustomers(), "customer")
                + " who ordered on two days or more.";
    }

    private static String days(BigDecimal days) {
        long whole = days.setScale(0, RoundingMode.HALF_UP).longValue();
        return Words.count(whole, "day");
    }

    private static BigDecimal share(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
    /** Places shown by "how many customers in each city": the most customers first. */
    private static final int PLACES_SHOWN = 10;

    /** "By city: Seattle 10 customers ($7,982 spent), New York 9 ($6,100), …; 12 more cities, and 3 customers without a city." */
    String byPlace(AnswerContext ctx, String level, long customers, boolean bySpend) {
        List<WorkspaceScores.PlaceCustomers> places = new ArrayList<>(scores.customersByPlace(ctx.workspace(), level));
        if (bySpend) {
            // what the customers of each place spent in all (lifetime, net of refunds), most first
            places.sort(java.util.Comparator.comparing(WorkspaceScores.PlaceCustomers::spent).reversed()
                    .thenComparing(WorkspaceScores.PlaceCustomers::place));
        }
        String plural = switch (level) {
            case "city" -> "cities";
            case "country" -> "countries";
            default -> "regions";
        };
        if (places.isEmpty()) {
            return "No customer's profile gives a " + level + " yet.";
        }
        List<String> parts = new ArrayList<>();
        long placed = 0;
        for (int i = 0; i < places.size(); i++) {
            WorkspaceScores.PlaceCustomers p = places.get(i);
            placed += p.customers();
            if (i < PLACES_SHOWN && bySpend) {
                parts.add(p.place() + " " + ctx.money(p.spent()) + (i == 0 ? " spent by " + Words.count(p.customers(), "customer")
                        : " (" + p.customers() + ")"));
            } else if (i < PLACES_SHOWN) {
                parts.add(p.place() + " " + (i == 0 ? Words.count(p.customers(), "customer") + " (" + ctx.money(p.spent())
                        + " spent)" : p.customers() + " (" + ctx.money(p.spent()) + ")"));
            }
        }
        StringBuilder s = new StringBuilder(bySpend ? "Spend by " + level + " (what its customers have spent in all): "
                : "By " + level + ": ").append(String.join(", ", parts));
        if (places.size() > PLACES_SHOWN) {
            s.append("; ").append(places.size() - PLACES_SHOWN).append(" more ").append(plural);
        }
        long without = customers - placed;
        if (without > 0) {
            s.append(places.size() > PLACES_SHOWN ? ", and " : "; ").append(Words.count(without, "customer"))
                    .append(" without a ").append(level);
        }
        return s.append(".").toString();
    }
    /** Days averaged over by "orders per day" besides the whole history: the last four weeks. */
    private static final int RECENT_DAYS = 28;

    /** "Since the first order (Dec 3, 2022 – Dec 7, 2026): 0.46 orders and $53 a day; in the last 28 days 1.1 and $128." */
    static String perDay(AnswerContext ctx, List<WorkspaceScores.DailyRevenue> days, Interpretation.Period period) {
        if (days.isEmpty()) {
            return "No orders yet, so no daily figures.";
        }
        java.time.LocalDate from = period == null ? days.get(0).date() : period.from();
        java.time.LocalDate until = period == null ? ctx.asOf().plusDays(1) : period.until();
        StringBuilder s = new StringBuilder(period == null ? "Since the first order (" : Words.capitalise(period.words()) + " (")
                .append(ctx.figures().date(from)).append(" – ").append(ctx.figures().date(until.minusDays(1))).append("): ")
                .append(daily(ctx, Takings.of(Takings.between(days, from, until)), from, until));
        if (period == null) {
            java.time.LocalDate recent = until.minusDays(RECENT_DAYS);
            s.append("; in the last ").append(RECENT_DAYS).append(" days ")
                    .append(daily(ctx, Takings.of(Takings.between(days, recent, until)), recent, until));
        }
        return s.append(" (days in the shop's time zone).").toString();
    }

    private static String daily(AnswerContext ctx, Takings t, java.time.LocalDate from, java.time.LocalDate until) {
        long n = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(from, until));
        BigDecimal orders = BigDecimal.valueOf(t.orders()).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
        return orders.stripTrailingZeros().toPlainString() + " orders and "
                + ctx.money(t.revenue().divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP)) + " a day";
    }
    /** "Customers with orders: 88; they placed 7.6 orders each on average (672 orders; median …)." */
    String ordersPerCustomer(AnswerContext ctx, Takings all) {
        long buyers = segments.preview(ctx.workspace(), "orders >= 1").customers();
        if (buyers == 0) {
            return "No customer has ordered yet.";
        }
        BigDecimal each = BigDecimal.valueOf(all.orders()).divide(BigDecimal.valueOf(buyers), 1, RoundingMode.HALF_UP);
        return "On average a customer who has ordered placed " + each.stripTrailingZeros().toPlainString() + " orders ("
                + Words.count(all.orders(), "order") + " by " + Words.count(buyers, "customer") + " since the first order).";
    }

    /** What a customer who has ordered brought in, on average, since the first order (net, reporting currency). */
    String revenuePerCustomer(AnswerContext ctx, Takings all) {
        long buyers = segments.preview(ctx.workspace(), "orders >= 1").customers();
        if (buyers == 0) {
            return "No customer has ordered yet.";
        }
        return "Revenue per customer: " + ctx.money(all.revenue().divide(BigDecimal.valueOf(buyers), 2, RoundingMode.HALF_UP))
                + " on average (" + ctx.money(all.revenue()) + " from " + Words.count(buyers, "customer")
                + " who have ordered, since the first order).";
    }

    /** "23 customers ordered last week." (the sentence before it gives the period's dates), or since the first order. */
    String customersWhoOrdered(AnswerContext ctx, Interpretation.Period period) {
        if (period == null) {
            long n = segments.preview(ctx.workspace(), "orders >= 1").customers();
            return Words.count(n, "customer") + " ordered since the first order.";
        }
        long n = scores.customersWhoOrdered(ctx.workspace(), ctx.figures().timeZone(), period.from(), period.until());
        return Words.count(n, "customer") + " ordered " + period.words() + ".";
    }
}
