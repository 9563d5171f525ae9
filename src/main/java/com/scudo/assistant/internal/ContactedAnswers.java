package com.scudo.assistant.internal;

import com.scudo.analytics.WorkspaceScores;
import com.scudo.assistant.CustomerListCard;
import com.scudo.assistant.CustomerRow;
import com.scudo.assistant.Interpretation;
import com.scudo.assistant.StagedAnswer;
import com.scudo.assistant.StagedAnswer.CardSource;
import com.scudo.segment.filter.FilterField;
import com.scudo.segment.filter.Filters;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Who opened our emails but didn't buy?", "Which site visitors never ordered?": customers with a contact of the kinds the
 * question names (any but a support ticket when it names none) in the period who have ordered nothing since their first
 * such contact. From the interactions and the order history, so the list is not a filter and cannot be saved as a segment.
 */
@Component
class ContactedAnswers {
    /** Interest in buying: every kind but a support ticket, when the question names none. */
    private static final List<String> INTEREST = List.of("email_open", "email_click", "site_visit", "campaign_response");
    /** What a customer did, for the sentence. */
    private static final Map<String, String> DID = Map.of("email_open", "opened an e-mail", "email_click",
            "clicked an e-mail", "site_visit", "visited the site", "campaign_response", "answered a campaign",
            "support_ticket", "raised a support ticket");
    private final WorkspaceScores scores;
    private final FactsQueries facts;

    ContactedAnswers(WorkspaceScores scores, FactsQueries facts) {
        this.scores = scores;
        this.facts = facts;
    }

    /** The kinds the question names; "e-mails" or "newsletter" alone are opens and clicks, "campaigns" the responses. */
    static List<String> kinds(String text) {
        List<String> asked = InteractionShares.kindsAsked(text);
        if (!asked.isEmpty()) {
            return asked;
        }
        List<String> named = new java.util.ArrayList<>();
        if (text.matches(".*\\b(e ?mails?|newsletters?|mailings?)\\b.*")) {
            named.addAll(List.of("email_open", "email_click"));
        }
        if (text.matches(".*\\bcampaigns?\\b.*")) {
            named.add("campaign_response");
        }
        return named.isEmpty() ? INTEREST : named;
    }

    StagedAnswer answer(AnswerContext ctx) {
        Interpretation.Period period = ctx.periodOrLast(InteractionShares.DEFAULT_DAYS);
        List<String> kinds = kinds(Utterance.of(ctx.question()).text());
        WorkspaceScores.WithoutOrder found = scores.contactedWithoutOrder(ctx.workspace(), ctx.figures().timeZone(), kinds,
                period.from(), period.until());
        String what = Words.and(kinds.stream().map(InteractionShares::many).toList());
        String when = ReturnAnswers.during(period) + " (" + ctx.span(period) + ")";
        if (found.contacted() == 0) {
            return new StagedAnswer(ctx.question(), ctx.interpretation(), "No " + what + " were recorded " + when
                    + "; they count once the shop sends them (POST /api/v1/interactions) or imports them.", List.of(), null,
                    "rules");
        }
        long without = found.customers().size();
        String did = kinds.stream().map(k -> DID.getOrDefault(k, "left a " + k.replace('_', ' ')))
                .collect(Collectors.collectingAndThen(Collectors.toList(), Words::or));
        String insight = Words.capitalise(Words.count(found.contacted(), "customer")) + " " + did + " " + when + "; "
                + (without == 0 ? "every one of them has ordered since."
                : without + " of them (" + ctx.percent(java.math.BigDecimal.valueOf(without).divide(
                java.math.BigDecimal.valueOf(found.contacted()), 4, java.math.RoundingMode.HALF_UP)) + ") "
                + Words.verb(without, "has", "have") + " ordered nothing since their first, the most contacts first: "
                + (kinds.contains("support_ticket")
                ? "worth a personal follow-up, as a ticket without an order since can be an unhappy customer."
                : "worth a nudge while the interest is fresh."))
                + " This list comes from the contacts and the order history, so it cannot be saved as a segment.";
        if (without == 0) {
            return new StagedAnswer(ctx.question(), ctx.interpretation(), insight, List.of(), null, "rules");
        }
        int limit = Math.min(ctx.interpretation().limit() == null ? FilterAnswers.LIMIT : ctx.interpretation().limit(),
                FilterAnswers.LIMIT);
        List<WorkspaceScores.Contacted> shown = found.customers().stream().limit(limit).toList();
        String ids = shown.stream().map(c -> Words.literal(c.customerId())).collect(Collectors.joining(", "));
        Map<String, CustomerRow> rows = facts.customers(ctx.workspace(), Filters.parse("customer_id in (" + ids + ")"),
                ctx.asOf(), FilterField.TOTAL_SPENT, true, shown.size()).stream()
                .collect(Collectors.toMap(CustomerRow::customerId, Function.identity()));
        List<CustomerRow> listed = shown.stream().map(c -> rows.get(c.customerId())).filter(java.util.Objects::nonNull).toList();
        String title = Words.capitalise(did) + " but ordered nothing since, " + ReturnAnswers.during(period);
        return new StagedAnswer(ctx.question(), ctx.interpretation(), insight,
                List.of(CardSource.of(new CustomerListCard(title, without, null, listed))), null, "rules");
    }
}
