package com.scudo.customer360.internal;

import com.scudo.customer360.RevenueTrend;
import com.scudo.shared.WorkspaceId;
import com.scudo.money.Formatting;
import com.scudo.shared.Figures;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Revenue and orders per day, in the workspace's time zone, from order_facts: one aggregate query over its
 * (workspace, ordered_at) index; the days are rolled up into months or weeks by {@link TrendPeriods}. A few years are
 * about a thousand rows.
 */
@Component
class RevenueTrendReader {
    private static final Table<?> ORDERS = DSL.table(DSL.name("order_facts")).as("o");

    private final DSLContext sql;
    private final Formatting formatting;

    RevenueTrendReader(DSLContext sql, Formatting formatting) {
        this.sql = sql;
        this.formatting = formatting;
    }

    RevenueTrend read(WorkspaceId workspace) {
        Figures figures = formatting.of(workspace);
        // The calendar day where the shop is. Casting a timestamp with time zone to a date would use the session's
        // zone on H2, so the day is taken apart with extract, which reads the fields in the zone given on both H2 and
        // PostgreSQL (the zone is a checked id, inlined as a literal).
        Field<OffsetDateTime> orderedAt = DSL.field(DSL.name("o", "ordered_at"), OffsetDateTime.class);
        Field<Integer> year = local("year", orderedAt, figures.timeZone());
        Field<Integer> month = local("month", orderedAt, figures.timeZone());
        Field<Integer> day = local("day", orderedAt, figures.timeZone());
        Field<BigDecimal> amount = Sql.decimal("o", "amount");
        List<TrendPeriods.DayTotal> days = sql.select(year, month, day, DSL.count(), DSL.sum(amount))
                .from(ORDERS)
                .where(Sql.text("o", "workspace_id").eq(workspace.value()))
                .groupBy(year, month, day)
                .orderBy(year, month, day)
                .fetch(r -> new TrendPeriods.DayTotal(LocalDate.of(r.get(0, Integer.class), r.get(1, Integer.class),
                        r.get(2, Integer.class)), r.value4(), r.value5()));
        return TrendPeriods.of(days, figures);
    }

    private static Field<Integer> local(String part, Field<OffsetDateTime> at, ZoneId zone) {
        return DSL.field("extract(" + part + " from ({0} at time zone {1}))", Integer.class, at, DSL.inline(sqlZone(zone)));
    }

    /**
     * A zone name both databases read the same way. A fixed offset is written as its Etc/GMT zone (whose sign is
     * inverted by convention), because PostgreSQL reads "+02:00" as a POSIX zone, two hours the other way; an offset
     * that is not whole hours has no such name and falls back to UTC.
     */
    static String sqlZone(ZoneId zone) {
        ZoneId normalised = zone.normalized();
        if (!(normalised instanceof ZoneOffset offset)) {
            return zone.getId();
        }
        int seconds = offset.getTotalSeconds();
        if (seconds == 0 || seconds % 3600 != 0) {
            return "UTC";
        }
        int hours = seconds / 3600;
        return "Etc/GMT" + (hours > 0 ? "-" : "+") + Math.abs(hours);
    }
}
