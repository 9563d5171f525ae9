package com.scudo.imports.internal;

import com.scudo.imports.ImportCounts;
import com.scudo.imports.ImportJob;
import com.scudo.imports.RowError;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The {@code import_jobs} and {@code import_errors} tables. */
@Component
public class ImportJournal {
    private static final String TS = "cast(? as timestamp with time zone)";
    private static final int MAX_REASON = 2000;
    private static final int MAX_CONTENT = 4000;
    private final DSLContext sql;

    ImportJournal(DSLContext sql) {
        this.sql = sql;
    }

    /** The latest unfinished import of the same file into the same workspace, to be resumed. */
    public Optional<String> unfinished(String workspace, String fingerprint, String format) {
        return sql.resultQuery("select job_id from import_jobs where workspace_id = ? and fingerprint = ? and format = ? "
                        + "and state in ('running', 'failed') order by started_at desc", workspace, fingerprint, format)
                .fetchOptional(0, String.class);
    }

    public void create(String jobId, String workspace, String format, String source, String fingerprint, String zone,
                       long totalRows, String errorsFile) {
        OffsetDateTime now = now();
        sql.execute("insert into import_jobs (job_id, workspace_id, format, source_name, fingerprint, time_zone, state, "
                        + "total_rows, errors_file, started_at, updated_at) values (?, ?, ?, ?, ?, ?, 'running', ?, ?, " + TS + ", " + TS + ")",
                jobId, workspace, format, Rows.cut(source, 500), fingerprint, zone, totalRows, errorsFile, now, now);
    }

    /** Marks a resumed run and forgets errors past the checkpoint: the run reports them again. */
    public void resume(String jobId, long lastLine, String errorsFile) {
        sql.execute("update import_jobs set resumed = resumed + 1, state = 'running', message = null, finished_at = null, "
                        + "errors_file = ?, updated_at = " + TS + " where job_id = ?",
                errorsFile, now(), jobId);
        sql.execute("delete from import_errors where job_id = ? and line_no > ?", jobId, lastLine);
    }

    /** Moves the checkpoint forward by one committed chunk, with its rejected rows. */
    public void commit(String jobId, long lastLine, ImportCounts chunk, List<RowError> errors) {
        List<Query> queries = new ArrayList<>();
        queries.add(sql.query("update import_jobs set last_line = ?, rows_done = rows_done + ?, created = created + ?, "
                        + "updated = updated + ?, unchanged = unchanged + ?, rejected = rejected + ?, "
                        + "customers_created = customers_created + ?, updated_at = " + TS + " where job_id = ?",
                lastLine, chunk.rows(), chunk.created(), chunk.updated(), chunk.unchanged(), chunk.rejected(),
                chunk.customersCreated(), now(), jobId));
        for (RowError e : errors) {
            queries.add(sql.query("insert into import_errors (job_id, line_no, reason, content) values (?, ?, ?, ?)",
                    jobId, e.line(), Rows.cut(e.reason(), MAX_REASON), Rows.cut(e.content(), MAX_CONTENT)));
        }
        sql.transaction(tx -> tx.dsl().batch(queries).execute());
    }

    public void finish(String jobId, String state, String message) {
        sql.execute("update import_jobs set state = ?, message = ?, finished_at = " + TS + ", updated_at = " + TS
                        + " where job_id = ?",
                state, Rows.cut(message, 2000), now(), now(), jobId);
    }

    public long lastLine(String jobId) {
        return sql.resultQuery("select last_line from import_jobs where job_id = ?", jobId).fetchOne(0, Long.class);
    }

    public Optional<ImportJob> find(String workspace, String jobId, int errorLimit) {
        Record r = sql.resultQuery("select * from import_jobs where job_id = ? and workspace_id = ?", jobId, workspace).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        List<RowError> errors = new ArrayList<>();
        forEachError(jobId, errorLimit, errors::add);
        return Optional.of(new ImportJob(r.get("job_id", String.class), r.get("workspace_id", String.class),
                r.get("format", String.class), r.get("source_name", String.class), r.get("state", String.class),
                r.get("total_rows", Long.class), r.get("rows_done", Long.class),
                new ImportCounts(r.get("rows_done", Long.class), r.get("created", Long.class), r.get("updated", Long.class),
                        r.get("unchanged", Long.class), r.get("rejected", Long.class), r.get("customers_created", Long.class)),
                r.get("resumed", Integer.class), instant(r, "started_at"), instant(r, "finished_at"),
                r.get("message", String.class), r.get("errors_file", String.class), errors));
    }

    /** Visits the rejected rows in line order (all of them with a limit below 0), streaming. */
    public void forEachError(String jobId, int limit, Consumer<RowError> visitor) {
        var query = sql.resultQuery("select line_no, reason, content from import_errors where job_id = ? order by line_no"
                + (limit >= 0 ? " limit " + limit : ""), jobId);
        try (var cursor = query.fetchSize(1000).fetchLazy()) {
            for (Record r : cursor) {
                visitor.accept(new RowError(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class)));
            }
        }
    }

    private static Instant instant(Record r, String column) {
        OffsetDateTime time = r.get(DSL.field(DSL.name(column), OffsetDateTime.class));
        return time == null ? null : time.toInstant();
    }

    /** Cast in the SQL ({@link #TS}): jOOQ binds a time as text, which PostgreSQL will not put in a timestamp column. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
