package com.scudo.assistant.internal;

import com.scudo.shared.Figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "customers with a CLV above average", "who spent more than average", "below-average spenders": a figure against the
 * shop's own average of it, read when the question is asked, written into the filter as a number (the filter then
 * says exactly what was selected, and a saved segment keeps that threshold).
 */
final class AverageComparisons {

    /** The shop's average of a filter field (clv, total_spent, churn, aov, orders), or null when it has none. */
    @FunctionalInterface
    interface Averages {
        Averages NONE = field -> null;

        BigDecimal of(String field);
    }

    private static final String FIGURE = "(?<figure>clv|ltv|lifetime value|predicted value|customer value|total spend|spend"
            + "|spent|spending|churn(?: risk)?|aov|average order(?: value)?|basket size|orders|order count|number of orders)";
    private static final String SIDE = "(?<side>above|over|higher than|more than|greater than|bigger than|below|under"
            + "|lower than|less than|smaller than|beneath)";
    private static final Pattern FIGURE_FIRST = Pattern.compile("\\b(?:with |whose |who have |that have |having )?(?:an? )?"
            + FIGURE + "(?: is| are| that is| which is)? " + SIDE + " (?:the )?(?:shop'?s |store'?s |our )?average\\b");
    /** "who spent more than average", "ordered less than the average". */
    private static final Pattern VERB_FIRST = Pattern.compile("\\b(?:who |that )?(?:have |has )?(?<verb>spent|spend|spends"
            + "|ordered|order|orders|bought|buy|buys) (?<side>more|less|fewer) (?:than )?(?:the )?(?:average|avg)\\b");
    /** "above-average spenders", "below average clv". */
    private static final Pattern ADJECTIVE = Pattern.compile("\\b(?<side>above|below)[ -]average (?<figure>spenders?|spend"
            + "|clv|ltv|lifetime value|value|churn(?: risk)?|orders|order value|aov|customers)\\b");

    private AverageComparisons() {
    }

    static void find(String text, Figures figures, Averages averages, List<AttributeFilters.Found> found) {
        for (Matcher m = FIGURE_FIRST.matcher(text); m.find(); ) {
            add(m, field(m.group("figure")), above(m.group("side")), figures, averages, found);
        }
        for (Matcher m = VERB_FIRST.matcher(text); m.find(); ) {
            String field = m.group("verb").startsWith("order") ? "orders" : "total_spent";
            add(m, field, m.group("side").equals("more"), figures, averages, found);
        }
        for (Matcher m = ADJECTIVE.matcher(text); m.find(); ) {
            String figure = m.group("figure");
            add(m, figure.startsWith("customer") ? "total_spent" : field(figure), m.group("side").equals("above"), figures,
                    averages, found);
        }
    }

    private static void add(Matcher m, String field, boolean above, Figures figures, Averages averages,
                            List<AttributeFilters.Found> found) {
        BigDecimal average = averages.of(field);
        if (average == null) {
            return; // no average to compare with: the words stay unread and the answer says so
        }
        BigDecimal value = average.setScale("churn".equals(field) ? 4 : 2, RoundingMode.HALF_UP).stripTrailingZeros();
        String said = switch (field) {
            case "churn" -> figures.percent(average);
            case "orders" -> value.toPlainString() + " orders";
            default -> figures.money(average);
        };
        String name = switch (field) {
            case "clv" -> "a predicted 12-month value (CLV)";
            case "churn" -> "a churn risk";
            case "aov" -> "an average order value";
            case "orders" -> "a number of orders";
            default -> "a total spend";
        };
        found.add(new AttributeFilters.Found(m.start(), m.end(), new AttributeFilters.Part(field + (above ? " > " : " < ")
                + value.toPlainString(), "with " + name + (above ? " above" : " below") + " the shop's average (" + said + ")")));
    }

    private static String field(String figure) {
        String f = figure.toLowerCase(Locale.ROOT);
        if (f.startsWith("churn")) {
            return "churn";
        }
        if (f.equals("aov") || f.startsWith("average order") || f.equals("basket size") || f.equals("order value")) {
            return "aov";
        }
        if (f.contains("order")) {
            return "orders";
        }
        if (f.startsWith("spen") || f.equals("total spend")) {
            return "total_spent";
        }
        return "clv";
    }

    private static boolean above(String side) {
        return side.matches("above|over|higher than|more than|greater than|bigger than");
    }
}
