package com.scudo.assistant.internal;

import com.scudo.shared.DisplayName;
import com.scudo.analytics.AnalyticsSettings;
import com.scudo.analytics.CustomerMatch;
import com.scudo.analytics.NamedCustomer;
import com.scudo.analytics.SpendInPeriod;
import com.scudo.analytics.WorkspaceScores;
import com.scudo.assistant.ActionItem;
import com.scudo.assistant.ActionsCard;
import com.scudo.assistant.ChoicesCard;
import com.scudo.assistant.Intent;
import com.scudo.assistant.Interpretation;
import com.scudo.assistant.ProfileCard;
import com.scudo.assistant.StagedAnswer;
import com.scudo.assistant.StagedAnswer.CardSource;
import com.scudo.segment.filter.Filters;
import com.scudo.shared.CustomerId;
import org.jooq.Record;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Questions about one customer: their profile, an analysis of their scores, and why a score is what it is. */
@Component
class CustomerAnswers {
    private final int horizonDays;
    private static final Map<String, String> SCORE_NAMES = Map.of("churn", "churn risk", "clv", "predicted 12-month value",
            "rfm", "RFM score", "lifecycle", "lifecycle stage", "next_order", "next order date",
            "expected_orders", "expected orders");
    private final FactsQueries facts;
    private final ActionLookup actions;
    private final WorkspaceScores scores;
    private final SpendInPeriod spend;

    /** The most customers offered to choose from when a name fits several. */
    static final int MAX_CHOICES = 10;

    /** How many purchases "what did they buy last" names. */
    private static final int PURCHASES_SAID = 3;

    CustomerAnswers(FactsQueries facts, ActionLookup actions, AnalyticsSettings settings, WorkspaceScores scores,
                    SpendInPeriod spend) {
        this.scores = scores;
        this.spend = spend;
        this.horizonDays = settings.forecast().horizonDays();
        this.facts = facts;
        this.actions = actions;
    }

    /** An id or an e-mail address is not a name: say which the shop has no customer with. */
    static String notFound(String reference) {
        if (reference.contains("@")) {
            return "No customer in this shop has the e-mail address " + reference + ". Check the spelling, or try their"
                    + " name or customer id.";
        }
        if (!reference.contains(" ") && reference.matches(".*\\d.*")) {
            return "No customer in this shop has the id \"" + reference + "\". Check the id, or try their name or e-mail"
                    + " address.";
        }
        return "I found no customer called \"" + reference + "\". Try the full name, their e-mail address or their"
                + " customer id.";
    }

    StagedAnswer answer(AnswerContext ctx, CustomerMatch resolution) {
        String reference = ctx.interpretation().customer();
        if (resolution.ambiguous()) {
            return ambiguous(ctx, reference, resolution.candidates().stream().limit(MAX_CHOICES).toList());
        }
        if (!resolution.resolved()) {
            return new StagedAnswer(ctx.question(), ctx.interpretation(), notFound(reference), List.of(), null, "rules");
        }
        String id = resolution.found().customerId();
        Record row = facts.facts(ctx.workspace(), id).orElseThrow();
        Map<String, String> reasons = facts.reasons(ctx.workspace(), id);
        List<ActionItem> open = actions.forCustomer(ctx.workspace(), id);
        ProfileCard card = profile(ctx, row, reasons, open);
        String query = Filters.normalise("customer_id = " + Words.literal(id));
        Intent intent = ctx.interpretation().intent();
        // The sentence is made from the profile card, so both are computed before anything is sent.
        List<CardSource> cards = new ArrayList<>(List.of(CardSource.of(card)));
        String insight;
        if (intent == Intent.WHY_SCORE) {
            insight = why(card, ctx.interpretation().metric(), reasons);
        } else if (intent == Intent.ANALYZE_CUSTOMER) {
            insight = analysis(ctx, card);
            if (!open.isEmpty()) {
                cards.add(CardSource.of(new ActionsCard("Recommended actions for " + card.name(), open)));
            }
        } else if ("last_order".equals(ctx.interpretation().metric())) {
            insight = purchases(ctx, card.name(), scores.newestPurchases(ctx.workspace(), CustomerId.of(id), PURCHASES_SAID))
                    + " " + summary(ctx, card);
        } else {
            insight = contact(ctx, card) + summary(ctx, card);
        }
        Interpretation.Period period = ctx.interpretation().period();
        if (period != null && intent != Intent.WHY_SCORE) {
            // "How much did Sarah spend last year?": the period's orders first, then the answer as asked
            insight = inPeriod(ctx, card.name(), spend.of(ctx.workspace(), CustomerId.of(id), period.from(), period.until(),
                    ctx.figures().timeZone()), period) + " " + insight;
        }
        return new StagedAnswer(ctx.question(), ctx.interpretation(), insight, cards, query, "rules");
    }

