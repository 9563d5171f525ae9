package com.scudo.recommendation.internal;

import com.scudo.recommendation.ActionOutcome;
import com.scudo.recommendation.ActionType;
import com.scudo.recommendation.OutcomeReport;
import com.scudo.recommendation.RecommendationStatus;
import com.scudo.recommendation.internal.Tables.Orders;
import com.scudo.recommendation.internal.Tables.Recs;
import com.scudo.shared.WorkspaceId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Did the customer order again after a done action? An order counts when it was placed after the
 * action and at most {@code outcomeWindowDays} later; everything is computed from order_facts, so
 * late-arriving orders are counted as soon as they are there.
 */
@Component
class OutcomeCheck {
    private final DSLContext sql;
    private final RecommendationSettings settings;
    private final Clock clock;

    OutcomeCheck(DSLContext sql, RecommendationSettings settings, Clock clock) {
        this.sql = sql;
        this.settings = settings;
        this.clock = clock;
    }

    OutcomeReport report(WorkspaceId workspace) {
        OffsetDateTime now = now();
        int window = settings.outcomeWindowDays();
        Condition done = Recs.WORKSPACE_ID.eq(workspace.value()).and(Recs.STATUS.eq(RecommendationStatus.DONE.label()));
        Field<Integer> followed = DSL.sum(DSL.when(DSL.exists(ordersInWindow(workspace, window)), 1).otherwise(0))
                .cast(SQLDataType.INTEGER).as("followed");
        Field<Integer> pending = DSL.sum(DSL.when(windowEnd(window).gt(now), 1).otherwise(0))
                .cast(SQLDataType.INTEGER).as("pending");
        Map<String, Record> actions = new HashMap<>();
        sql.select(Recs.ACTION_TYPE, DSL.count().as("actions"), followed, pending)
                .from(Recs.TABLE).where(done).groupBy(Recs.ACTION_TYPE)
                .forEach(r -> actions.put(r.get(Recs.ACTION_TYPE), r));

        // Distinct orders per type, so two overlapping actions for one customer do not count an order twice.
        var hits = sql.selectDistinct(Recs.ACTION_TYPE, Orders.CUSTOMER_ID, Orders.ORDER_ID, Orders.AMOUNT)
                .from(Recs.TABLE).join(Orders.TABLE).on(inWindow(workspace, window))
                .where(done).asTable("hits");
        Field<String> hitType = hits.field(Recs.ACTION_TYPE.getName(), String.class);
        Field<String> hitCustomer = hits.field(Orders.CUSTOMER_ID.getName(), String.class);
        Field<BigDecimal> hitAmount = hits.field(Orders.AMOUNT.getName(), BigDecimal.class);
        Map<String, Record> orders = new HashMap<>();
        sql.select(hitType, DSL.countDistinct(hitCustomer).as("customers"), DSL.sum(hitAmount).as("revenue"))
                .from(hits).groupBy(hitType)
                .forEach(r -> orders.put(r.get(hitType), r));

        List<ActionOutcome> byType = new ArrayList<>();
        for (ActionType type : ActionType.values()) {
            Record a = actions.get(type.name());
            if (a == null) {
                continue;
            }
            Record o = orders.get(type.name());
            int count = a.get("actions", Integer.class);
            int converted = a.get(followed) == null ? 0 : a.get(followed);
            BigDecimal revenue = o == null || o.get("revenue") == null ? BigDecimal.ZERO
                    : o.get("revenue", BigDecimal.class).setScale(2, RoundingMode.HALF_UP);
            byType.add(new ActionOutcome(type, count, converted, o == null ? 0 : o.get("customers", Integer.class),
                    count == 0 ? 0 : (double) converted / count, revenue, a.get(pending) == null ? 0 : a.get(pending)));
        }
        return new OutcomeReport(window, now.toInstant(), byType);
    }

    /**
     * Stores each done action's outcome on it (for the Customer 360 view); actions whose window had
     * already closed at their last check are final and skipped.
     */
    int refresh(WorkspaceId workspace) {
        int window = settings.outcomeWindowDays();
        OffsetDateTime now = now();
        var inWindow = ordersInWindow(workspace, window);
        return sql.update(Recs.TABLE)
                .set(Recs.ORDERED_AGAIN, DSL.field(DSL.exists(inWindow)))
                .set(Recs.OUTCOME_ORDERS, DSL.field(sql.selectCount().from(Orders.TABLE).where(inWindow(workspace, window))))
                .set(Recs.OUTCOME_REVENUE, DSL.field(sql.select(DSL.coalesce(DSL.sum(Orders.AMOUNT), BigDecimal.ZERO))
                        .from(Orders.TABLE).where(inWindow(workspace, window))).cast(SQLDataType.NUMERIC(14, 2)))
                .set(Recs.OUTCOME_CHECKED_AT, now)
                .where(Recs.WORKSPACE_ID.eq(workspace.value()))
                .and(Recs.STATUS.eq(RecommendationStatus.DONE.label()))
                .and(Recs.OUTCOME_CHECKED_AT.isNull().or(Recs.OUTCOME_CHECKED_AT.le(windowEnd(window))))
                .execute();
    }

    private org.jooq.Select<?> ordersInWindow(WorkspaceId workspace, int window) {
        return sql.selectOne().from(Orders.TABLE).where(inWindow(workspace, window));
    }

    private static Condition inWindow(WorkspaceId workspace, int window) {
        return Orders.WORKSPACE_ID.eq(workspace.value())
                .and(Orders.WORKSPACE_ID.eq(Recs.WORKSPACE_ID))
                .and(Orders.CUSTOMER_ID.eq(Recs.CUSTOMER_ID))
                .and(Orders.ORDERED_AT.gt(Recs.ACTED_AT))
                .and(Orders.ORDERED_AT.le(windowEnd(window)));
    }

    private static Field<OffsetDateTime> windowEnd(int days) {
        return Recs.ACTED_AT.plus(DSL.inline(days));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
