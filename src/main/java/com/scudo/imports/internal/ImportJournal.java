package com.scudo.imports.internal;

import com.scudo.imports.ImportCounts;
import com.scudo.imports.ImportJob;
import com.scudo.imports.RowError;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Query;
import org.jooq.SQLDialect;
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
    private final ImportMeters meters;

    ImportJournal(DSLContext sql, ImportMeters meters) {
        this.sql = sql;
        this.meters = meters;
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
        meters.committed(chunk);
    }

    /**
     * Records a chunk written to the analytical store, with its counts and rejected rows, and moves the
     * checkpoint: run it in the transaction that wrote the chunk, so both commit or neither does. A chunk
     * that wrote nothing has no operational copy to make and is marked done at once.
     */
    public void commitAnalytics(String jobId, ChunkMark chunk, ImportCounts counts, List<RowError> errors) {
        List<Query> queries = new ArrayList<>();
        queries.add(sql.query("insert into import_chunks (job_id, chunk_no, first_line, last_line, row_count, writes, "
                        + "operational_done) values (?, ?, ?, ?, ?, ?, ?)", jobId, chunk.number(), chunk.firstLine(),
                chunk.lastLine(), chunk.rows(), chunk.writes(), chunk.writes() == 0));
        queries.add(sql.query("update import_jobs set last_line = ?, rows_done = rows_done + ?, created = created + ?, "
                        + "updated = updated + ?, unchanged = unchanged + ?, rejected = rejected + ?, "
                        + "customers_created = customers_created + ?, operational_rows = operational_rows + ?, "
                        + "updated_at = " + TS + " where job_id = ?",
                chunk.lastLine(), counts.rows(), counts.created(), counts.updated(), counts.unchanged(), counts.rejected(),
                counts.customersCreated(), chunk.writes() == 0 ? counts.rows() : 0, now(), jobId));
        for (RowError e : errors) {
            queries.add(sql.query("insert into import_errors (job_id, line_no, reason, content) values (?, ?, ?, ?)",
                    jobId, e.line(), Rows.cut(e.reason(), MAX_REASON), Rows.cut(e.content(), MAX_CONTENT)));
        }
        sql.batch(queries).execute();
        meters.committed(counts);
    }

    /**
     * Writes committed chunks to disk now. H2 keeps commits in memory for up to a second before it
     * writes them, so a killed import could have shown rows as done that its re-run then finds
     * missing; PostgreSQL's commit is durable already.
     */
    public void persist() {
        if (sql.dialect().family() == SQLDialect.H2) {
            sql.execute("checkpoint");
        }
    }

    /** Marks a chunk's operational copy written. */
    public void commitOperational(String jobId, ChunkMark chunk) {
        sql.transaction(tx -> {
            int marked = tx.dsl().execute("update import_chunks set operational_done = true where job_id = ? and chunk_no = ? "
                    + "and operational_done = false", jobId, chunk.number());
            if (marked == 1) {
                tx.dsl().execute("update import_jobs set operational_rows = operational_rows + ?, updated_at = " + TS
                        + " where job_id = ?", chunk.rows(), now(), jobId);
            }
        });
    }

    /** Chunks in the analytical store whose operational copy is still to be written, in file order. */
    public List<ChunkMark> operationalPending(String jobId) {
        return sql.resultQuery("select chunk_no, first_line, last_line, row_count, writes from import_chunks "
                        + "where job_id = ? and operational_done = false order by chunk_no", jobId)
                .fetch(r -> new ChunkMark(r.get(0, Integer.class), r.get(1, Long.class), r.get(2, Long.class),
                        r.get(3, Long.class), r.get(4, Long.class)));
    }

    public long operationalRows(String jobId) {
        return sql.resultQuery("select operational_rows from import_jobs where job_id = ?", jobId).fetchOne(0, Long.class);
    }

    public int nextChunkNumber(String jobId) {
        Integer last = sql.resultQuery("select max(chunk_no) from import_chunks where job_id = ?", jobId)
                .fetchOne(0, Integer.class);
        return last == null ? 1 : last + 1;
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
                r.get("message", String.class), r.get("errors_file", String.class), errors,
                r.get("operational_rows", Long.class), null));
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
