package com.scudo.customer360.internal;

import com.scudo.customer360.RevenueTrend;
import com.scudo.shared.WorkspaceId;
import com.scudo.money.Formatting;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Revenue and orders per day from order_facts, one aggregate query over its (workspace, ordered_at) index; the
 * days are rolled up into months or weeks by {@link TrendPeriods}. A few years are about a thousand rows.
 */
@Component
class RevenueTrendReader {
    private static final Table<?> ORDERS = DSL.table(DSL.name("order_facts")).as("o");
    // The UTC calendar day; "at time zone 'UTC'" gives the same day on H2 and PostgreSQL whatever the session zone.
    private static final Field<LocalDate> ORDER_DATE = DSL.field("cast({0} at time zone 'UTC' as date)", LocalDate.class,
            DSL.field(DSL.name("o", "ordered_at"), OffsetDateTime.class));

    private final DSLContext sql;
    private final Formatting formatting;

    RevenueTrendReader(DSLContext sql, Formatting formatting) {
        this.sql = sql;
        this.formatting = formatting;
    }

    RevenueTrend read(WorkspaceId workspace) {
        Field<BigDecimal> amount = Sql.decimal("o", "amount");
        List<TrendPeriods.DayTotal> days = sql.select(ORDER_DATE, DSL.count(), DSL.sum(amount))
                .from(ORDERS)
                .where(Sql.text("o", "workspace_id").eq(workspace.value()))
                .groupBy(ORDER_DATE)
                .orderBy(ORDER_DATE)
                .fetch(r -> new TrendPeriods.DayTotal(r.value1(), r.value2(), r.value3()));
        return TrendPeriods.of(days, formatting.of(workspace));
    }
}
