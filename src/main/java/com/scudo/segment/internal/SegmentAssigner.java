package com.scudo.segment.internal;

import com.scudo.segment.Segment;
import com.scudo.segment.filter.FilterException;
import com.scudo.segment.filter.FilterExpression;
import com.scudo.segment.filter.Filters;
import com.scudo.segment.internal.SegmentTables.Metrics;
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
    @Transactional
    public int assignAll(WorkspaceId workspace, LocalDate asOf) {
        long started = System.nanoTime();
        int assigned = assign(workspace, asOf, null, true);
        log.info("Assigned segments to {} customers of {} as of {} in {} ms", assigned, workspace, asOf,
                (System.nanoTime() - started) / 1_000_000);
        return assigned;
    }

    /** After some customers' metrics were refreshed: those customers only, as one set. */
    @Transactional
    public int assignSome(WorkspaceId workspace, LocalDate asOf, java.util.Collection<CustomerId> customers) {
        return assign(workspace, asOf, customers, true);
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
    int assign(WorkspaceId workspace, LocalDate asOf, java.util.Collection<CustomerId> only, boolean writeSnapshot) {
        String batch = UUID.randomUUID().toString();
        String ws = workspace.value();
        try {
            if (only == null) {
                refreshStatistics("customer_dim", "customer_metrics", "behavioral_analytics", "metric_snapshots");
            }
            int memberships = stage(workspace, asOf, only, batch);
            if (only == null) {
                refreshStatistics("segment_assignment_stage");
            }
            markPrimary(batch);
            String scope = only == null ? "" : " and customer_id in ({2})";
            Object[] binds = {DSL.val(batch), DSL.val(ws), only == null ? DSL.val((String) null) : idList(only), DSL.val(asOf)};
            sql.query("update customer_metrics set segments = null, primary_segment = null where workspace_id = {1}"
                    + scope + " and (segments is not null or primary_segment is not null)", binds).execute();
            sql.query("merge into customer_metrics m using ({4}) s on (m.workspace_id = {1} and m.customer_id = s.customer_id)"
                    + " when matched then update set segments = s.segments, primary_segment = s.primary_segment",
                    binds[0], binds[1], binds[2], binds[3], perCustomer(batch)).execute();
            if (writeSnapshot) {
                sql.query("update metric_snapshots set segments = null, primary_segment = null where workspace_id = {1}"
                        + " and snapshot_date = {3}" + scope, binds).execute();
                sql.query("merge into metric_snapshots m using ({4}) s on (m.workspace_id = {1} and m.snapshot_date = {3}"
                        + " and m.customer_id = s.customer_id)"
                        + " when matched then update set segments = s.segments, primary_segment = s.primary_segment",
                        binds[0], binds[1], binds[2], binds[3], perCustomer(batch)).execute();
            }
            new AssignmentHistory(sql, ws, only == null ? null : idList(only), asOf, batch).update();
            return memberships;
        } finally {
            sql.deleteFrom(Stage.TABLE).where(Stage.BATCH_ID.eq(batch)).execute();
        }
    }

    private static org.jooq.QueryPart idList(java.util.Collection<CustomerId> ids) {
        return DSL.list(ids.stream().map(id -> DSL.val(id.value())).toList());
    }

    private int stage(WorkspaceId workspace, LocalDate asOf, java.util.Collection<CustomerId> only, String batch) {
        Table<?> facts = Filters.customerFacts().as("c");
        Field<String> ws = DSL.field(DSL.name("c", "workspace_id"), String.class);
        Field<String> customer = DSL.field(DSL.name("c", "customer_id"), String.class);
        Condition scope = ws.eq(workspace.value())
                .and(only == null ? DSL.noCondition() : customer.in(only.stream().map(CustomerId::value).toList()))
                .andExists(DSL.selectOne().from(Metrics.TABLE)
                        .where(Metrics.WORKSPACE_ID.eq(ws), Metrics.CUSTOMER_ID.eq(customer)));
        // One pass over the customers for every segment: each (customer, segment) pair whose rule holds is a row. Read
        // once and tested against every rule, the joined facts cost one scan instead of one per segment.
        List<Segment> segments = store.all(workspace);
        List<org.jooq.Row2<String, Integer>> ranked = new java.util.ArrayList<>();
        List<Condition> rules = new java.util.ArrayList<>();
        Field<String> segmentId = DSL.field(DSL.name("s", "segment_id"), String.class);
        Field<Integer> rankOrder = DSL.field(DSL.name("s", "rank_order"), Integer.class);
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
            ranked.add(DSL.row(DSL.inline(segment.id().value()), DSL.inline(rank)));
            rules.add(rankOrder.eq(DSL.inline(rank)).and(Filters.toCondition(rule, facts, asOf)));
        }
        if (ranked.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        Table<?> segmentRanks = DSL.values(ranked.toArray(org.jooq.Row2[]::new)).as("s", "segment_id", "rank_order");
        return sql.insertInto(Stage.TABLE, Stage.BATCH_ID, Stage.WORKSPACE_ID,
                        Stage.CUSTOMER_ID, Stage.SEGMENT_ID, Stage.RANK_ORDER, Stage.IS_PRIMARY)
                .select(DSL.select(DSL.val(batch), ws, customer, segmentId, rankOrder, DSL.inline(false))
                        .from(facts).crossJoin(segmentRanks).where(scope).and(DSL.or(rules)))
                .execute();
    }

    /**
     * A full run follows a bulk write by the analytics run, before the database has sampled the new rows: without
     * fresh statistics PostgreSQL takes 100,000 rows for a handful and joins them by nested scans (minutes instead
     * of seconds). ANALYZE samples a fixed number of rows, so it stays cheap however large the tables grow.
     */
    private void refreshStatistics(String... tables) {
        for (String table : tables) {
            sql.execute(sql.dialect().family() == org.jooq.SQLDialect.POSTGRES ? "analyze " + table
                    : "analyze table " + table);
        }
    }

    /**
     * The first segment by priority is each customer's primary one. A grouped join, not a per-row subquery:
     * the work table is empty when a pass starts, so a planner would pick a scan per row.
     */
    private void markPrimary(String batch) {
        sql.query("""
                merge into segment_assignment_stage t
                using (select customer_id, min(rank_order) as first_rank from segment_assignment_stage
                       where batch_id = {0} group by customer_id) p
                on (t.batch_id = {0} and t.customer_id = p.customer_id and t.rank_order = p.first_rank)
                when matched then update set is_primary = true""", DSL.val(batch)).execute();
    }

    /** Per staged customer: segments as "|A|B|" in priority order, and the primary segment. */
    private org.jooq.Select<?> perCustomer(String batch) {
        Field<String> ids = DSL.listAgg(Stage.SEGMENT_ID, "|").withinGroupOrderBy(Stage.RANK_ORDER);
        return DSL.select(Stage.CUSTOMER_ID.as("customer_id"),
                        DSL.inline("|").concat(ids).concat(DSL.inline("|")).as("segments"),
                        DSL.max(DSL.when(Stage.IS_PRIMARY.isTrue(), Stage.SEGMENT_ID)).as("primary_segment"))
                .from(Stage.TABLE).where(Stage.BATCH_ID.eq(batch)).groupBy(Stage.CUSTOMER_ID);
    }
}
