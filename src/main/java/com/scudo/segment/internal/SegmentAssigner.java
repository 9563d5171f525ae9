package com.scudo.segment.internal;

import com.scudo.analytics.ScoreTables;
import com.scudo.platform.WorkspaceKeys;
import com.scudo.segment.Segment;
import com.scudo.segment.filter.FilterException;
import com.scudo.segment.filter.FilterExpression;
import com.scudo.segment.filter.Filters;
import com.scudo.segment.internal.SegmentTables.Metrics;
import com.scudo.segment.internal.SegmentTables.Snapshots;
import com.scudo.segment.internal.schema.tables.SegmentAssignmentStage;
import com.scudo.shared.CustomerId;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.WorkspaceId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Row2;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static com.scudo.analytics.CustomerFactsColumns.CUSTOMER_ID;
import static com.scudo.analytics.CustomerFactsColumns.WORKSPACE_ID;
import static com.scudo.segment.internal.schema.Tables.SEGMENT_ASSIGNMENT_STAGE;

/**
 * Puts every customer into the segments whose rules they match, set-based: one INSERT ... SELECT stages every
 * (customer, segment) pair whose rule holds into a work table, its primary segment marked, then a few statements
 * write the memberships into analytics' scores ({@link ScoreTables.Metrics}), the snapshot of the run's date and the
 * assignment history ({@link AssignmentHistory}). The statements here are typed jOOQ over the generated classes
 * (analytics' reached through {@link ScoreTables}), so a renamed column breaks the build and each renders for H2 and
 * PostgreSQL alike. The history keeps one row per period a customer held a segment; re-running on the same date changes
 * nothing that did not change. Runs are expected in date order: an older date leaves the history alone.
 */
