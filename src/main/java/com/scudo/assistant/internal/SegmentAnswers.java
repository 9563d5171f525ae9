package com.scudo.assistant.internal;

import com.scudo.shared.DisplayName;
import com.scudo.assistant.ActionItem;
import com.scudo.assistant.ActionsCard;
import com.scudo.assistant.CustomerRow;
import com.scudo.assistant.SegmentCard;
import com.scudo.assistant.SegmentTableCard;
import com.scudo.assistant.StagedAnswer;
import com.scudo.assistant.StagedAnswer.CardSource;
import com.scudo.segment.SegmentMember;
import com.scudo.segment.SegmentStats;
import com.scudo.segment.SegmentSummary;
import com.scudo.segment.Segments;
import com.scudo.segment.filter.Filters;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Questions about segments: one segment's figures, the list of segments, and segments side by side. */
@Component
class SegmentAnswers {
    static final int TOP_MEMBERS = 5;
    private final Segments segments;
    private final FactsQueries facts;
    private final ActionLookup actions;

    SegmentAnswers(Segments segments, FactsQueries facts, ActionLookup actions) {
        this.segments = segments;
        this.facts = facts;
        this.actions = actions;
    }

    StagedAnswer analyse(AnswerContext ctx) {
        SegmentSummary s = ctx.segment(ctx.interpretation().segment()).orElseThrow();
        SegmentStats stats = s.stats();
        List<CardSource> cards = new ArrayList<>();
        cards.add(() -> {
            List<CustomerRow> top = segments.members(ctx.workspace(), s.segment().id(), "-total_spent", TOP_MEMBERS, null)
                    .members().stream().map(SegmentAnswers::row).toList();
            return Optional.of(new SegmentCard(s.segment().name(), s.segment().id().value(), s.segment().name(),
                    s.segment().description(), s.segment().rule(), stats.customers(), stats.primaryCustomers(),
                    stats.totalValue(), stats.averageValue(), stats.averageChurn(), stats.averageClv(), top));
        });
        cards.add(() -> {
            List<ActionItem> items = actions.forSegment(ctx.workspace(), s.segment().id().value());
            return items.isEmpty() ? Optional.empty()
                    : Optional.of(new ActionsCard("Recommended actions for " + s.segment().name(), items));
        });
        return new StagedAnswer(ctx.question(), ctx.interpretation(), segmentInsight(ctx, s), cards,
                membersQuery(List.of(s)), "rules");
    }

    StagedAnswer list(AnswerContext ctx) {
        List<SegmentSummary> all = ctx.segments();
        List<SegmentSummary> withCustomers = all.stream().filter(s -> s.stats().customers() > 0).toList();
        String insight;
        if (withCustomers.isEmpty()) {
            insight = Words.count(all.size(), "segment") + ", none with customers yet: run the analytics to assign them.";
        } else {
            SegmentSummary largest = withCustomers.stream().max(Comparator.comparingLong(s -> s.stats().customers())).get();
            SegmentSummary richest = withCustomers.stream().filter(s -> s.stats().averageValue() != null)
                    .max(Comparator.comparing(s -> s.stats().averageValue())).orElse(largest);
            insight = asked(ctx, withCustomers) + Words.count(all.size(), "segment") + ", " + withCustomers.size()
                    + " with customers: the largest is "
                    + largest.segment().name() + " (" + Words.count(largest.stats().customers(), "customer")
                    + ") and the most valuable per customer is " + richest.segment().name() + " ("
                    + ctx.money(richest.stats().averageValue()) + " on average).";
        }
        return new StagedAnswer(ctx.question(), ctx.interpretation(), insight, List.of(CardSource.of(
                new SegmentTableCard("Segments", all.stream().map(SegmentAnswers::tableRow).toList()))), null, "rules");
    }

    private static final Pattern CHURN_WORDS = Pattern.compile("\\b(churn\\w*|risk\\w*)\\b");
    private static final Pattern CLV_WORDS = Pattern.compile("\\b(clv|ltv|lifetime value|predicted"
            + " value|future value)\\b");
    private static final Pattern LOWEST = Pattern.compile("\\b(lowest|least|smallest|fewest|worst)\\b");
    private static final Pattern EACH = Pattern.compile("\\b(by|per|each|every|for each|in each) segment\\b");

    /**
     * What the question asked of the segments, first: "Which segment has the highest churn?" names it, "Average CLV by
     * segment" gives each segment's; empty when it asked for none of these.
     */
    private static String asked(AnswerContext ctx, List<SegmentSummary> withCustomers) {
        String q = Utterance.of(ctx.question()).text();
        boolean churn = CHURN_WORDS.matcher(q).find();
        boolean clv = !churn && CLV_WORDS.matcher(q).find();
        if (!churn && !clv) {
            return "";
        }
        Function<SegmentSummary, BigDecimal> figure = s -> churn ? s.stats().averageChurn() : s.stats().averageClv();
        Function<BigDecimal, String> said = v -> churn ? ctx.percent(v) : ctx.money(v);
        String name = churn ? "average churn risk" : "average predicted 12-month value (CLV)";
        List<SegmentSummary> ranked = withCustomers.stream().filter(s -> figure.apply(s) != null)
                .sorted(Comparator.comparing(figure).reversed()).toList();
        if (ranked.isEmpty()) {
            return "No segment is scored yet. ";
        }
        if (EACH.matcher(q).find()) {
            return Words.capitalise(name) + " by segment, highest first: " + String.join(", ", ranked.stream()
                    .map(s -> s.segment().name() + " " + said.apply(figure.apply(s))).toList()) + ". ";
        }
        boolean lowest = LOWEST.matcher(q).find();
        SegmentSummary pick = lowest ? ranked.get(ranked.size() - 1) : ranked.get(0);
        return pick.segment().name() + " has the " + (lowest ? "lowest " : "highest ") + name + ": "
                + said.apply(figure.apply(pick)) + " over " + Words.count(pick.stats().customers(), "customer") + ". ";
    }

