package com.scudo.assistant.internal;

import com.scudo.analytics.SpendInPeriod;
import com.scudo.assistant.CustomerListCard;
import com.scudo.assistant.CustomerRow;
import com.scudo.assistant.Interpretation;
import com.scudo.assistant.StagedAnswer;
import com.scudo.assistant.StagedAnswer.CardSource;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * "How many customers bought electronics last quarter?", "Who bought gifts at Christmas last year?": the customers whose
 * orders in the period included the category, counted from the order history. A customer's categories in the filter
 * language are those of all their orders, so this list is not a filter and cannot be saved as a segment.
 */
@Component
class CategoryBuyersAnswers {
    private final SpendInPeriod spend;
    private final ListAnswers lists;

    CategoryBuyersAnswers(SpendInPeriod spend, ListAnswers lists) {
        this.spend = spend;
        this.lists = lists;
    }

    /** Whether the selection is one bought-category condition alone, the only kind this answer restricts to a period. */
    static boolean applies(FilterAnswers.Selection s) {
        return s.attributes().size() == 1 && !s.attributes().get(0).categories().isEmpty() && s.lists().isEmpty()
                && s.segments().isEmpty();
    }

    StagedAnswer answer(AnswerContext ctx, FilterAnswers.Selection s) {
        Interpretation.Period period = ctx.interpretation().period();
        List<String> categories = s.attributes().get(0).categories();
        String what = String.join(" or ", categories);
        int limit = s.limit() == null ? FilterAnswers.LIMIT : s.limit();
        SpendInPeriod.CategoryBuyers buyers = spend.buyersOf(ctx.workspace(), categories, period.from(), period.until(),
                ctx.figures().timeZone(), limit);
        String when = period.words() + " (" + ctx.span(period) + ")";
        if (buyers.customers() == 0) {
            return new StagedAnswer(ctx.question(), ctx.interpretation(), "Nobody bought " + what + " " + when + ".",
                    List.of(), null, "rules");
        }
        List<CustomerRow> rows = lists.periodRows(ctx, buyers.top());
        String insight = Words.capitalise(Words.count(buyers.customers(), "customer")) + " bought " + what + " " + when
                + ", in " + Words.count(buyers.orders(), "order") + " worth " + ctx.money(buyers.revenue())
                + ". Listed by what each spent on those orders, the biggest first. This list comes from the order history:"
                + " a segment cannot hold a period, so it cannot be saved as one.";
        String title = "Customers who bought " + what + " " + period.words();
        return new StagedAnswer(ctx.question(), ctx.interpretation(), insight,
                List.of(CardSource.of(new CustomerListCard(title, buyers.customers(), "-total_spent", rows))), null,
                "rules");
    }
}