@Component
class SegmentAssigner {
    private static final Logger log = LoggerFactory.getLogger(SegmentAssigner.class);
    private static final SegmentAssignmentStage STAGE = SEGMENT_ASSIGNMENT_STAGE;
    /** What a full pass reads: the tables behind the customer_facts view and the snapshots it writes. */
    private static final List<Table<?>> READ_AFTER_A_RUN = List.of(ScoreTables.Customers.TABLE, Metrics.TABLE,
            ScoreTables.Behaviour.TABLE, Snapshots.TABLE);
    /** The segments of a pass with their priority, as an inline table joined with every customer. */
    private static final String RANKED = "s";
    private static final Field<Integer> RANKED_RANK_ORDER = DSL.field(DSL.name(RANKED, STAGE.RANK_ORDER.getName()),
            STAGE.RANK_ORDER.getDataType());

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
        log.info("Assigned {} segment memberships in {} as of {} in {} ms", assigned, workspace, asOf,
                (System.nanoTime() - started) / 1_000_000);
        return assigned;
    }

    /** After some customers' metrics were refreshed: those customers only, as one set. */
    @Transactional
    public int assignSome(WorkspaceId workspace, LocalDate asOf, Collection<CustomerId> customers) {
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

    /** Returns the number of (customer, segment) memberships found; {@code only} null means every customer. */
    int assign(WorkspaceId workspace, LocalDate asOf, Collection<CustomerId> only, boolean writeSnapshot) {
        String batch = UUID.randomUUID().toString();
        String ws = workspace.value();
        List<String> ids = only == null ? null : only.stream().map(CustomerId::value).toList();
        try {
            if (only == null) {
                refreshStatistics(READ_AFTER_A_RUN);
            }
            int memberships = stage(workspace, asOf, ids, batch);
            if (only == null) {
                refreshStatistics(List.of(STAGE));
            }
            Table<?> staged = perCustomer(batch).asTable("s");
            Field<String> stagedCustomer = staged.field(STAGE.CUSTOMER_ID);
            Field<String> segments = staged.field(Metrics.SEGMENTS);
            Field<String> primary = staged.field(Metrics.PRIMARY_SEGMENT);
            // Written only where they changed, and reset only where the customer left every segment: a re-run on
            // similar data then rewrites few rows, where a reset of everyone followed by the merge wrote each twice.
            sql.mergeInto(Metrics.TABLE).using(staged)
                    .on(Metrics.WORKSPACE_ID.eq(ws).and(Metrics.CUSTOMER_ID.eq(stagedCustomer)))
                    .whenMatchedAnd(Metrics.SEGMENTS.isDistinctFrom(segments)
                            .or(Metrics.PRIMARY_SEGMENT.isDistinctFrom(primary)))
                    .thenUpdate()
                    .set(Metrics.SEGMENTS, segments)
                    .set(Metrics.PRIMARY_SEGMENT, primary)
                    .execute();
            sql.update(Metrics.TABLE).set(Metrics.SEGMENTS, (String) null).set(Metrics.PRIMARY_SEGMENT, (String) null)
                    .where(ids == null ? Metrics.WORKSPACE_ID.eq(ws)
                            : WorkspaceKeys.in(sql, Metrics.WORKSPACE_ID, ws, Metrics.CUSTOMER_ID, ids))
                    .and(Metrics.SEGMENTS.isNotNull().or(Metrics.PRIMARY_SEGMENT.isNotNull()))
                    .andNotExists(DSL.selectOne().from(STAGE)
                            .where(STAGE.BATCH_ID.eq(batch), STAGE.CUSTOMER_ID.eq(Metrics.CUSTOMER_ID)))
                    .execute();
            if (writeSnapshot) {
                sql.mergeInto(Snapshots.TABLE).using(staged)
                        .on(Snapshots.WORKSPACE_ID.eq(ws).and(Snapshots.SNAPSHOT_DATE.eq(asOf))
                                .and(Snapshots.CUSTOMER_ID.eq(stagedCustomer)))
                        .whenMatchedAnd(Snapshots.SEGMENTS.isDistinctFrom(segments)
                                .or(Snapshots.PRIMARY_SEGMENT.isDistinctFrom(primary)))
                        .thenUpdate()
                        .set(Snapshots.SEGMENTS, segments)
                        .set(Snapshots.PRIMARY_SEGMENT, primary)
                        .execute();
                sql.update(Snapshots.TABLE).set(Snapshots.SEGMENTS, (String) null)
                        .set(Snapshots.PRIMARY_SEGMENT, (String) null)
                        .where(ids == null ? Snapshots.WORKSPACE_ID.eq(ws).and(Snapshots.SNAPSHOT_DATE.eq(asOf))
                                : WorkspaceKeys.in(sql, Snapshots.WORKSPACE_ID, ws, Snapshots.SNAPSHOT_DATE, asOf,
                                        Snapshots.CUSTOMER_ID, ids))
                        .and(Snapshots.SEGMENTS.isNotNull().or(Snapshots.PRIMARY_SEGMENT.isNotNull()))
                        .andNotExists(DSL.selectOne().from(STAGE)
                                .where(STAGE.BATCH_ID.eq(batch), STAGE.CUSTOMER_ID.eq(Snapshots.CUSTOMER_ID)))
                        .execute();
            }
            new AssignmentHistory(sql, ws, ids == null ? null : idList(ids), asOf, batch).update();
            return memberships;
        } finally {
            sql.deleteFrom(STAGE).where(STAGE.BATCH_ID.eq(batch)).execute();
        }
    }

    private static Condition within(Field<String> customer, List<String> ids) {
        return ids == null ? DSL.noCondition() : customer.in(ids);
    }

    private static org.jooq.QueryPart idList(List<String> ids) {
        return DSL.list(ids.stream().map(DSL::val).toList());
    }

    private int stage(WorkspaceId workspace, LocalDate asOf, List<String> only, String batch) {
        Table<?> facts = Filters.customerFacts().as("c");
        Field<String> ws = facts.field(WORKSPACE_ID);
        Field<String> customer = facts.field(CUSTOMER_ID);
        Table<?> from = facts;
        Condition keys = within(customer, only);
        if (only != null && WorkspaceKeys.isH2(sql)) {
            // A refresh's few customers: H2 looks each up in the view's tables when they are a table joined on the
            // key, where an IN list beside the workspace reads the workspace's every row (WorkspaceKeys).
            Table<?> wanted = WorkspaceKeys.table(workspace.value(), only);
            from = wanted.join(facts).on(ws.eq(WorkspaceKeys.workspaceOf(wanted))
                    .and(customer.eq(WorkspaceKeys.keyOf(wanted))));
            keys = DSL.noCondition();
        }
        Condition scope = ws.eq(workspace.value()).and(keys)
                .andExists(DSL.selectOne().from(Metrics.TABLE)
                        .where(Metrics.WORKSPACE_ID.eq(ws), Metrics.CUSTOMER_ID.eq(customer)));
        // One pass over the customers for every segment: each (customer, segment) pair whose rule holds is a row. Read
        // once and tested against every rule, the joined facts cost one scan instead of one per segment.
        List<Segment> segments = store.all(workspace);
        List<Row2<String, Integer>> ranked = new ArrayList<>();
        List<Condition> rules = new ArrayList<>();
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
            rules.add(RANKED_RANK_ORDER.eq(DSL.inline(rank)).and(Filters.toCondition(rule, facts, asOf)));
        }
        if (ranked.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        Table<Record2<String, Integer>> segmentRanks = DSL.values(ranked.toArray(Row2[]::new))
                .as(RANKED, STAGE.SEGMENT_ID.getName(), STAGE.RANK_ORDER.getName());
        // The first segment by priority is each customer's primary one, marked as the rows are staged: a window over
        // the rows the rules kept, where a second statement rewrote every staged row (3 s of 25 at 100,000 customers).
        Field<Integer> rankOrder = segmentRanks.field(STAGE.RANK_ORDER);
        Field<Boolean> primary = DSL.field(rankOrder.eq(DSL.min(rankOrder).over(DSL.partitionBy(customer))));
        return sql.insertInto(STAGE, STAGE.BATCH_ID, STAGE.WORKSPACE_ID, STAGE.CUSTOMER_ID, STAGE.SEGMENT_ID,
                        STAGE.RANK_ORDER, STAGE.IS_PRIMARY)
                .select(DSL.select(DSL.val(batch), ws, customer, segmentRanks.field(STAGE.SEGMENT_ID), rankOrder, primary)
                        .from(from).crossJoin(segmentRanks).where(scope).and(DSL.or(rules)))
                .execute();
    }

    /**
     * A full run follows a bulk write by the analytics run, before the database has sampled the new rows: without
     * fresh statistics PostgreSQL takes 100,000 rows for a handful and joins them by nested scans (minutes instead
     * of seconds). ANALYZE samples a fixed number of rows, so it stays cheap however large the tables grow.
     */
    private void refreshStatistics(List<? extends Table<?>> tables) {
        String analyze = sql.dialect().family() == SQLDialect.POSTGRES ? "analyze {0}" : "analyze table {0}";
        for (Table<?> table : tables) {
            sql.execute(analyze, table);
        }
    }

    /** Per staged customer: segments as "|A|B|" in priority order, and the primary segment, named as the scores' columns. */
    private Select<?> perCustomer(String batch) {
        Field<String> ids = DSL.listAgg(STAGE.SEGMENT_ID, "|").withinGroupOrderBy(STAGE.RANK_ORDER);
        return DSL.select(STAGE.CUSTOMER_ID,
                        DSL.inline("|").concat(ids).concat(DSL.inline("|")).as(Metrics.SEGMENTS),
                        DSL.max(DSL.when(STAGE.IS_PRIMARY.isTrue(), STAGE.SEGMENT_ID)).as(Metrics.PRIMARY_SEGMENT))
                .from(STAGE).where(STAGE.BATCH_ID.eq(batch)).groupBy(STAGE.CUSTOMER_ID);
    }
}
