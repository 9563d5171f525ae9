package com.scudo.analytics.internal;

import com.scudo.analytics.WorkspaceScores;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static com.scudo.analytics.internal.schema.Tables.CUSTOMER_DIM;
import static com.scudo.analytics.internal.schema.Tables.CUSTOMER_METRICS;
import static com.scudo.analytics.internal.schema.Tables.ORDER_FACTS;

/**
 * Aggregates over a workspace's scores and orders; the revenue per day is one query over order_facts'
 * (workspace, ordered_at) index, a few years being about a thousand rows.
 */
@Component
class WorkspaceScoreReads implements WorkspaceScores {
    // The UTC calendar day; "at time zone 'UTC'" gives the same day on H2 and PostgreSQL whatever the session zone.
    private static final Field<LocalDate> ORDER_DATE = DSL.field("cast({0} at time zone 'UTC' as date)", LocalDate.class,
            ORDER_FACTS.ORDERED_AT);

    private final DSLContext sql;

    WorkspaceScoreReads(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Totals totals(WorkspaceId workspace) {
        var m = CUSTOMER_METRICS;
        long customers = sql.fetchCount(CUSTOMER_DIM, CUSTOMER_DIM.WORKSPACE_ID.eq(workspace.value()));
        Record r = sql.select(DSL.count(), DSL.sum(m.TOTAL_SPENT), DSL.avg(m.CHURN), DSL.sum(m.CLV), DSL.max(m.AS_OF),
                DSL.max(m.COMPUTED_AT)).from(m).where(m.WORKSPACE_ID.eq(workspace.value())).fetchOne();
        return new Totals(customers, r.get(0, Long.class), r.get(1, BigDecimal.class), r.get(2, BigDecimal.class),
                r.get(3, BigDecimal.class), r.get(4, LocalDate.class), r.get(5, OffsetDateTime.class));
    }

    @Override
    public List<Lifecycle> lifecycles(WorkspaceId workspace) {
        var m = CUSTOMER_METRICS;
        return sql.select(m.LIFECYCLE, DSL.count(), DSL.sum(m.TOTAL_SPENT), DSL.sum(m.CLV)).from(m)
                .where(m.WORKSPACE_ID.eq(workspace.value())).groupBy(m.LIFECYCLE)
                .orderBy(DSL.count().desc(), m.LIFECYCLE)
                .fetch(r -> new Lifecycle(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    @Override
    public List<DailyRevenue> revenueByDay(WorkspaceId workspace) {
        return sql.select(ORDER_DATE, DSL.count(), DSL.sum(ORDER_FACTS.AMOUNT)).from(ORDER_FACTS)
                .where(ORDER_FACTS.WORKSPACE_ID.eq(workspace.value()))
                .groupBy(ORDER_DATE).orderBy(ORDER_DATE)
                .fetch(r -> new DailyRevenue(r.value1(), r.value2(), r.value3()));
    }
}
