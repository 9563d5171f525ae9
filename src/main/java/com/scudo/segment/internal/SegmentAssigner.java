package com.scudo.segment.internal;

import com.scudo.analytics.ScoreTables;
import com.scudo.platform.WorkspaceKeys;
import com.scudo.segment.filter.Filters;
import com.scudo.segment.internal.SegmentTables.Metrics;
import com.scudo.segment.internal.SegmentTables.Snapshots;
import com.scudo.segment.internal.schema.tables.SegmentAssignmentStage;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static com.scudo.segment.internal.schema.Tables.SEGMENT_ASSIGNMENT_STAGE;

/**
 * Puts every customer into the segments whose rules they match, set-based: one INSERT ... SELECT stages every
 * (customer, segment) pair whose rule holds into a work table, its primary segment marked ({@link SegmentStaging}),
 * then a few statements write the memberships into analytics' scores ({@link ScoreTables.Metrics}), the snapshot of
 * the run's date and the assignment history ({@link AssignmentHistory}). After a whole-workspace run the scores' and
 * the snapshot's columns were already written by the run's swap ({@link StagedRunAssigner}), so only the history is
 * left. The statements here are typed jOOQ over the generated classes (analytics' reached through {@link ScoreTables}),
 * so a renamed column breaks the build and each renders for H2 and PostgreSQL alike. The history keeps one row per
 * period a customer held a segment; re-running on the same date changes nothing that did not change. Runs are expected
 * in date order: an older date leaves the history alone.
 */
@Component
class SegmentAssigner {
    private static final Logger log = LoggerFactory.getLogger(SegmentAssigner.class);
    private static final SegmentAssignmentStage STAGE = SEGMENT_ASSIGNMENT_STAGE;
    /** What a full pass reads: the tables behind the customer_facts view and the snapshots it writes. */
    private static final List<Table<?>> READ_AFTER_A_RUN = List.of(ScoreTables.Customers.TABLE, Metrics.TABLE,
            ScoreTables.Behaviour.TABLE, Snapshots.TABLE);

    private final DSLContext sql;
    private final SegmentStaging staging;
    private final StagedRunAssigner staged;

    SegmentAssigner(DSLContext sql, SegmentStaging staging, StagedRunAssigner staged) {
        this.sql = sql;
        this.staging = staging;
        this.staged = staged;
    }

    /**
     * After a full analytics run or re-score: every customer of the workspace, and that date's snapshot. When run
     * {@code runId} assigned its segments on its stage before the swap, the swap wrote them into the scores and the
     * snapshot and only the history is left; otherwise (no such run, or it could not stage them) every step.
     */
    @Transactional
    public int assignAll(WorkspaceId workspace, LocalDate asOf, String runId) {
        long started = System.nanoTime();
        StagedRunAssigner.StagedPass pass = staged.take(runId, workspace, asOf);
        int assigned;
        if (pass != null) {
            try {
                new AssignmentHistory(sql, workspace.value(), null, asOf, pass.batch()).update();
            } finally {
                sql.deleteFrom(STAGE).where(STAGE.BATCH_ID.eq(pass.batch())).execute();
            }
            assigned = pass.memberships();
        } else {
            assigned = assign(workspace, asOf, null, true);
        }
        log.info("Assigned {} segment memberships in {} as of {} in {} ms{}", assigned, workspace, asOf,
                (System.nanoTime() - started) / 1_000_000, pass == null ? "" : " (the scores' and snapshot's columns by the swap)");
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
                staging.refreshStatistics(READ_AFTER_A_RUN);
            }
            int memberships = staging.stage(workspace, asOf, ids, batch, Filters.customerFacts(), true);
            if (only == null) {
                staging.refreshStatistics(List.of(STAGE));
            }
            Table<?> staged = staging.perCustomer(batch).asTable("s");
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
                writeSnapshot(ws, asOf, ids, batch);
            }
            new AssignmentHistory(sql, ws, ids, asOf, batch).update();
            return memberships;
        } finally {
            sql.deleteFrom(STAGE).where(STAGE.BATCH_ID.eq(batch)).execute();
        }
    }

    /** The segment columns of the date's snapshot rows from a staged batch; {@code ids} null means every customer. */
    private void writeSnapshot(String ws, LocalDate asOf, List<String> ids, String batch) {
        Table<?> staged = staging.perCustomer(batch).asTable("s");
        Field<String> stagedCustomer = staged.field(STAGE.CUSTOMER_ID);
        Field<String> segments = staged.field(Metrics.SEGMENTS);
        Field<String> primary = staged.field(Metrics.PRIMARY_SEGMENT);
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

}
