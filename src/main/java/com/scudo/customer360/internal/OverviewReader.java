package com.scudo.customer360.internal;

import com.scudo.analytics.AtRisk;
import com.scudo.customer360.Overview;
import com.scudo.segment.SegmentSummary;
import com.scudo.segment.Segments;
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
    private final AtRisk atRisk;
    private final Segments segmentList;

    OverviewReader(DSLContext sql, RevenueTrendReader trends, AtRisk atRisk, Segments segmentList) {
        this.sql = sql;
        this.trends = trends;
        this.atRisk = atRisk;
        this.segmentList = segmentList;
    }

    /** Everything but today's live counters. */
    Overview read(WorkspaceId workspace, BigDecimal atRiskChurn) {
        String ws = workspace.value();
        long customers = sql.fetchCount(Sql.DIM, text("d", "workspace_id").eq(ws));
        Record totals = sql.select(DSL.count(), DSL.sum(SPENT), DSL.avg(CHURN), DSL.sum(CLV),
                        DSL.max(Sql.date("m", "as_of")), DSL.max(Sql.time("m", "computed_at")))
                .from(Sql.METRICS).where(WS.eq(ws)).fetchOne();
        AtRisk.Figures risk = atRisk.figures(workspace);
        Field<String> lifecycle = text("m", "lifecycle");
        List<Overview.Group> lifecycles = sql.select(lifecycle, DSL.count(), DSL.sum(SPENT), DSL.sum(CLV))
                .from(Sql.METRICS).where(WS.eq(ws)).groupBy(lifecycle).orderBy(DSL.count().desc(), lifecycle)
                .fetch(r -> new Overview.Group(r.value1(), r.value1(), r.value2(), money(r.value3()), money(r.value4())));
        // Members per segment, as the segment pages count them (a customer can be in several): so "At risk" here is
        // the same number as on the segment page and in the lifecycle chart.
        List<Overview.Group> segments = segmentList.list(workspace).stream().filter(s -> s.stats().customers() > 0)
                .sorted(java.util.Comparator.comparing((SegmentSummary s) -> s.stats().totalValue(),
                        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())).reversed())
                .map(s -> new Overview.Group(s.segment().id().value(), s.segment().name(), s.stats().customers(),
                        money(s.stats().totalValue()), money(s.stats().averageClv() == null ? null
                        : s.stats().averageClv().multiply(BigDecimal.valueOf(s.stats().customers())))))
                .toList();
        return new Overview(customers, totals.get(0, Long.class), money(totals.get(1, BigDecimal.class)), atRiskChurn,
                risk.customers(), risk.revenueAtRisk(), risk.pastSpend(),
                share(totals.get(2, BigDecimal.class)), money(totals.get(3, BigDecimal.class)), lifecycles, segments, null,
                totals.get(4, LocalDate.class), totals.get(5, OffsetDateTime.class), trends.read(workspace));
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(BigDecimal value) {
        return value == null ? null : value.setScale(4, RoundingMode.HALF_UP);
    }
}
