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
import java.util.List;

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
