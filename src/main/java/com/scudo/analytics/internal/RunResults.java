package com.scudo.analytics.internal;

import com.scudo.analytics.StagedSegments;
import com.scudo.platform.BulkInsert;
import com.scudo.platform.TableStatistics;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import static com.scudo.analytics.internal.MetricTables.BEHAVIORAL_ANALYTICS;
import static com.scudo.analytics.internal.MetricTables.CUSTOMER_METRICS;
import static com.scudo.analytics.internal.MetricTables.METRIC_SNAPSHOTS;

/**
 * What a whole-workspace run (full run or re-score) writes, so that no reader ever sees part of it: scores and
 * behaviour go to stage tables with the bulk path as they are computed, and {@link #swap} moves them into
 * customer_metrics and behavioral_analytics, and the date's snapshot rows into metric_snapshots, in one transaction (a
 * reader sees all of the previous run or all of this one). Just before the swap, {@link StagedSegments} assigns
 * segments on the staged scores, and the swap writes them with the scores and the snapshot, so each row is written once
 * and its segments belong to the same run.
 */
@Component
class RunResults {
    private static final Table<?> METRICS_STAGE = DSL.table(DSL.name("customer_metrics_stage"));
    private static final Table<?> BEHAVIOUR_STAGE = DSL.table(DSL.name("behavioral_analytics_stage"));
    private static final Table<?> SEGMENTS_STAGE = DSL.table(DSL.name("customer_segments_stage"));
    /** The segment columns of the scores, written by the swap when the run's segments were staged. */
    private static final List<String> SEGMENT_COLUMNS = List.of("segments", "primary_segment");

