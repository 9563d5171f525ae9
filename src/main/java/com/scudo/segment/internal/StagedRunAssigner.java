package com.scudo.segment.internal;

import com.scudo.analytics.CustomerFactsColumns;
import com.scudo.analytics.ScoreTables.StagedSegmentColumns;
import com.scudo.analytics.StagedSegments;
import com.scudo.segment.internal.SegmentTables.Metrics;
import com.scudo.segment.internal.schema.tables.SegmentAssignmentStage;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static com.scudo.segment.internal.schema.Tables.SEGMENT_ASSIGNMENT_STAGE;

/**
 * Assigns a whole-workspace run's segments on its staged scores, before the swap: the memberships are staged under a
 * batch of the run (kept for the segment step after the run, which writes the history from it), and each customer's
 * segment columns go to analytics' {@link StagedSegmentColumns}, which the swap writes with the scores and the date's
 * snapshot. The score rows are then written once per run, where the segment step rewrote every one the swap had just
 * written.
 */
@Component
class StagedRunAssigner implements StagedSegments {
    private static final Logger log = LoggerFactory.getLogger(StagedRunAssigner.class);
    private static final SegmentAssignmentStage STAGE = SEGMENT_ASSIGNMENT_STAGE;
    /** Batches of runs are named so; one run per workspace at a time, so another such batch of it is stale. */
    private static final String RUN_BATCH = "run-";

    /** A run's staged pass, waiting for its segment step. */
    record StagedPass(String workspace, LocalDate asOf, String batch, int memberships) {
    }

    private final Map<String, StagedPass> passes = new ConcurrentHashMap<>();
    private final DSLContext sql;
    private final SegmentStaging staging;

    StagedRunAssigner(DSLContext sql, SegmentStaging staging) {
        this.sql = sql;
        this.staging = staging;
    }

    @Override
    @Transactional
    public void assignStaged(WorkspaceId workspace, LocalDate asOf, String runId) {
        long started = System.nanoTime();
        String ws = workspace.value();
        // A run that staged its segments and then stopped before its segment step left its batch behind.
        passes.values().removeIf(p -> p.workspace().equals(ws));
        sql.deleteFrom(STAGE).where(STAGE.WORKSPACE_ID.eq(ws), STAGE.BATCH_ID.startsWith(RUN_BATCH)).execute();
        String batch = RUN_BATCH + UUID.nameUUIDFromBytes(runId.getBytes(StandardCharsets.UTF_8));
        int memberships = staging.stage(workspace, asOf, null, batch, CustomerFactsColumns.STAGED, false);
        // Its statistics are those of whatever the table held when last sampled (usually nothing), and the swap and
        // the segment step join it by customer.
        long sampled = System.nanoTime();
        staging.refreshStatistics(List.of(STAGE));
        sampled = System.nanoTime() - sampled;
        Table<?> perCustomer = staging.perCustomer(batch).asTable("s");
        sql.insertInto(StagedSegmentColumns.TABLE, StagedSegmentColumns.WORKSPACE_ID, StagedSegmentColumns.CUSTOMER_ID,
                        StagedSegmentColumns.SEGMENTS, StagedSegmentColumns.PRIMARY_SEGMENT)
                .select(DSL.select(DSL.val(ws), perCustomer.field(STAGE.CUSTOMER_ID),
                        perCustomer.field(Metrics.SEGMENTS), perCustomer.field(Metrics.PRIMARY_SEGMENT)).from(perCustomer))
                .execute();
        passes.put(runId, new StagedPass(ws, asOf, batch, memberships));
        log.info("Assigned {} segment memberships of run {} in {} as of {} on its stage in {} ms (statistics {} ms)",
                memberships, runId, workspace, asOf, (System.nanoTime() - started) / 1_000_000, sampled / 1_000_000);
    }

    /** The pass run {@code runId} staged for this workspace and date, or null; it is handed out once. */
    StagedPass take(String runId, WorkspaceId workspace, LocalDate asOf) {
        StagedPass pass = runId == null ? null : passes.remove(runId);
        if (pass != null && !(pass.workspace().equals(workspace.value()) && pass.asOf().equals(asOf))) {
            sql.deleteFrom(STAGE).where(STAGE.BATCH_ID.eq(pass.batch())).execute();
            return null;
        }
        return pass;
    }
}
