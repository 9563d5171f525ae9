package com.scudo.assistant.internal;

import com.scudo.analytics.WorkspaceScores;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * "What was the best month for sales?": the shop's calendar months by revenue since the first order (or in the period
 * named), the best and the worst of the whole months; the running month counts only once it is over.
 */
final class BestMonths {
    private BestMonths() {
    }

    static String sentence(AnswerContext ctx, List<WorkspaceScores.DailyRevenue> days, String when) {
        YearMonth running = YearMonth.from(ctx.asOf());
        Map<YearMonth, BigDecimal> revenue = new TreeMap<>();
        Map<YearMonth, Long> orders = new TreeMap<>();
        for (WorkspaceScores.DailyRevenue d : days) {
            YearMonth month = YearMonth.from(d.date());
            if (month.isBefore(running)) {
                revenue.merge(month, d.revenue() == null ? BigDecimal.ZERO : d.revenue(), BigDecimal::add);
                orders.merge(month, d.orders(), Long::sum);
            }
        }
        if (revenue.isEmpty()) {
            return "No whole month with orders " + when + " yet, so no month stands out.";
        }
        List<YearMonth> ranked = revenue.keySet().stream()
                .sorted(Comparator.comparing((YearMonth m) -> revenue.get(m)).reversed()
                        .thenComparing(Comparator.<YearMonth>reverseOrder())).toList();
        DateTimeFormatter name = DateTimeFormatter.ofPattern("MMMM yyyy", ctx.figures().locale());
        YearMonth best = ranked.get(0);
        YearMonth worst = ranked.get(ranked.size() - 1);
        StringBuilder s = new StringBuilder("The best month ").append(when).append(" was ").append(name.format(best))
                .append(": ").append(ctx.money(revenue.get(best))).append(" from ").append(Words.count(orders.get(best), "order"));
        if (ranked.size() > 1) {
            s.append("; then ").append(String.join(", ", ranked.subList(1, Math.min(3, ranked.size())).stream()
                    .map(m -> name.format(m) + " " + ctx.money(revenue.get(m))).toList()));
            s.append(". The weakest was ").append(name.format(worst)).append(" (").append(ctx.money(revenue.get(worst)))
                    .append(", ").append(Words.count(orders.get(worst), "order")).append(")");
        }
        return s.append(". Whole months only, in the shop's calendar; ").append(Words.count(ranked.size(), "month"))
                .append(" compared.").toString();
    }
}