    private static final String JOIN_MEMORY = "64MB";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RunResults.class);
    private final DSLContext sql;
    private final ObjectProvider<StagedSegments> segments;

    RunResults(DSLContext sql, ObjectProvider<StagedSegments> segments) {
        this.sql = sql;
        this.segments = segments;
    }

    /** Starts a run's output: whatever an interrupted run of the workspace left in the stages goes. */
    void begin(String workspace) {
        sql.deleteFrom(METRICS_STAGE).where(MetricsWriter.WORKSPACE.eq(workspace)).execute();
        sql.deleteFrom(BEHAVIOUR_STAGE).where(MetricsWriter.WORKSPACE.eq(workspace)).execute();
        sql.deleteFrom(SEGMENTS_STAGE).where(MetricsWriter.WORKSPACE.eq(workspace)).execute();
    }

    void stageBehaviour(String workspace, LocalDate asOf, List<CustomerFigures> figures, List<Behaviour> behaviours,
                        OffsetDateTime computedAt) {
        BulkInsert.insert(sql, BEHAVIOUR_STAGE, MetricsWriter.BEHAVIOUR_FIELDS,
                MetricsWriter.behaviourRows(workspace, asOf, figures, behaviours, computedAt));
    }

    /** Stages the scores; the swap copies the date's snapshot rows from them. */
    void stageScores(String workspace, LocalDate asOf, List<CustomerScore> scores, OffsetDateTime computedAt) {
        BulkInsert.insert(sql, METRICS_STAGE, MetricsWriter.METRIC_FIELDS,
                MetricsWriter.metricRows(workspace, asOf, scores, computedAt));
    }

    /**
     * Makes the staged run of {@code runId} the visible one, in one transaction, and empties the stages. Segments are
     * assigned on the staged scores first and written by the same statement as the scores.
     */
    void swap(String workspace, LocalDate asOf, String runId) {
        // What the segment rules read of the run; a first run, or one of a very different size, needs a new sample.
        List<String> sampled = new java.util.ArrayList<>(TableStatistics.refreshWhereSizeChanged(sql,
                List.of(FactTables.CustomerDim.TABLE, METRICS_STAGE, BEHAVIOUR_STAGE)));
        boolean withSegments = stageSegments(workspace, asOf, runId);
        long start = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                swapInOneTransaction(workspace, asOf, withSegments);
                break;
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // A live re-score added a customer's row after the MERGE looked for it (PostgreSQL's MERGE does not
                // wait for a concurrent insert): the transaction rolled back whole, and again finds that row to update.
                if (attempt == SWAP_ATTEMPTS) {
                    throw e;
                }
                log.info("Swap of {} met a row a live re-score added meanwhile; swapping again ({})", workspace, e.getMessage());
            }
        }
        begin(workspace);
        // The steps after the run (the segment history, recommendations) join what the run wrote.
        sampled.addAll(TableStatistics.refreshWhereSizeChanged(sql, List.of(CUSTOMER_METRICS, BEHAVIORAL_ANALYTICS,
                METRIC_SNAPSHOTS)));
        log.info("Swapped the run's results of {} in {} ms; statistics refreshed of {}", workspace,
                (System.nanoTime() - start) / 1_000_000, sampled.isEmpty() ? "none" : sampled);
    }

    /** How often a swap is tried when live re-scores keep adding rows under it. */
    private static final int SWAP_ATTEMPTS = 3;

    private void swapInOneTransaction(String workspace, LocalDate asOf, boolean withSegments) {
        sql.transaction(tx -> {
            DSLContext dsl = tx.dsl();
            if (dsl.dialect().family() == SQLDialect.POSTGRES) {
                // The merges join a whole workspace's stage to its rows by hash; in the default 4 MB each join spilled
                // to disk in 8 to 16 batches at a million customers.
                dsl.execute("set local work_mem = '" + JOIN_MEMORY + "'");
            }
            replaceFromStage(dsl, CUSTOMER_METRICS, METRICS_STAGE, MetricsWriter.METRIC_FIELDS,
                    withSegments ? SEGMENT_COLUMNS : List.of(), workspace);
            replaceFromStage(dsl, BEHAVIORAL_ANALYTICS, BEHAVIOUR_STAGE, MetricsWriter.BEHAVIOUR_FIELDS, List.of(),
                    workspace);
            replaceSnapshot(dsl, workspace, asOf, withSegments);
        });
    }

    /**
     * Whether the run's segments are staged. A failure here must not lose the run's scores: they are swapped in with the
     * previous segment columns, and the segment step after the run assigns (or fails and says so) as it did before.
     */
    private boolean stageSegments(String workspace, LocalDate asOf, String runId) {
        StagedSegments assigner = segments.getIfAvailable();
        if (assigner == null) {
            return false;
        }
        try {
            assigner.assignStaged(WorkspaceId.of(workspace), asOf, runId);
            return true;
        } catch (RuntimeException e) {
            log.warn("Segments of run {} could not be assigned before the swap ({}); the segment step assigns them after it",
                    runId, e.getMessage(), e);
            sql.deleteFrom(SEGMENTS_STAGE).where(MetricsWriter.WORKSPACE.eq(workspace)).execute();
            return false;
        }
    }

    /**
     * The date's snapshot rows, copied from the staged scores (and their staged segments): written here rather than
     * with the bulk path as the scores are computed, because the segment step would otherwise rewrite every one of them
     * to add its segments. Without staged segments the segment columns stay empty until the segment step fills them.
     */
    private static void replaceSnapshot(DSLContext dsl, String workspace, LocalDate asOf, boolean withSegments) {
        dsl.deleteFrom(METRIC_SNAPSHOTS).where(MetricsWriter.WORKSPACE.eq(workspace).and(MetricsWriter.SNAPSHOT_DATE.eq(asOf)))
                .execute();
        List<String> columns = new java.util.ArrayList<>(MetricsWriter.SNAPSHOT_FIELDS.stream().map(Field::getName).toList());
        List<String> values = columns.stream()
                .map(c -> c.equals(MetricsWriter.SNAPSHOT_DATE.getName()) ? "s.as_of" : "s." + c).collect(Collectors.toList());
        String from = dsl.render(METRICS_STAGE) + " s";
        if (withSegments) {
            columns.addAll(SEGMENT_COLUMNS);
            SEGMENT_COLUMNS.forEach(c -> values.add("g." + c));
            from += " left join " + dsl.render(SEGMENTS_STAGE)
                    + " g on g.workspace_id = s.workspace_id and g.customer_id = s.customer_id";
        }
        dsl.execute("insert into " + dsl.render(METRIC_SNAPSHOTS) + " (" + String.join(", ", columns) + ") select "
                + String.join(", ", values) + " from " + from + " where s.workspace_id = ?", workspace);
    }

    /**
     * Customers the run no longer scores leave; the others are updated or added by one MERGE (standard SQL, the same
     * on H2 and PostgreSQL 15+), so columns the run does not write keep their values. {@code segmentColumns}, when
     * given, come from the staged segments (null for a staged customer without a row there: in no segment).
     */
    private static void replaceFromStage(DSLContext dsl, Table<?> target, Table<?> stage, List<Field<?>> fields,
                                         List<String> segmentColumns, String workspace) {
        String t = dsl.render(target);
        String s = dsl.render(stage);
        dsl.execute("delete from " + t + " where workspace_id = ? and not exists (select 1 from " + s
                + " s where s.workspace_id = " + t + ".workspace_id and s.customer_id = " + t + ".customer_id)", workspace);
        List<String> columns = new java.util.ArrayList<>(fields.stream().map(Field::getName).toList());
        String source = "select * from " + s + " where workspace_id = ?";
        if (!segmentColumns.isEmpty()) {
            source = "select s.*, " + segmentColumns.stream().map(c -> "g." + c).collect(Collectors.joining(", "))
                    + " from " + s + " s left join " + dsl.render(SEGMENTS_STAGE)
                    + " g on g.workspace_id = s.workspace_id and g.customer_id = s.customer_id where s.workspace_id = ?";
            columns.addAll(segmentColumns);
        }
        String updates = columns.stream().filter(c -> !c.equals("workspace_id") && !c.equals("customer_id"))
                .map(c -> c + " = s." + c).collect(Collectors.joining(", "));
        dsl.execute("merge into " + t + " m using (" + source + ") s "
                + "on m.workspace_id = s.workspace_id and m.customer_id = s.customer_id "
                + "when matched then update set " + updates + " "
                + "when not matched then insert (" + String.join(", ", columns) + ") values ("
                + columns.stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")", workspace);
    }
}
