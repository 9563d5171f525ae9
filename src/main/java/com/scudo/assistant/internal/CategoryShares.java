package com.scudo.assistant.internal;

import com.scudo.analytics.WorkspaceScores;
import com.scudo.assistant.Interpretation;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Which categories sell best?", "What do VIP customers buy?": revenue by product category from the orders, of the
 * period named, and of one lifecycle list when the question names it.
 */
@Component
class CategoryShares {
    /** A lifecycle list a category question names, and the rule that selects it (its one meaning everywhere). */
    private record Group(String words, String rule) {
        static Group of(String said) {
            return switch (said) {
                case "vip", "vips" -> new Group("VIP customers", ListAnswers.VIP_RULE);
                case "at risk", "at-risk" -> new Group("at-risk customers", com.scudo.analytics.AtRisk.FILTER);
                case "dormant", "lapsed", "inactive" -> new Group("dormant customers", ListAnswers.WIN_BACK_RULE);
                case "new" -> new Group("new customers", "lifecycle = \"New\"");
                default -> new Group("active customers", "lifecycle = \"Active\"");
            };
        }
    }

    private static final Pattern GROUP = Pattern.compile("\\b(?<group>vips?|at risk|at-risk|dormant|lapsed|inactive|new"
            + "|active)(?= (customers|buyers|clients|shoppers)\\b)|\\b(among|by|for|with|of|from) (our |my |the )?"
            + "(?<group2>vips?|dormant|at risk)\\b");

    /** Categories named in a sentence; the rest are counted. */
    private static final int SHOWN = 8;

    private final WorkspaceScores scores;

    CategoryShares(WorkspaceScores scores) {
        this.scores = scores;
    }

    /**
     * "By product category since the first order: fashion $30,100 in 250 orders (39%), …" An order of two categories
     * counts in both; products are kept by category in the analytical store, so that is how they are ranked.
     * {@code total} is the revenue of every order in the period, the shares' base.
     */
    String categories(AnswerContext ctx, Interpretation.Period period, BigDecimal total) {
        // "what do VIP customers buy", "most popular products among dormant customers": that list's orders only
        Matcher named = GROUP.matcher(Utterance.of(ctx.question()).text());
        Group group = named.find() ? Group.of(named.group("group") != null ? named.group("group") : named.group("group2"))
                : null;
        List<WorkspaceScores.CategoryRevenue> all = scores.revenueByCategory(ctx.workspace(), ctx.figures().timeZone(),
                period == null ? null : period.from(), period == null ? null : period.until(),
                group == null ? null : FactsQueries.idsMatching(ctx.workspace(), group.rule(), ctx.asOf()));
        if (all.isEmpty()) {
            return "No order" + (group == null ? "" : " of " + group.words()) + " names a product category"
                    + (period == null ? " yet." : " " + period.words() + ".");
        }
        // a list's orders are part of the period's revenue: their shares of it would mislead, so none
        boolean share = group == null && total.signum() > 0;
        List<String> parts = new ArrayList<>();
        for (WorkspaceScores.CategoryRevenue c : all.subList(0, Math.min(SHOWN, all.size()))) {
            parts.add(c.category() + " " + ctx.money(c.revenue()) + " in " + Words.count(c.orders(), "order")
                    + (share ? " (" + ctx.percent(c.revenue().divide(total, 4, RoundingMode.HALF_UP)) + ")" : ""));
        }
        String listed = String.join(", ", parts) + (all.size() > SHOWN ? " and " + (all.size() - SHOWN) + " more" : "");
        if (group != null) {
            return "What " + group.words() + " buy " + (period == null ? "(all their orders)" : period.words()) + ": "
                    + listed + "; " + all.get(0).category() + " the most. An order of several categories counts in each."
                    + " The list is today's " + group.words() + " (" + group.rule() + ").";
        }
        return "Best-selling product categories " + (period == null ? "since the first order" : period.words()) + ": "
                + listed + "; " + all.get(0).category() + " sells the most. An order of several categories counts in each,"
                + " so the shares of revenue add up to more than 100%.";
    }
}
