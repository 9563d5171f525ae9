package com.scudo.segment.internal;

import com.scudo.analytics.CustomerMetricsRefreshed;
import com.scudo.analytics.MetricsComputed;
import com.scudo.segment.Segment;
import com.scudo.segment.filter.FilterException;
import com.scudo.segment.filter.FilterExpression;
import com.scudo.segment.filter.Filters;
import com.scudo.segment.internal.SegmentTables.Metrics;
import com.scudo.segment.internal.SegmentTables.Snapshots;
import com.scudo.segment.internal.SegmentTables.Stage;
import com.scudo.shared.CustomerId;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.WorkspaceId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Puts every customer into the segments whose rules they match, set-based: one INSERT ... SELECT per segment
 * into a work table (in priority order, so the first row per customer is the primary segment), then a few
 * statements that write customer_metrics, the snapshot of the run's date and the assignment history.
 * The history keeps one row per period a customer held a segment; re-running on the same date changes
 * nothing that did not change. Runs are expected in date order: an older date leaves the history alone.
 */
@Component
class SegmentAssigner {
    private static final Logger log = LoggerFactory.getLogger(SegmentAssigner.class);
    private final DSLContext sql;
    private final SegmentStore store;

    SegmentAssigner(DSLContext sql, SegmentStore store) {
        this.sql = sql;
        this.store = store;
    }

    /** After a full analytics run: every customer of the workspace, and that date's snapshot. */
    @EventListener
    @Transactional
    public void onMetricsComputed(MetricsComputed event) {
        long started = System.nanoTime();
        int assigned = assign(event.workspace(), event.asOf(), null, true);
        log.info("Assigned segments to {} customers of {} as of {} in {} ms", assigned, event.workspace(),
                event.asOf(), (System.nanoTime() - started) / 1_000_000);
    }

    /** After one customer's metrics were refreshed: that customer only. */
    @EventListener
    @Transactional
    public void onCustomerMetricsRefreshed(CustomerMetricsRefreshed event) {
        assign(event.workspace(), event.asOf(), event.customer(), true);
    }

    /** After a segment was created, edited or deleted: everyone, as of the last run, snapshots untouched. */
    @Transactional
    public void reassign(WorkspaceId workspace) {
        LocalDate asOf = lastRun(workspace);
        if (asOf != null) {
            assign(workspace, asOf, null, false);
        }
    }

    /** The as-of date of the workspace's metrics, or null before the first run. */
    LocalDate lastRun(WorkspaceId workspace) {
        return sql.select(DSL.max(Metrics.AS_OF)).from(Metrics.TABLE)
                .where(Metrics.WORKSPACE_ID.eq(workspace.value())).fetchOne(0, LocalDate.class);
    }

    /** Returns the number of (customer, segment) memberships found. */
    int assign(WorkspaceId workspace, LocalDate asOf, CustomerId only, boolean writeSnapshot) {
        String batch = UUID.randomUUID().toString();
        String ws = workspace.value();
        try {
            int memberships = stage(workspace, asOf, only, batch);
            Condition metricsScope = Metrics.WORKSPACE_ID.eq(ws)
                    .and(only == null ? DSL.noCondition() : Metrics.CUSTOMER_ID.eq(only.value()));
            sql.update(Metrics.TABLE)
                    .set(Metrics.SEGMENTS, segmentSet(batch, Metrics.CUSTOMER_ID))
                    .set(Metrics.PRIMARY_SEGMENT, primary(batch, Metrics.CUSTOMER_ID))
                    .where(metricsScope).execute();
            if (writeSnapshot) {
                sql.update(Snapshots.TABLE)
                        .set(Snapshots.SEGMENTS, segmentSet(batch, Snapshots.CUSTOMER_ID))
                        .set(Snapshots.PRIMARY_SEGMENT, primary(batch, Snapshots.CUSTOMER_ID))
                        .where(Snapshots.WORKSPACE_ID.eq(ws), Snapshots.SNAPSHOT_DATE.eq(asOf))
                        .and(only == null ? DSL.noCondition() : Snapshots.CUSTOMER_ID.eq(only.value()))
                        .execute();
            }
            new AssignmentHistory(sql, ws, only == null ? null : only.value(), asOf, batch).update();
            return memberships;
        } finally {
            sql.deleteFrom(Stage.TABLE).where(Stage.BATCH_ID.eq(batch)).execute();
        }
    }

    private int stage(WorkspaceId workspace, LocalDate asOf, CustomerId only, String batch) {
        Table<?> facts = Filters.customerFacts().as("c");
        Field<String> ws = DSL.field(DSL.name("c", "workspace_id"), String.class);
        Field<String> customer = DSL.field(DSL.name("c", "customer_id"), String.class);
        Condition scope = ws.eq(workspace.value())
                .and(only == null ? DSL.noCondition() : customer.eq(only.value()))
                .andExists(DSL.selectOne().from(Metrics.TABLE)
                        .where(Metrics.WORKSPACE_ID.eq(ws), Metrics.CUSTOMER_ID.eq(customer)));
        List<Segment> segments = store.all(workspace);
        int rows = 0;
        for (int rank = 0; rank < segments.size(); rank++) {
            Segment segment = segments.get(rank);
            FilterExpression rule;
            try {
                rule = SegmentRules.parse(segment.rule());
            } catch (FilterException | InvalidInputException e) {
                log.warn("Segment {} of {} skipped: its rule no longer parses ({})", segment.id(), workspace,
                        e.getMessage());
                continue;
            }
            Field<Boolean> first = DSL.when(DSL.exists(DSL.selectOne().from(Stage.TABLE)
                    .where(Stage.BATCH_ID.eq(batch), Stage.CUSTOMER_ID.eq(customer))), DSL.inline(false))
                    .otherwise(DSL.inline(true));
            rows += sql.insertInto(Stage.TABLE, Stage.BATCH_ID, Stage.WORKSPACE_ID,
                            Stage.CUSTOMER_ID, Stage.SEGMENT_ID, Stage.RANK_ORDER, Stage.IS_PRIMARY)
                    .select(DSL.select(DSL.val(batch), ws, customer, DSL.val(segment.id().value()), DSL.val(rank), first)
                            .from(facts).where(scope).and(Filters.toCondition(rule, facts, asOf)))
                    .execute();
        }
        return rows;
    }

    /** "|A|B|" in priority order, or null when the customer matches no segment. */
    private static Field<String> segmentSet(String batch, Field<String> customer) {
        Field<String> ids = DSL.listAgg(Stage.SEGMENT_ID, "|").withinGroupOrderBy(Stage.RANK_ORDER);
        return DSL.select(DSL.when(DSL.count().gt(0), DSL.inline("|").concat(ids).concat(DSL.inline("|"))))
                .from(Stage.TABLE).where(Stage.BATCH_ID.eq(batch), Stage.CUSTOMER_ID.eq(customer)).asField();
    }

    private static Field<String> primary(String batch, Field<String> customer) {
        return DSL.select(Stage.SEGMENT_ID).from(Stage.TABLE)
                .where(Stage.BATCH_ID.eq(batch), Stage.CUSTOMER_ID.eq(customer), Stage.IS_PRIMARY.isTrue()).asField();
    }
}
