package com.scudo.customer360.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * {@code scudo.customer360.view}: how long building one 360 view takes, whichever door it came through (REST,
 * page, CLI, assistant), by outcome. A histogram, so dashboards can show p95 and p99 across instances.
 */
@Component
class ViewMeters {
    private final Timer found;
    private final Timer notFound;
    private final Timer failed;

    ViewMeters(MeterRegistry registry) {
        this.found = timer(registry, "found");
        this.notFound = timer(registry, "not_found");
        this.failed = timer(registry, "error");
    }

    private static Timer timer(MeterRegistry registry, String outcome) {
        return Timer.builder("scudo.customer360.view").description("Time to build one Customer 360 view")
                .tag("outcome", outcome).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    void found(long startedNanos) {
        found.record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
    }

    void notFound(long startedNanos) {
        notFound.record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
    }

    void failed(long startedNanos) {
        failed.record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
    }
}
