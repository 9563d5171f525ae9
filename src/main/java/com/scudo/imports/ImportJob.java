package com.scudo.imports;

import java.time.Instant;
import java.util.List;

/**
 * An import as recorded in its journal. {@code state} is running, completed or failed (an import
 * killed mid-way stays running until it is run again, which resumes it). {@code errors} holds the
 * first rejected rows; all of them are in the error file and at {@code /api/v1/imports/{id}/errors.csv}.
 * <p>
 * {@code rowsDone} counts rows in the analytical store, which an import writes first;
 * {@code operationalRows} the rows whose operational copy (DynamoDB) is written too, which follows
 * behind; {@code progress} says both in a sentence, with the catching-up rate while it runs.
 */
public record ImportJob(String id, String workspace, String format, String source, String state,
                        long totalRows, long rowsDone, ImportCounts counts, int resumed,
                        Instant startedAt, Instant finishedAt, String message, String errorsFile,
                        List<RowError> errors, long operationalRows, String progress) {

    public boolean finished() {
        return !"running".equals(state);
    }

    public ImportJob withProgress(String text) {
        return new ImportJob(id, workspace, format, source, state, totalRows, rowsDone, counts, resumed, startedAt,
                finishedAt, message, errorsFile, errors, operationalRows, text);
    }
}
