package com.scudo.analytics.internal;

import com.scudo.analytics.RunStatus;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static com.scudo.analytics.internal.MetricTables.ANALYTICS_RUNS;

/** analytics_runs: each run's progress, visible to the API and CLI while it works. */
@Component
class RunLog {
    private static final Field<String> RUN_ID = MetricTables.text("run_id");
    private static final Field<String> WORKSPACE = MetricTables.text("workspace_id");
    private static final Field<LocalDate> AS_OF = MetricTables.date("as_of");
    private static final Field<String> STATE = MetricTables.text("state");
    private static final Field<String> STEP = MetricTables.text("step");
    private static final Field<Integer> CUSTOMERS = MetricTables.integer("customers");
    private static final Field<Integer> DONE = MetricTables.integer("done");
    private static final Field<String> MESSAGE = MetricTables.text("message");
    private static final Field<OffsetDateTime> STARTED_AT = MetricTables.time("started_at");
    private static final Field<OffsetDateTime> FINISHED_AT = MetricTables.time("finished_at");
    private static final Field<String> NOTES = MetricTables.text("run_notes");
    private static final Field<String> RUN_KIND = MetricTables.text("run_kind");

    private static final List<Field<?>> COLUMNS = List.of(RUN_ID, WORKSPACE, AS_OF, STATE, STEP, CUSTOMERS, DONE, MESSAGE,
            STARTED_AT, FINISHED_AT, NOTES);

    static final String FULL = "full";
    static final String RESCORE = "rescore";

    private final DSLContext sql;
    private final Clock clock;
    private final RunMeters meters;

    RunLog(DSLContext sql, Clock clock, RunMeters meters) {
        this.sql = sql;
        this.clock = clock;
        this.meters = meters;
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    void started(String runId, String workspace, LocalDate asOf, OffsetDateTime at) {
        started(runId, workspace, asOf, at, FULL);
    }

    void started(String runId, String workspace, LocalDate asOf, OffsetDateTime at, String kind) {
        sql.insertInto(ANALYTICS_RUNS).set(RUN_ID, runId).set(WORKSPACE, workspace).set(AS_OF, asOf)
                .set(RUN_KIND, kind).set(STATE, "running").set(STEP, "queued").set(DONE, 0).set(STARTED_AT, at).execute();
        meters.started(runId, "queued");
    }

    void progress(String runId, String step, Integer customers, int done) {
        var update = sql.update(ANALYTICS_RUNS).set(STEP, step).set(DONE, done);
        if (customers != null) {
            update = update.set(CUSTOMERS, customers);
        }
        update.where(RUN_ID.eq(runId)).execute();
        meters.step(runId, step);
    }

    /** What the run's figures need said (one sentence each); nothing is written for no notes. */
    void notes(String runId, java.util.Collection<String> notes) {
        if (!notes.isEmpty()) {
            sql.update(ANALYTICS_RUNS).set(NOTES, truncate(String.join(" ", notes), 2000)).where(RUN_ID.eq(runId)).execute();
        }
    }

    /** The run as of a date other than the one asked for (the data ended long before). */
    void asOf(String runId, LocalDate asOf) {
        sql.update(ANALYTICS_RUNS).set(AS_OF, asOf).where(RUN_ID.eq(runId)).execute();
    }

    /** A step that follows the metrics (segments, recommendations) is done. */
    void step(String runId, String step) {
        sql.update(ANALYTICS_RUNS).set(STEP, step).where(RUN_ID.eq(runId)).execute();
    }

    /** Failed: the step stays the one the run was in (or is set to the named step), the message says why. */
    void failed(String runId, String step, String message) {
        var update = sql.update(ANALYTICS_RUNS).set(STATE, "failed").set(MESSAGE, truncate(message));
        if (step != null) {
            update = update.set(STEP, step);
        }
        update.set(FINISHED_AT, now()).where(RUN_ID.eq(runId)).execute();
    }

    void finished(String runId, String state, String message) {
        sql.update(ANALYTICS_RUNS).set(STATE, state).set(STEP, state).set(MESSAGE, truncate(message))
                .set(FINISHED_AT, now()).where(RUN_ID.eq(runId)).execute();
        meters.finished(runId, state);
    }

    Optional<RunStatus> find(String runId) {
        return sql.select(COLUMNS).from(ANALYTICS_RUNS).where(RUN_ID.eq(runId)).fetchOptional(RunLog::status);
    }

    List<RunStatus> recent(String workspace, int limit) {
        return sql.select(COLUMNS).from(ANALYTICS_RUNS).where(WORKSPACE.eq(workspace)).orderBy(STARTED_AT.desc()).limit(limit)
                .fetch(RunLog::status);
    }

    /** A run as the schedule sees it: what kind, as of when, started and finished when. */
    record Past(String kind, String state, LocalDate asOf, OffsetDateTime startedAt, OffsetDateTime finishedAt) {
    }

    /** The newest run of the workspace in any state (a failed run waits for the next slot, not the next minute). */
    Optional<Past> latest(String workspace) {
        return newest(WORKSPACE.eq(workspace));
    }

    /** The newest run that finished its scores (done, or failed only in a later step). */
    Optional<Past> latestScored(String workspace) {
        return newest(WORKSPACE.eq(workspace).and(STATE.eq("done")));
    }

    /** Workspaces with at least one finished run: the ones whose scores can age. */
    List<String> analysedWorkspaces() {
        return sql.selectDistinct(WORKSPACE).from(ANALYTICS_RUNS).where(STATE.eq("done")).fetch(WORKSPACE);
    }

    private Optional<Past> newest(org.jooq.Condition condition) {
        return sql.select(RUN_KIND, STATE, AS_OF, STARTED_AT, FINISHED_AT).from(ANALYTICS_RUNS).where(condition)
                .orderBy(STARTED_AT.desc()).limit(1)
                .fetchOptional(r -> new Past(r.get(RUN_KIND), r.get(STATE), r.get(AS_OF), r.get(STARTED_AT), r.get(FINISHED_AT)));
    }

    /** Runs left "running" by a process that stopped: nobody will finish them. */
    int abandonRunning(String reason) {
        return sql.update(ANALYTICS_RUNS).set(STATE, "failed").set(MESSAGE, reason).set(FINISHED_AT, now())
                .where(STATE.eq("running")).execute();
    }

    private static RunStatus status(Record r) {
        return new RunStatus(r.get(RUN_ID), r.get(WORKSPACE), r.get(AS_OF), r.get(STATE), r.get(STEP), r.get(CUSTOMERS),
                r.get(DONE), r.get(MESSAGE), r.get(STARTED_AT), r.get(FINISHED_AT), r.get(NOTES));
    }

    private static String truncate(String message) {
        return truncate(message, 1000);
    }

    private static String truncate(String message, int max) {
        return message == null || message.length() <= max ? message : message.substring(0, max - 3) + "...";
    }
}
