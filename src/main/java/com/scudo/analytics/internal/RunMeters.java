package com.scudo.analytics.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code scudo.analytics.run} (whole runs, by outcome) and {@code scudo.analytics.run.phase} (each step a run
 * reports, by phase), timed from the steps {@link RunLog} records, so a new step is timed without more code.
 */
@Component
class RunMeters {
    private final MeterRegistry registry;
    private final Map<String, Step> current = new ConcurrentHashMap<>();

    private record Step(String phase, long runStarted, long stepStarted) {
    }

    RunMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    void started(String runId, String phase) {
        long now = System.nanoTime();
        current.put(runId, new Step(phase, now, now));
    }

    void step(String runId, String phase) {
        current.computeIfPresent(runId, (id, step) -> {
            if (step.phase().equals(phase)) {
                return step;
            }
            long now = System.nanoTime();
            phaseTimer(step.phase()).record(Duration.ofNanos(now - step.stepStarted()));
            return new Step(phase, step.runStarted(), now);
        });
    }

    void finished(String runId, String outcome) {
        Step step = current.remove(runId);
        if (step == null) {
            return;
        }
        long now = System.nanoTime();
        phaseTimer(step.phase()).record(Duration.ofNanos(now - step.stepStarted()));
        Timer.builder("scudo.analytics.run").description("Full analytics runs, start to finish")
                .tag("outcome", outcome).register(registry).record(Duration.ofNanos(now - step.runStarted()));
    }

    private Timer phaseTimer(String phase) {
        return Timer.builder("scudo.analytics.run.phase").description("Time a full analytics run spends in each phase")
                .tag("phase", phase).register(registry);
    }
}
