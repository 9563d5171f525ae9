package com.scudo.segment.internal;

import com.scudo.segment.SegmentDetail.TrendPoint;
import com.scudo.segment.SegmentId;
import com.scudo.segment.SegmentPreview;
import com.scudo.segment.SegmentStats;
import com.scudo.segment.filter.FilterExpression;
import com.scudo.segment.filter.Filters;
import com.scudo.segment.internal.SegmentTables.Snapshots;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sizes and values of segments: now (from the open assignments), over the snapshots, and for a draft rule. */
@Component
class SegmentFigures {
    private final DSLContext sql;

    SegmentFigures(DSLContext sql) {
        this.sql = sql;
    }

    /** Current figures of every segment that has members, by segment id. */
    Map<String, SegmentStats> current(WorkspaceId workspace) {
        Map<String, SegmentStats> stats = new HashMap<>();
        sql.resultQuery("""
                        select a.segment_id, count(*), sum(case when a.is_primary then 1 else 0 end),
                               sum(m.total_spent), avg(m.total_spent), avg(m.churn), avg(m.clv)
                        from segment_assignments a
                        join customer_metrics m on m.workspace_id = a.workspace_id and m.customer_id = a.customer_id
                        where a.workspace_id = {0} and a.until is null
                        group by a.segment_id""", DSL.val(workspace.value()))
                .fetch().forEach(r -> stats.put(r.get(0, String.class), new SegmentStats(r.get(1, Long.class),
                        r.get(2, Long.class), money(r.get(3, BigDecimal.class)), money(r.get(4, BigDecimal.class)),
                        share(r.get(5, BigDecimal.class)), money(r.get(6, BigDecimal.class)))));
        return stats;
    }

    /** Members and their total spent on each snapshot date, oldest first. */
    List<TrendPoint> trend(WorkspaceId workspace, SegmentId id) {
        Field<LocalDate> date = Snapshots.SNAPSHOT_DATE;
        return sql.select(date, DSL.count(),
                        DSL.sum(DSL.when(Snapshots.PRIMARY_SEGMENT.eq(id.value()), DSL.inline(1)).otherwise(DSL.inline(0))),
                        DSL.sum(Snapshots.TOTAL_SPENT))
                .from(Snapshots.TABLE)
                .where(Snapshots.WORKSPACE_ID.eq(workspace.value()), SegmentTables.setContains(Snapshots.SEGMENTS, id.value()))
                .groupBy(date).orderBy(date)
                .fetch(r -> new TrendPoint(r.get(date), r.get(1, Long.class), r.get(2, Long.class),
                        money(r.get(3, BigDecimal.class))));
    }

    /** What {@code rule} selects among customers with metrics, as of {@code asOf}. */
    SegmentPreview preview(WorkspaceId workspace, FilterExpression rule, LocalDate asOf) {
        Table<?> facts = Filters.customerFacts().as("c");
        Field<String> ws = DSL.field(DSL.name("c", "workspace_id"), String.class);
        Field<String> customer = DSL.field(DSL.name("c", "customer_id"), String.class);
        Field<BigDecimal> spent = DSL.field(DSL.name("c", "total_spent"), BigDecimal.class);
        Field<BigDecimal> churn = DSL.field(DSL.name("c", "churn"), BigDecimal.class);
        Field<BigDecimal> clv = DSL.field(DSL.name("c", "clv"), BigDecimal.class);
        Record r = sql.select(DSL.count(), DSL.sum(spent), DSL.avg(churn), DSL.avg(clv)).from(facts)
                .where(ws.eq(workspace.value()))
                .andExists(DSL.selectOne().from(SegmentTables.Metrics.TABLE).where(
                        SegmentTables.Metrics.WORKSPACE_ID.eq(ws), SegmentTables.Metrics.CUSTOMER_ID.eq(customer)))
                .and(Filters.toCondition(rule, facts, asOf))
                .fetchOne();
        BigDecimal total = r.get(1, BigDecimal.class);
        return new SegmentPreview(Filters.render(rule), asOf, r.get(0, Long.class),
                total == null ? BigDecimal.ZERO.setScale(2) : money(total), share(r.get(2, BigDecimal.class)),
                money(r.get(3, BigDecimal.class)));
    }

    List<LocalDate> snapshotDates(WorkspaceId workspace) {
        return sql.selectDistinct(Snapshots.SNAPSHOT_DATE).from(Snapshots.TABLE)
                .where(Snapshots.WORKSPACE_ID.eq(workspace.value())).orderBy(Snapshots.SNAPSHOT_DATE)
                .fetch(Snapshots.SNAPSHOT_DATE);
    }

    static BigDecimal money(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal share(BigDecimal v) {
        return v == null ? null : v.setScale(4, RoundingMode.HALF_UP);
    }
}
