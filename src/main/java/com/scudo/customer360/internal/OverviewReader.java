package com.scudo.customer360.internal;

import com.scudo.customer360.Overview;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static com.scudo.customer360.internal.Sql.decimal;
import static com.scudo.customer360.internal.Sql.text;

/** Headline figures of a workspace: aggregate queries over customer_dim and customer_metrics, and the revenue trend. */
@Component
class OverviewReader {
    private static final Field<String> WS = text("m", "workspace_id");
    private static final Field<BigDecimal> CHURN = decimal("m", "churn");
    private static final Field<BigDecimal> CLV = decimal("m", "clv");
    private static final Field<BigDecimal> SPENT = decimal("m", "total_spent");

    private final DSLContext sql;
    private final RevenueTrendReader trends;

    OverviewReader(DSLContext sql, RevenueTrendReader trends) {
        this.sql = sql;
        this.trends = trends;
    }

    /** Everything but today's live counters. */
    Overview read(WorkspaceId workspace, BigDecimal atRiskChurn) {
        String ws = workspace.value();
        long customers = sql.fetchCount(Sql.DIM, text("d", "workspace_id").eq(ws));
        Record totals = sql.select(DSL.count(), DSL.sum(SPENT), DSL.avg(CHURN), DSL.sum(CLV),
                        DSL.count().filterWhere(CHURN.ge(atRiskChurn)),
                        DSL.sum(CLV).filterWhere(CHURN.ge(atRiskChurn)),
                        DSL.sum(SPENT).filterWhere(CHURN.ge(atRiskChurn)),
                        DSL.max(Sql.date("m", "as_of")), DSL.max(Sql.time("m", "computed_at")))
                .from(Sql.METRICS).where(WS.eq(ws)).fetchOne();
        Field<String> lifecycle = text("m", "lifecycle");
        List<Overview.Group> lifecycles = sql.select(lifecycle, DSL.count(), DSL.sum(SPENT), DSL.sum(CLV))
                .from(Sql.METRICS).where(WS.eq(ws)).groupBy(lifecycle).orderBy(DSL.count().desc(), lifecycle)
                .fetch(r -> new Overview.Group(r.value1(), r.value1(), r.value2(), money(r.value3()), money(r.value4())));
        Field<String> primary = text("m", "primary_segment");
        Field<String> segmentName = text("g", "name");
        List<Overview.Group> segments = sql.select(primary, DSL.max(segmentName), DSL.count(), DSL.sum(SPENT), DSL.sum(CLV))
                .from(Sql.METRICS)
                .leftJoin(Sql.SEGMENTS).on(text("g", "workspace_id").eq(WS).and(text("g", "segment_id").eq(primary)))
                .where(WS.eq(ws)).groupBy(primary).orderBy(DSL.sum(SPENT).desc().nullsLast(), primary)
                .fetch(r -> new Overview.Group(r.value1(), r.value2() == null ? r.value1() : r.value2(), r.value3(),
                        money(r.value4()), money(r.value5())));
        return new Overview(customers, totals.get(0, Long.class), money(totals.get(1, BigDecimal.class)), atRiskChurn,
                totals.get(4, Long.class), money(totals.get(5, BigDecimal.class)), money(totals.get(6, BigDecimal.class)),
                share(totals.get(2, BigDecimal.class)), money(totals.get(3, BigDecimal.class)), lifecycles, segments, null,
                totals.get(7, LocalDate.class), totals.get(8, OffsetDateTime.class), trends.read(workspace));
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(BigDecimal value) {
        return value == null ? null : value.setScale(4, RoundingMode.HALF_UP);
    }
}
