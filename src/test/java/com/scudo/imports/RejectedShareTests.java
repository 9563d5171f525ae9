package com.scudo.imports;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RejectedShareTests {
    private static final double STATED_SHARE = 0.8;

    @Test
    void moreThanTheStatedShareRejectedFailsAndSaysWhatWasKept() {
        assertThat(RejectedShare.refusal(job(10, 9), STATED_SHARE)).hasValueSatisfying(message -> assertThat(message)
                .startsWith("9 of 10 rows were rejected (more than 80%): is this a cdnow file?")
                .contains("The first, line 2: date 'x' is not a date.", "The 1 accepted rows are stored.",
                        "in the error file"));
    }

    @Test
    void everyRowRejectedFailsAndSaysNothingWasImported() {
        assertThat(RejectedShare.refusal(job(3, 3), STATED_SHARE)).hasValueSatisfying(message -> assertThat(message)
                .startsWith("3 of 3 rows were rejected (every row)").contains("Nothing was imported."));
    }

    @Test
    void upToTheStatedShareRejectedIsASuccessWithItsErrorFile() {
        assertThat(RejectedShare.refusal(job(10, 8), STATED_SHARE)).isEmpty();
        assertThat(RejectedShare.refusal(job(10, 0), STATED_SHARE)).isEmpty();
        assertThat(RejectedShare.refusal(job(0, 0), STATED_SHARE)).isEmpty();
    }

    private static ImportJob job(long rows, long rejected) {
        ImportCounts counts = new ImportCounts(rows, rows - rejected, 0, 0, rejected, 0);
        List<RowError> errors = rejected == 0 ? List.of() : List.of(new RowError(2, "date 'x' is not a date", "x"));
        return new ImportJob("job-1", "shop", "cdnow", "orders.txt", "completed", rows, rows, counts, 0, Instant.EPOCH,
                Instant.EPOCH, null, "orders.errors.csv", errors, 0, null);
    }
}