    StagedAnswer compare(AnswerContext ctx) {
        List<SegmentSummary> chosen = ctx.interpretation().segments().stream().map(ctx::segment)
                .flatMap(java.util.Optional::stream).toList();
        if (chosen.size() < 2) {
            chosen = ctx.segments().stream().filter(s -> s.stats().customers() > 0).toList();
        }
        String insight;
        if (chosen.size() < 2) {
            insight = "There are not two segments with customers to compare yet.";
        } else if (chosen.size() == 2) {
            SegmentSummary a = chosen.get(0);
            SegmentSummary b = chosen.get(1);
            insight = a.segment().name() + " (" + Words.count(a.stats().customers(), "customer") + ") are worth "
                    + ctx.money(a.stats().averageValue()) + " on average against " + ctx.money(b.stats().averageValue())
                    + " for " + b.segment().name() + " (" + Words.count(b.stats().customers(), "customer")
                    + "), with " + ctx.percent(a.stats().averageChurn()) + " against "
                    + ctx.percent(b.stats().averageChurn()) + " average churn risk.";
        } else {
            SegmentSummary richest = max(chosen, Comparator.comparing(s -> s.stats().averageValue(),
                    Comparator.nullsFirst(Comparator.naturalOrder())));
            SegmentSummary riskiest = max(chosen, Comparator.comparing(s -> s.stats().averageChurn(),
                    Comparator.nullsFirst(Comparator.naturalOrder())));
            insight = "Across " + Words.count(chosen.size(), "segment") + ", " + richest.segment().name()
                    + " has the highest average value (" + ctx.money(richest.stats().averageValue()) + ") and "
                    + riskiest.segment().name() + " the highest average churn risk ("
                    + ctx.percent(riskiest.stats().averageChurn()) + ").";
        }
        List<SegmentSummary> shown = chosen;
        return new StagedAnswer(ctx.question(), ctx.interpretation(), insight, List.of(CardSource.of(
                new SegmentTableCard("Segments compared", shown.stream().map(SegmentAnswers::tableRow).toList()))),
                shown.isEmpty() ? null : membersQuery(shown), "rules");
    }

    /** "Business buyers: 1 customer, $4,800 average value, 10% average churn risk: a high-value segment with ..." */
    private String segmentInsight(AnswerContext ctx, SegmentSummary s) {
        SegmentStats stats = s.stats();
        if (stats.customers() == 0) {
            return s.segment().name() + " has no customers right now (rule: " + s.segment().rule() + ").";
        }
        FactsQueries.Totals shop = facts.totals(ctx.workspace(), Filters.parse("orders >= 1"), ctx.asOf());
        String value = level(stats.averageValue(), shop.averageSpent());
        List<String> traits = new ArrayList<>();
        if (stats.averageChurn() != null) {
            traits.add(Words.churnLevel(stats.averageChurn()) + " churn");
        }
        if (stats.averageClv() != null && shop.averageClv() != null && stats.averageChurn() != null
                && stats.averageChurn().doubleValue() < 0.25 && stats.averageClv().compareTo(shop.averageClv()) > 0) {
            traits.add("growth potential");
        }
        if (stats.averageChurn() != null && stats.averageChurn().doubleValue() >= 0.25) {
            traits.add("a need for retention");
        }
        return s.segment().name() + ": " + Words.count(stats.customers(), "customer") + ", "
                + ctx.money(stats.averageValue()) + " average value, " + ctx.percent(stats.averageChurn())
                + " average churn risk. " + Words.capitalise(value) + " segment"
                + (traits.isEmpty() ? "" : " with " + Words.and(traits)) + ".";
    }

    /** High-value at 1.5 times the shop's average customer or more, low-value at two thirds or less. */
    private static String level(BigDecimal segmentAverage, BigDecimal shopAverage) {
        if (segmentAverage == null || shopAverage == null || shopAverage.signum() == 0) {
            return "a";
        }
        double ratio = segmentAverage.divide(shopAverage, 4, RoundingMode.HALF_UP).doubleValue();
        return ratio >= 1.5 ? "a high-value" : ratio <= 0.67 ? "a low-value" : "a mid-value";
    }

    private static SegmentSummary max(List<SegmentSummary> list, Comparator<SegmentSummary> by) {
        return list.stream().max(by).orElseThrow();
    }

    private static String membersQuery(List<SegmentSummary> chosen) {
        List<String> ids = chosen.stream().map(s -> Words.literal(s.segment().id().value())).toList();
        return Filters.normalise(ids.size() == 1 ? "segment = " + ids.get(0)
                : "segment contains any (" + String.join(", ", ids) + ")");
    }

    private static SegmentTableCard.Row tableRow(SegmentSummary s) {
        SegmentStats st = s.stats();
        return new SegmentTableCard.Row(s.segment().id().value(), s.segment().name(), st.customers(), st.totalValue(),
                st.averageValue(), st.averageChurn(), st.averageClv());
    }

    private static CustomerRow row(SegmentMember m) {
        return new CustomerRow(m.customerId(), DisplayName.of(m.name(), m.email(), m.customerId()), m.lifecycle(), m.primarySegment(), m.orders(), m.totalSpent(),
                m.churn(), m.clv(), m.lastOrder(), null, FactsQueries.link(m.customerId()));
    }
}
