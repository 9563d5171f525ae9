package com.scudo.ingest.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The recording path's meters: writes acknowledged, and how long after its acknowledgement a record
 * reached the operational store (copy lag) and its customer's scores (refresh lag).
 */
@Component
public class IngestMeters {
    private final Counter acknowledged;
    private final Timer copyLag;
    private final Timer refreshLag;
    private final Clock clock;

    IngestMeters(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        this.acknowledged = Counter.builder("scudo.ingest.acknowledged").description("Writes acknowledged (durable)")
                .register(registry);
        this.copyLag = Timer.builder("scudo.ingest.copy.lag").description("Acknowledgement to operational copy")
                .publishPercentiles(0.5, 0.99).register(registry);
        this.refreshLag = Timer.builder("scudo.ingest.refresh.lag").description("Acknowledgement to refreshed scores")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    public void acknowledged(int records) {
        acknowledged.increment(records);
    }

    void copied(List<Outbox.Row> rows) {
        record(copyLag, rows);
    }

    void refreshed(List<Outbox.Row> rows, int customers) {
        record(refreshLag, rows);
    }

    private void record(Timer timer, List<Outbox.Row> rows) {
        long now = clock.millis();
        rows.forEach(r -> timer.record(Duration.ofMillis(Math.max(0, now - r.recordedAt().toInstant().toEpochMilli()))));
    }

    /** p50 and p99 of the refresh and copy lags in milliseconds, and the counts behind them. */
    public LagFigures figures() {
        return new LagFigures(percentile(refreshLag, 0.5), percentile(refreshLag, 0.99), refreshLag.count(),
                percentile(copyLag, 0.5), percentile(copyLag, 0.99), copyLag.count(), (long) acknowledged.count());
    }

    public record LagFigures(double refreshP50Ms, double refreshP99Ms, long refreshed, double copyP50Ms, double copyP99Ms,
                             long copied, long acknowledged) {
    }

    private static double percentile(Timer timer, double p) {
        for (var v : timer.takeSnapshot().percentileValues()) {
            if (v.percentile() == p) {
                return v.value(java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        }
        return Double.NaN;
    }
}
