package com.scudo.imports;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportProgressTests {

    @Test
    void saysTheCountersAreBeingSetOnceEveryRowIsCopied() {
        ImportJob job = job("running", 1_000, 1_000);

        assertThat(ImportProgress.describe(job, 500.0, true))
                .isEqualTo("rows in analytics: 1,000 of 1,000; operational copy: 1,000 — setting the real-time counters");
    }

    @Test
    void givesTheCatchingUpRateWhileRowsAreStillBeingCopied() {
        ImportJob job = job("running", 1_000, 400);

        assertThat(ImportProgress.describe(job, 100.0, false))
                .isEqualTo("rows in analytics: 1,000 of 1,000; operational copy: 400 — catching up at 100/s, ETA 6 s");
    }

    @Test
    void aStoppedImportSaysSoWhateverItsLastStep() {
        ImportJob job = job("failed", 1_000, 1_000);

        assertThat(ImportProgress.describe(job, null, true)).endsWith("— stopped; run the import again to resume");
    }

    private static ImportJob job(String state, long rowsDone, long operationalRows) {
        return new ImportJob("job", "ws", "scudo-orders", "orders.csv", state, 1_000, rowsDone,
                new ImportCounts(rowsDone, rowsDone, 0, 0, 0, 0), 0, Instant.EPOCH, null, null, null, List.of(),
                operationalRows, null);
    }
}
