package com.scudo.imports;

import java.time.Instant;
import java.util.List;

/**
 * An import as recorded in its journal. {@code state} is running, completed or failed (an import
 * killed mid-way stays running until it is run again, which resumes it). {@code errors} holds the
 * first rejected rows; all of them are in the error file and at {@code /api/v1/imports/{id}/errors.csv}.
 */
public record ImportJob(String id, String workspace, String format, String source, String state,
                        long totalRows, long rowsDone, ImportCounts counts, int resumed,
                        Instant startedAt, Instant finishedAt, String message, String errorsFile,
                        List<RowError> errors) {

    public boolean finished() {
        return !"running".equals(state);
    }
}
