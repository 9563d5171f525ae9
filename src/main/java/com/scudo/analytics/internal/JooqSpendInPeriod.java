package com.scudo.analytics.internal;

import com.scudo.analytics.SpendInPeriod;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.scudo.analytics.internal.schema.Tables.ORDER_FACTS;

/** One aggregate over order_facts' (workspace, ordered_at) index. */
@Component
class JooqSpendInPeriod implements SpendInPeriod {
    private final DSLContext sql;

    JooqSpendInPeriod(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public List<Spender> top(WorkspaceId workspace, LocalDate from, LocalDate until, ZoneId zone, int limit) {
        return ranked(workspace, from, until, zone, limit, false);
    }

    @Override
    public List<Spender> topByOrders(WorkspaceId workspace, LocalDate from, LocalDate until, ZoneId zone, int limit) {
        return ranked(workspace, from, until, zone, limit, true);
    }

    @Override
    public Spender of(WorkspaceId workspace, com.scudo.shared.CustomerId customer, LocalDate from, LocalDate until,
                      ZoneId zone) {
        var r = sql.select(DSL.coalesce(DSL.sum(ORDER_FACTS.AMOUNT), BigDecimal.ZERO), DSL.count())
                .from(ORDER_FACTS)
                .where(inPeriod(workspace, from, until, zone).and(ORDER_FACTS.CUSTOMER_ID.eq(customer.value())))
                .fetchOne();
        return new Spender(customer.value(), r.value1(), r.value2());
    }

    @Override
    public CategoryBuyers buyersOf(WorkspaceId workspace, List<String> categories, LocalDate from, LocalDate until,
                                   ZoneId zone, int limit) {
        // An order holds its categories as "|a|b|" (lower-case), so one category is a LIKE on its delimited form.
        org.jooq.Condition any = DSL.or(categories.stream()
                .map(c -> ORDER_FACTS.CATEGORIES.like("%|" + CustomerLookups.escapeLike(c.toLowerCase(java.util.Locale.ROOT)) + "|%", '!'))
                .toList());
        org.jooq.Condition in = inPeriod(workspace, from, until, zone).and(any);
        var totals = sql.select(DSL.countDistinct(ORDER_FACTS.CUSTOMER_ID), DSL.count(),
                DSL.coalesce(DSL.sum(ORDER_FACTS.AMOUNT), BigDecimal.ZERO)).from(ORDER_FACTS).where(in).fetchOne();
        List<Spender> top = sql.select(ORDER_FACTS.CUSTOMER_ID, DSL.sum(ORDER_FACTS.AMOUNT), DSL.count())
                .from(ORDER_FACTS).where(in).groupBy(ORDER_FACTS.CUSTOMER_ID)
                .orderBy(DSL.sum(ORDER_FACTS.AMOUNT).desc(), ORDER_FACTS.CUSTOMER_ID.asc()).limit(limit)
                .fetch(r -> new Spender(r.value1(), r.value2(), r.value3()));
        return new CategoryBuyers(totals.value1(), totals.value2(), totals.value3(), top);
    }

    @Override
    public List<Return> returned(WorkspaceId workspace, LocalDate from, LocalDate until, ZoneId zone, int gapDays) {
        // each order of the period with the customer's order before it, found through the (workspace, customer, time) index
        var before = ORDER_FACTS.as("before");
        Field<java.time.OffsetDateTime> previous = DSL.field(DSL.select(DSL.max(before.ORDERED_AT)).from(before)
                .where(before.WORKSPACE_ID.eq(ORDER_FACTS.WORKSPACE_ID).and(before.CUSTOMER_ID.eq(ORDER_FACTS.CUSTOMER_ID))
                        .and(before.ORDERED_AT.lt(ORDER_FACTS.ORDERED_AT)))).as("previous_at");
        Map<String, Return> returns = new LinkedHashMap<>();
        sql.select(ORDER_FACTS.CUSTOMER_ID, ORDER_FACTS.ORDERED_AT, ORDER_FACTS.AMOUNT, previous)
                .from(ORDER_FACTS).where(inPeriod(workspace, from, until, zone))
                .orderBy(ORDER_FACTS.CUSTOMER_ID, ORDER_FACTS.ORDERED_AT)
                .forEach(r -> {
                    LocalDate on = r.value2().atZoneSameInstant(zone).toLocalDate();
                    Return back = returns.get(r.value1());
                    if (back != null) { // an order after their return: counted with it
                        returns.put(r.value1(), new Return(back.customerId(), back.returnedOn(), back.previousOrder(),
                                back.spent().add(r.value3()), back.orders() + 1));
                    } else if (r.value4() != null) {
                        LocalDate prior = r.value4().atZoneSameInstant(zone).toLocalDate();
                        if (java.time.temporal.ChronoUnit.DAYS.between(prior, on) >= gapDays) {
                            returns.put(r.value1(), new Return(r.value1(), on, prior, r.value3(), 1));
                        }
                    }
                });
        return returns.values().stream().sorted(java.util.Comparator.comparing(Return::spent).reversed()
                .thenComparing(Return::customerId)).toList();
    }

    private static org.jooq.Condition inPeriod(WorkspaceId workspace, LocalDate from, LocalDate until, ZoneId zone) {
        return ORDER_FACTS.WORKSPACE_ID.eq(workspace.value())
                .and(ORDER_FACTS.ORDERED_AT.ge(from.atStartOfDay(zone).toOffsetDateTime()))
                .and(ORDER_FACTS.ORDERED_AT.lt(until.atStartOfDay(zone).toOffsetDateTime()));
    }

    private List<Spender> ranked(WorkspaceId workspace, LocalDate from, LocalDate until, ZoneId zone, int limit,
                                 boolean byOrders) {
        Field<BigDecimal> spent = DSL.sum(ORDER_FACTS.AMOUNT).as("spent");
        Field<Integer> orders = DSL.count().as("order_count");
        return sql.select(ORDER_FACTS.CUSTOMER_ID, spent, orders)
                .from(ORDER_FACTS)
                .where(inPeriod(workspace, from, until, zone))
                .groupBy(ORDER_FACTS.CUSTOMER_ID)
                .orderBy(byOrders ? List.of(DSL.count().desc(), DSL.sum(ORDER_FACTS.AMOUNT).desc(), ORDER_FACTS.CUSTOMER_ID.asc())
                        : List.of(DSL.sum(ORDER_FACTS.AMOUNT).desc(), ORDER_FACTS.CUSTOMER_ID.asc()))
                .limit(limit)
                .fetch(r -> new Spender(r.value1(), r.value2(), r.value3()));
    }
}