    /** "Sarah Chen spent $2,100 last year (Jan 1, 2025 – Dec 31, 2025) over 11 orders." */
    private static String inPeriod(AnswerContext ctx, String name, SpendInPeriod.Spender s,
                                   Interpretation.Period period) {
        String span = " " + period.words() + " (" + ctx.span(period) + ")";
        return s.orders() == 0 ? name + " placed no order" + span + "."
                : name + " spent " + ctx.money(s.spent()) + span + " over " + Words.count(s.orders(), "order") + ".";
    }

    private ProfileCard profile(AnswerContext ctx, Record r, Map<String, String> reasons, List<ActionItem> open) {
        String segments = r.get(FactsQueries.SEGMENTS);
        List<String> segmentIds = com.scudo.shared.DelimitedSet.values(segments);
        String primary = r.get(FactsQueries.PRIMARY);
        Integer orders = r.get(FactsQueries.ORDERS);
        String name = DisplayName.of(r.get(FactsQueries.NAME), r.get(FactsQueries.EMAIL), r.get(FactsQueries.CUSTOMER_ID));
        return new ProfileCard(name, r.get(FactsQueries.CUSTOMER_ID), name, r.get(FactsQueries.EMAIL),
                r.get(FactsQueries.COMPANY), r.get(FactsQueries.CITY), r.get(FactsQueries.LIFECYCLE), primary,
                ctx.segmentName(primary), segmentIds, orders == null ? 0 : orders, r.get(FactsQueries.TOTAL_SPENT),
                r.get(FactsQueries.AOV), r.get(FactsQueries.FIRST_ORDER), r.get(FactsQueries.LAST_ORDER),
                r.get(FactsQueries.DAYS_SINCE), r.get(FactsQueries.RFM), r.get(FactsQueries.RFM_GROUP),
                r.get(FactsQueries.CHURN), r.get(FactsQueries.CLV), r.get(FactsQueries.EXPECTED_ORDERS), horizonDays,
                r.get(FactsQueries.NEXT_ORDER), reasons, open, FactsQueries.link(r.get(FactsQueries.CUSTOMER_ID)));
    }

    /** "David Kim (Business buyers): 24 orders, $4,800 spent, last order Oct 31, 2026, 10% churn risk. Recommended: ..." */
    private static String summary(AnswerContext ctx, ProfileCard c) {
        StringBuilder s = new StringBuilder(c.name());
        if (c.primarySegmentName() != null) {
            s.append(" (").append(c.primarySegmentName()).append(')');
        }
        s.append(": ").append(Words.count(c.orders(), "order")).append(", ").append(ctx.money(c.totalSpent())).append(" spent, ");
        if (c.lastOrder() != null) {
            // "When did Sarah last order?" is answered by her profile
            s.append("last order ").append(ctx.date(c.lastOrder())).append(", ");
        }
        s.append(ctx.percent(c.churn())).append(" churn risk");
        if (c.clv() != null) {
            s.append(", ").append(ctx.money(c.clv())).append(" predicted 12-month value");
        }
        s.append('.');
        if (!c.recommendations().isEmpty()) {
            s.append(" Recommended: ").append(Words.and(c.recommendations().stream().limit(3)
                    .map(ActionItem::title).toList())).append('.');
        }
        return s.toString();
    }

    private static final java.util.regex.Pattern CONTACT_WORDS = java.util.regex.Pattern.compile(
            "\\b(e-?mail( address)?|contact( details| info\\w*)?|reach|where does \\w+ live|address|city)\\b");

