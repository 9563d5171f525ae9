package com.scudo.imports.internal;

import com.scudo.imports.ImportCounts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code scudo.import.rows} (data rows committed, by outcome: accepted or rejected) and
 * {@code scudo.import.records} (records they made, by outcome: created, updated, unchanged), counted as each
 * chunk commits, so a long import shows its rate while it runs.
 */
@Component
class ImportMeters {
    private final Counter accepted;
    private final Counter rejected;
    private final Counter created;
    private final Counter updated;
    private final Counter unchanged;

    ImportMeters(MeterRegistry registry) {
        accepted = rows(registry, "accepted");
        rejected = rows(registry, "rejected");
        created = records(registry, "created");
        updated = records(registry, "updated");
        unchanged = records(registry, "unchanged");
    }

    private static Counter rows(MeterRegistry registry, String outcome) {
        return Counter.builder("scudo.import.rows").description("Import data rows committed").tag("outcome", outcome)
                .register(registry);
    }

    private static Counter records(MeterRegistry registry, String outcome) {
        return Counter.builder("scudo.import.records").description("Records written by imports")
                .tag("outcome", outcome).register(registry);
    }

    void committed(ImportCounts chunk) {
        accepted.increment(chunk.rows() - chunk.rejected());
        rejected.increment(chunk.rejected());
        created.increment(chunk.created());
        updated.increment(chunk.updated());
        unchanged.increment(chunk.unchanged());
    }
}
