package com.scudo.assistant.internal;

import com.scudo.assistant.Interpretation;
import com.scudo.ingest.OrderOutcomes;
import com.scudo.shared.Figures;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * "How many orders were refunded?", "What's our refund rate?", "cancellations last month": what became of the orders
 * placed in the period (or since the first order), from the recording path's ledger. The value refunded is said in
 * each currency the orders were paid in, against what those orders came to, never summed across currencies.
 */
@Component
class RefundShares {
    private final OrderOutcomes outcomes;

    RefundShares(OrderOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    /** e.g. "Of the 672 orders placed since the first order, 12 were refunded in full (1.8%), …" */
    String sentence(AnswerContext ctx, Interpretation.Period period) {
        Figures figures = ctx.figures();
        Instant from = period == null ? null : period.from().atStartOfDay(figures.timeZone()).toInstant();
        Instant until = period == null ? null : period.until().atStartOfDay(figures.timeZone()).toInstant();
        OrderOutcomes.Outcomes o = outcomes.placedBetween(ctx.workspace(), from, until);
        String placed = period == null ? "placed since the first order" : "placed " + period.words();
        if (o.orders() == 0) {
            return "No order was " + placed + ", so nothing was refunded or cancelled.";
        }
        long paid = o.paid();
        List<String> what = new ArrayList<>();
        if (o.refundedInFull() > 0) {
            what.add(o.refundedInFull() + " refunded in full (" + share(ctx, o.refundedInFull(), paid) + ")");
        }
        if (o.refundedInPart() > 0) {
            what.add(o.refundedInPart() + " refunded in part (" + share(ctx, o.refundedInPart(), paid) + ")");
        }
        if (o.cancelled() > 0) {
            what.add(o.cancelled() + " cancelled (" + share(ctx, o.cancelled(), o.orders()) + " of all orders)");
        }
        StringBuilder s = new StringBuilder("Of the ").append(Words.count(o.orders(), "order")).append(" ").append(placed)
                .append(", ");
        if (what.isEmpty()) {
            s.append("none was refunded or cancelled.");
        } else {
            s.append(Words.and(what)).append(".");
            List<String> money = new ArrayList<>();
            for (OrderOutcomes.InCurrency c : o.byCurrency()) {
                if (c.refunded().signum() > 0) {
                    Figures in = new Figures(c.currency(), figures.locale(), figures.timeZone());
                    money.add(in.money(c.refunded()) + " of " + in.money(c.ordered()) + " paid in " + c.currency() + " ("
                            + ctx.percent(c.ordered().signum() == 0 ? BigDecimal.ZERO
                            : c.refunded().divide(c.ordered(), 4, RoundingMode.HALF_UP)) + ")");
                }
            }
            if (!money.isEmpty()) {
                s.append(" Refunded: ").append(String.join("; ", money)).append(".");
            }
            s.append(" Refunded amounts are taken off the customers' spend, and an order refunded in full or cancelled"
                    + " is no purchase for the scores.");
        }
        if (o.held() > 0) {
            s.append(" ").append(Words.count(o.held(), "order")).append(" ").append(o.held() == 1 ? "is" : "are")
                    .append(" held back for want of an exchange rate and not counted yet.");
        }
        return s.toString();
    }

    private static String share(AnswerContext ctx, long part, long of) {
        return ctx.percent(of == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(of), 4, RoundingMode.HALF_UP));
    }
}