    /** "What's Emma's email?": the contact details first, when the question asks for them. */
    private static String contact(AnswerContext ctx, ProfileCard c) {
        if (!CONTACT_WORDS.matcher(Utterance.of(ctx.question()).text()).find()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        parts.add("e-mail " + (c.email() == null || c.email().isBlank() ? "not given" : c.email()));
        if (c.city() != null && !c.city().isBlank()) {
            parts.add("city " + c.city());
        }
        if (c.company() != null && !c.company().isBlank()) {
            parts.add("company " + c.company());
        }
        return c.name() + "'s contact details: " + String.join(", ", parts) + ". ";
    }

    /** "David Kim's last purchase: Oct 31, 2026, $200 for 3 items (electronics, office) on web. Before that: ..." */
    private static String purchases(AnswerContext ctx, String name, List<WorkspaceScores.Purchase> newest) {
        if (newest.isEmpty()) {
            return name + " has no purchase yet (a refunded or cancelled order is none).";
        }
        WorkspaceScores.Purchase last = newest.get(0);
        StringBuilder s = new StringBuilder(name).append("'s last purchase: ").append(purchase(ctx, last, true));
        if (!last.channel().isBlank()) {
            s.append(" on ").append(last.channel());
        }
        s.append('.');
        if (newest.size() > 1) {
            s.append(" Before that: ").append(Words.and(newest.subList(1, newest.size()).stream()
                    .map(p -> purchase(ctx, p, false)).toList())).append('.');
        }
        return s.toString();
    }

    private static String purchase(AnswerContext ctx, WorkspaceScores.Purchase p, boolean withItems) {
        String day = ctx.date(p.orderedAt().atZone(ctx.figures().timeZone()).toLocalDate());
        String what = p.categories().isEmpty() ? "" : String.join(", ", p.categories());
        if (withItems) {
            return day + ", " + ctx.money(p.amount()) + (p.items() > 0 ? " for " + Words.count(p.items(), "item") : "")
                    + (what.isEmpty() ? "" : " (" + what + ")");
        }
        return day + " (" + ctx.money(p.amount()) + (what.isEmpty() ? "" : ", " + what) + ")";
    }

    private static String analysis(AnswerContext ctx, ProfileCard c) {
        StringBuilder s = new StringBuilder(c.name());
        if (c.lifecycle() != null) {
            s.append(" is ").append(c.lifecycle().matches("(?i)[aeiou].*") ? "an " : "a ").append(c.lifecycle())
                    .append(" customer");
        } else {
            s.append(" has no scores yet");
        }
        if (c.primarySegmentName() != null) {
            s.append(" in ").append(c.primarySegmentName());
        }
        if (c.churn() != null) {
            s.append(": ").append(Words.churnLevel(c.churn())).append(" churn risk (").append(ctx.percent(c.churn()))
                    .append("), ").append(ctx.money(c.clv())).append(" predicted 12-month value");
        }
        if (c.nextOrderDate() != null) {
            s.append(", next order expected around ").append(ctx.date(c.nextOrderDate()));
        }
        s.append('.');
        if (!c.recommendations().isEmpty()) {
            s.append(" Top action: ").append(c.recommendations().get(0).title()).append('.');
        }
        return s.toString();
    }

    private static String why(ProfileCard c, String metric, Map<String, String> reasons) {
        String score = metric == null ? "churn" : metric;
        String reason = reasons.get(score);
        if (reason == null) {
            return c.name() + " has no " + SCORE_NAMES.getOrDefault(score, score)
                    + " yet: the scores are computed by the next analytics run.";
        }
        return c.name() + ": " + reason;
    }

    private static StagedAnswer ambiguous(AnswerContext ctx, String reference, List<NamedCustomer> people) {
        List<ChoicesCard.Choice> choices = people.stream().map(p -> new ChoicesCard.Choice(p.customerId(), p.name(),
                p.email(), p.city(), followUp(ctx, p.customerId()))).toList();
        String insight = people.size() + " customers match \"" + reference + "\": "
                + Words.and(people.stream().map(p -> p.name() + " (" + p.customerId() + ")").toList())
                + ". Which one do you mean?";
        return new StagedAnswer(ctx.question(), ctx.interpretation(), insight,
                List.of(CardSource.of(new ChoicesCard("Which " + reference + "?", choices))), null, "rules");
    }

    private static String followUp(AnswerContext ctx, String customerId) {
        return switch (ctx.interpretation().intent()) {
            case ANALYZE_CUSTOMER -> "Analyze customer " + customerId;
            case WHY_SCORE -> "Explain the " + SCORE_NAMES.getOrDefault(ctx.interpretation().metric(), "churn risk")
                    + " of " + customerId;
            default -> "Show me the profile of " + customerId;
        };
    }
}
