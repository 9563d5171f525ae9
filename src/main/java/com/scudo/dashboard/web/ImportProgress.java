package com.scudo.dashboard.web;

import com.scudo.imports.ImportCounts;
import com.scudo.imports.ImportJob;
import com.scudo.imports.RowError;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An import as the page shows it: rows read of the file's rows, accepted and rejected rows, the rate so far,
 * and (once finished) the records it created, updated or found unchanged.
 */
record ImportProgress(ImportJob job, ImportFormatChoice format, boolean running, boolean failed, long rowsRead,
                      long totalRows, int percent, long accepted, long rejected, long rowsPerSecond,
                      List<RowError> firstErrors, boolean wrongFormat) {

    static final int ERRORS_SHOWN = 10;

    static ImportProgress of(ImportJob job, Instant now) {
        ImportCounts c = job.counts();
        long read = job.rowsDone();
        long total = Math.max(job.totalRows(), read);
        int percent = job.finished() && "completed".equals(job.state()) ? 100
                : total == 0 ? 0 : (int) Math.min(100, read * 100 / total);
        Instant end = job.finishedAt() != null ? job.finishedAt() : now;
        long millis = job.startedAt() == null ? 0 : Math.max(1, Duration.between(job.startedAt(), end).toMillis());
        long rate = millis == 0 ? 0 : Math.round(read * 1000.0 / millis);
        List<RowError> errors = job.errors() == null ? List.of()
                : job.errors().subList(0, Math.min(ERRORS_SHOWN, job.errors().size()));
        boolean wrongFormat = job.message() != null && (job.message().contains("header lacks")
                || job.message().contains("rows were rejected"));
        return new ImportProgress(job, ImportFormatChoice.of(job.format()), !job.finished(),
                "failed".equals(job.state()), read, total, percent,
                Math.max(0, read - c.rejected()), c.rejected(), rate, errors, wrongFormat);
    }
}
