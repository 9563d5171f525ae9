package com.scudo.segment.internal;

import com.scudo.analytics.CustomerFactsColumns;
import com.scudo.money.Money;
import com.scudo.segment.SegmentDetail.TrendPoint;
import com.scudo.segment.SegmentId;
import com.scudo.segment.SegmentPreview;
import com.scudo.segment.SegmentStats;
import com.scudo.segment.filter.FilterExpression;
import com.scudo.segment.filter.Filters;
import com.scudo.segment.internal.SegmentTables.Metrics;
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

import static com.scudo.segment.internal.schema.Tables.SEGMENT_ASSIGNMENTS;

/** Sizes and values of segments: now (from the open assignments), over the snapshots, and for a draft rule. */
@Component
class SegmentFigures {
    private final DSLContext sql;
    private final Money money;

    SegmentFigures(DSLContext sql, Money money) {
        this.sql = sql;
        this.money = money;
    }

    /** The figures of a segment without members, in the workspace's reporting currency. */
    SegmentStats empty(WorkspaceId workspace) {
        return SegmentStats.empty(money.reportingCurrency(workspace));
    }

    /** Current figures of every segment that has members, by segment id. */
    Map<String, SegmentStats> current(WorkspaceId workspace) {
        Map<String, SegmentStats> stats = new HashMap<>();
        String currency = money.reportingCurrency(workspace);
        var a = SEGMENT_ASSIGNMENTS;
        sql.select(a.SEGMENT_ID, DSL.count(), DSL.sum(DSL.when(DSL.condition(a.IS_PRIMARY), DSL.inline(1)).otherwise(DSL.inline(0))),
                        DSL.sum(Metrics.TOTAL_SPENT), DSL.avg(Metrics.TOTAL_SPENT), DSL.avg(Metrics.CHURN),
                        DSL.avg(Metrics.CLV), DSL.sum(Metrics.CLV))
                .from(a).join(Metrics.TABLE)
                .on(Metrics.WORKSPACE_ID.eq(a.WORKSPACE_ID).and(Metrics.CUSTOMER_ID.eq(a.CUSTOMER_ID)))
                .where(a.WORKSPACE_ID.eq(workspace.value()).and(a.UNTIL.isNull()))
                .groupBy(a.SEGMENT_ID)
                .fetch().forEach(r -> stats.put(r.get(0, String.class), new SegmentStats(r.get(1, Long.class),
                        r.get(2, Long.class), money(r.get(3, BigDecimal.class)), money(r.get(4, BigDecimal.class)),
                        share(r.get(5, BigDecimal.class)), money(r.get(6, BigDecimal.class)),
                        money(r.get(7, BigDecimal.class)), currency)));
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
        Field<String> ws = facts.field(CustomerFactsColumns.WORKSPACE_ID);
        Field<String> customer = facts.field(CustomerFactsColumns.CUSTOMER_ID);
        Field<BigDecimal> spent = facts.field(CustomerFactsColumns.TOTAL_SPENT);
        Field<BigDecimal> churn = facts.field(CustomerFactsColumns.CHURN);
        Field<BigDecimal> clv = facts.field(CustomerFactsColumns.CLV);
        Record r = sql.select(DSL.count(), DSL.sum(spent), DSL.avg(churn), DSL.avg(clv)).from(facts)
                .where(ws.eq(workspace.value()))
                .andExists(DSL.selectOne().from(Metrics.TABLE).where(Metrics.WORKSPACE_ID.eq(ws), Metrics.CUSTOMER_ID.eq(customer)))
                .and(Filters.toCondition(rule, facts, asOf))
                .fetchOne();
        BigDecimal total = r.get(1, BigDecimal.class);
        return new SegmentPreview(Filters.render(rule), asOf, r.get(0, Long.class),
                total == null ? BigDecimal.ZERO.setScale(2) : money(total), share(r.get(2, BigDecimal.class)),
                money(r.get(3, BigDecimal.class)), money.reportingCurrency(workspace));
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
