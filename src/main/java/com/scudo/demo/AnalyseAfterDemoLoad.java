package com.scudo.demo;

import com.scudo.analytics.AnalyticsRuns;
import com.scudo.analytics.RunAlreadyActiveException;
import com.scudo.shared.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo is only useful with its scores and its past: a load is followed by one run as of each of the last
 * {@code scudo.demo.history-months} month ends (each computed from the orders up to that day, so it is the snapshot
 * the shop would have had then) and a run as of today, which stays the last. Trends, sparklines and the segment
 * migration are filled on first start. A bulk load (benchmark sizes) gets today's run only.
 */
@Component
class AnalyseAfterDemoLoad {
    private static final Logger log = LoggerFactory.getLogger(AnalyseAfterDemoLoad.class);
    private final AnalyticsRuns analytics;
    private final Clock clock;
    private final int historyMonths;

    AnalyseAfterDemoLoad(AnalyticsRuns analytics, Clock clock, DemoSettings settings) {
        this.analytics = analytics;
        this.clock = clock;
        this.historyMonths = settings.historyMonths();
    }

    @EventListener
    void on(DemoDataLoaded loaded) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (loaded.withHistory()) {
            long start = System.nanoTime();
            List<LocalDate> monthEnds = monthEnds(today, historyMonths);
            monthEnds.forEach(day -> runAfterAnyActive(loaded, day));
            log.info("Demo history: {} monthly snapshots for workspace {} in {} ms", monthEnds.size(), loaded.workspace(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        runAfterAnyActive(loaded, today);
    }

    /** How long a load waits for a run someone else started before it answers that the workspace is busy. */
    private static final Duration WAIT_FOR_ACTIVE = Duration.ofMinutes(5);
    private static final Duration POLL = Duration.ofMillis(100);

    /**
     * A run started by someone else meanwhile (the API, the schedule) may have read the workspace before the demo's
     * orders were in it: wait for it to end, then run as of the day anyway.
     */
    private void runAfterAnyActive(DemoDataLoaded loaded, LocalDate day) {
        long deadline = System.nanoTime() + WAIT_FOR_ACTIVE.toNanos();
        while (true) {
            try {
                analytics.runNow(loaded.workspace(), day);
                return;
            } catch (RunAlreadyActiveException busy) {
                waitFor(loaded, busy.runId(), deadline);
            }
        }
    }

    /** Sleeps at least once, so that a run the log cannot find yet is not asked about in a tight loop. */
    private void waitFor(DemoDataLoaded loaded, String runId, long deadline) {
        try {
            do {
                if (System.nanoTime() > deadline) {
                    throw new ConflictException("The demo data is loaded, but analytics run " + runId + " has kept the "
                            + "workspace busy for " + WAIT_FOR_ACTIVE.toMinutes() + " minutes: start a run (POST "
                            + "/api/v1/analytics/runs) once it has finished to score the demo's orders");
                }
                Thread.sleep(POLL.toMillis());
            } while (analytics.status(loaded.workspace(), runId).map(s -> !s.finished()).orElse(false));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for analytics run " + runId, e);
        }
    }

    /** The last day of each of the {@code months} months before today's, oldest first. */
    static List<LocalDate> monthEnds(LocalDate today, int months) {
        List<LocalDate> days = new ArrayList<>();
        for (int back = months; back >= 1; back--) {
            LocalDate month = today.minusMonths(back);
            days.add(month.withDayOfMonth(month.lengthOfMonth()));
        }
        return days;
    }
}
