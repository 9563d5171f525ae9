package com.scudo.analytics.internal;

import com.scudo.platform.BulkInsert;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
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
 * customer_metrics and behavioral_analytics in one transaction (a reader sees all of the previous run or all of
 * this one). The segment columns of customer_metrics keep the previous assignment until the segment step, which
 * replaces them in one transaction of its own. The date's snapshot rows are history and are written directly.
 */
@Component
class RunResults {
    private static final Table<?> METRICS_STAGE = DSL.table(DSL.name("customer_metrics_stage"));
    private static final Table<?> BEHAVIOUR_STAGE = DSL.table(DSL.name("behavioral_analytics_stage"));

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RunResults.class);
    private final DSLContext sql;

    RunResults(DSLContext sql) {
        this.sql = sql;
    }

    /** Starts a run's output: whatever an interrupted run of the workspace left in the stages goes. */
    void begin(String workspace) {
        sql.deleteFrom(METRICS_STAGE).where(MetricsWriter.WORKSPACE.eq(workspace)).execute();
        sql.deleteFrom(BEHAVIOUR_STAGE).where(MetricsWriter.WORKSPACE.eq(workspace)).execute();
    }

    /**
     * Starts a whole-workspace run as of a date: empties the stages and removes the date's snapshot rows, which the run
     * writes anew (one statement instead of a delete per chunk).
     */
    void begin(String workspace, LocalDate asOf) {
        begin(workspace);
        sql.deleteFrom(METRIC_SNAPSHOTS).where(MetricsWriter.WORKSPACE.eq(workspace).and(MetricsWriter.SNAPSHOT_DATE.eq(asOf)))
                .execute();
    }

    void stageBehaviour(String workspace, LocalDate asOf, List<CustomerFigures> figures, List<Behaviour> behaviours,
                        OffsetDateTime computedAt) {
        BulkInsert.insert(sql, BEHAVIOUR_STAGE, MetricsWriter.BEHAVIOUR_FIELDS,
                MetricsWriter.behaviourRows(workspace, asOf, figures, behaviours, computedAt));
    }

    /** Stages the scores and writes the date's snapshot rows (the run's {@link #begin(String, LocalDate)} removed the old ones). */
    void stageScores(String workspace, LocalDate asOf, List<CustomerScore> scores, OffsetDateTime computedAt) {
        BulkInsert.insert(sql, METRICS_STAGE, MetricsWriter.METRIC_FIELDS,
                MetricsWriter.metricRows(workspace, asOf, scores, computedAt));
        BulkInsert.insert(sql, METRIC_SNAPSHOTS, MetricsWriter.SNAPSHOT_FIELDS, MetricsWriter.snapshotRows(workspace, asOf, scores));
    }

    /** Makes the staged run the visible one, in one transaction, and empties the stages. */
    void swap(String workspace) {
        long start = System.nanoTime();
        sql.transaction(tx -> {
            DSLContext dsl = tx.dsl();
            replaceFromStage(dsl, CUSTOMER_METRICS, METRICS_STAGE, MetricsWriter.METRIC_FIELDS, workspace);
            replaceFromStage(dsl, BEHAVIORAL_ANALYTICS, BEHAVIOUR_STAGE, MetricsWriter.BEHAVIOUR_FIELDS, workspace);
        });
        begin(workspace);
        log.info("Swapped the run's results of {} in {} ms", workspace, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Customers the run no longer scores leave; the others are updated or added by one MERGE (standard SQL, the same
     * on H2 and PostgreSQL 15+), so columns the run does not write (the segments) keep their values.
     */
    private static void replaceFromStage(DSLContext dsl, Table<?> target, Table<?> stage, List<Field<?>> fields,
                                         String workspace) {
        String t = dsl.render(target);
        String s = dsl.render(stage);
        dsl.execute("delete from " + t + " where workspace_id = ? and not exists (select 1 from " + s
                + " s where s.workspace_id = " + t + ".workspace_id and s.customer_id = " + t + ".customer_id)", workspace);
        List<String> columns = fields.stream().map(Field::getName).toList();
        String updates = columns.stream().filter(c -> !c.equals("workspace_id") && !c.equals("customer_id"))
                .map(c -> c + " = s." + c).collect(Collectors.joining(", "));
        dsl.execute("merge into " + t + " m using (select * from " + s + " where workspace_id = ?) s "
                + "on m.workspace_id = s.workspace_id and m.customer_id = s.customer_id "
                + "when matched then update set " + updates + " "
                + "when not matched then insert (" + String.join(", ", columns) + ") values ("
                + columns.stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")", workspace);
    }
}
