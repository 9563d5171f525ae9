package com.scudo.analytics;

import com.scudo.demo.DemoData;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.H2IntegrationTest;
import com.scudo.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores age with the calendar: with the clock pinned and moved a day at a time, the scheduled re-score (with the
 * last fit, no re-fit) raises the churn of a customer who does not order, every day; after a week the schedule
 * re-fits.
 */
@H2IntegrationTest
@Import(ScheduledRescoreIntegrationTests.PinnedClock.class)
// The test calls runDue itself; runs write in chunks of 7 so that a run of the demo shop takes many chunks.
@TestPropertySource(properties = {"scudo.analytics.schedule.first-check=PT1H", "scudo.analytics.run-chunk=7"})
class ScheduledRescoreIntegrationTests {
    // Noon today: the demo's histories end today, and the default cron (03:00 UTC) falls between two test days.
    static final MovableClock CLOCK = new MovableClock(Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(12)));

    /** Work done just before a run's swap (once), as a live order arriving while the run ran. */
    static final java.util.concurrent.atomic.AtomicReference<Runnable> BEFORE_SWAP = new java.util.concurrent.atomic.AtomicReference<>();

    @TestConfiguration(proxyBeanMethods = false)
    static class PinnedClock {
        @Bean
        @Primary
        MovableClock movableClock() {
            return CLOCK;
        }

        /** The segment module's staged assignment, which a run calls after staging its scores and before its swap. */
        @Bean
        @Primary
        StagedSegments stagedSegmentsWithAHook(@org.springframework.beans.factory.annotation.Qualifier("stagedRunAssigner")
                                               StagedSegments real) {
            return (workspace, asOf, runId) -> {
                Runnable hook = BEFORE_SWAP.getAndSet(null);
                if (hook != null) {
                    hook.run();
                }
                real.assignStaged(workspace, asOf, runId);
            };
        }
    }

    @Autowired
    DemoData demo;
    @Autowired
    ScoreSchedules schedules;
    @Autowired
    AnalyticsRuns analytics;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    com.scudo.ingest.IngestService ingest;

    @Test
    void aCustomerWhoDoesNotOrderGetsRiskierEveryDayThroughTheScheduledRescore() throws InterruptedException {
        WorkspaceId shop = WorkspaceId.of("aging-" + UUID.randomUUID().toString().substring(0, 8));
        demo.load(shop, 90, 42); // followed by a full run as of today
        int fits = fits(shop);
        ScoreSchedule first = schedules.schedule(shop);
        assertThat(first.lastRunKind()).isEqualTo("full");
        assertThat(first.nextRunKind()).isEqualTo("rescore");
        assertThat(first.nextRunDue()).isEqualTo(CLOCK.instant().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(27))
                .atOffset(ZoneOffset.UTC));
        assertThat(runDue(shop)).as("nothing is due before 03:00 tomorrow").isEmpty();

        double churn = churn(shop, "cust-002");
        for (int day = 1; day <= 4; day++) {
            CLOCK.advance(Duration.ofDays(1));
            LocalDate today = LocalDate.ofInstant(CLOCK.instant(), ZoneOffset.UTC);
            List<RunStatus> started = runDue(shop);
            assertThat(started).singleElement().satisfies(run -> assertThat(run.asOf()).isEqualTo(today));
            assertThat(analytics.status(shop, started.get(0).runId()).orElseThrow().state()).isEqualTo("done");

            double next = churn(shop, "cust-002");
            assertThat(next).as("churn on day %d", day).isGreaterThan(churn);
            churn = next;
            assertThat(jdbc.queryForObject("select as_of from customer_metrics where workspace_id = ? and customer_id = ?",
                    LocalDate.class, shop.value(), "cust-002")).isEqualTo(today);
            ScoreSchedule now = schedules.schedule(shop);
            assertThat(now.lastRunKind()).isEqualTo("rescore");
            assertThat(now.scoresAsOf()).isEqualTo(today);
            assertThat(now.scoresComputedAt().toInstant()).isEqualTo(CLOCK.instant());
            assertThat(now.nextRunDue().toInstant()).isAfter(CLOCK.instant());
            assertThat(runDue(shop)).as("one run per slot").isEmpty();
        }
        assertThat(fits(shop)).as("a re-score uses the last fit").isEqualTo(fits);

        CLOCK.advance(Duration.ofDays(3)); // the fit is now a week old: the next run re-fits
        List<RunStatus> refit = runDue(shop);
        assertThat(refit).singleElement();
        assertThat(analytics.status(shop, refit.get(0).runId()).orElseThrow().state()).isEqualTo("done");
        assertThat(fits(shop)).isGreaterThan(fits);
        assertThat(schedules.schedule(shop).lastRunKind()).isEqualTo("full");
    }

    @Test
    void aWorkspaceSetsItsOwnCronAndBadOnesAreRefused() {
        WorkspaceId shop = WorkspaceId.of("cron-" + UUID.randomUUID().toString().substring(0, 8));
        ScoreSchedule own = schedules.setSchedule(shop, "0 30 6 * * MON", "Europe/Paris");
        assertThat(own.cron()).isEqualTo("0 30 6 * * MON");
        assertThat(own.workspaceOwnCron()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> schedules.setSchedule(shop, "every day", "UTC"))
                .isInstanceOf(com.scudo.shared.InvalidInputException.class).hasMessageContaining("cron");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> schedules.setSchedule(shop, "0 0 3 * * *", "Mars/Olympus"))
                .isInstanceOf(com.scudo.shared.InvalidInputException.class).hasMessageContaining("zone");
        assertThat(schedules.setSchedule(shop, "", null).workspaceOwnCron()).isFalse();
    }

    @Test
    void readersNeverSeeAMixOfTwoRuns() throws InterruptedException {
        WorkspaceId shop = WorkspaceId.of("swap-" + UUID.randomUUID().toString().substring(0, 8));
        demo.load(shop, 90, 42); // a full run as of today, written in chunks of 7 customers
        LocalDate today = LocalDate.ofInstant(CLOCK.instant(), ZoneOffset.UTC);
        LocalDate earlier = today.minusDays(200); // fewer customers had ordered by then
        java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.Set<String> seenSegments = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.Set<String> wholeRuns = new java.util.HashSet<>(List.of(segmentsByDate(shop)));
        java.util.concurrent.atomic.AtomicBoolean reading = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            while (reading.get()) {
                for (String table : List.of("customer_metrics", "behavioral_analytics")) {
                    seen.add(table + " " + jdbc.queryForObject("select count(*) || ' rows, ' || count(distinct as_of) "
                            + "|| ' dates, ' || coalesce(cast(max(as_of) as varchar), '-') from " + table
                            + " where workspace_id = ?", String.class, shop.value()));
                }
                seenSegments.add(segmentsByDate(shop));
            }
        });
        reader.start();
        try {
            analytics.runNow(shop, earlier);
            wholeRuns.add(segmentsByDate(shop));
            analytics.runNow(shop, today);
            wholeRuns.add(segmentsByDate(shop));
            analytics.runNow(shop, earlier);
            wholeRuns.add(segmentsByDate(shop));
        } finally {
            reading.set(false);
            reader.join();
        }
        int all = count(shop, today);
        int fewer = count(shop, earlier);
        assertThat(fewer).isLessThan(all);
        // Every state a reader met is one whole run: one date, and that run's number of customers.
        assertThat(seen).allSatisfy(state -> assertThat(state).isIn(
                "customer_metrics " + all + " rows, 1 dates, " + today,
                "customer_metrics " + fewer + " rows, 1 dates, " + earlier,
                "behavioral_analytics " + all + " rows, 1 dates, " + today,
                "behavioral_analytics " + fewer + " rows, 1 dates, " + earlier));
        assertThat(seen).as("the reader saw both runs").hasSizeGreaterThanOrEqualTo(2);
        // The scores' segments are the same run's: the primary segments a reader met are those some finished run left
        // (scores of one run beside the segments of the run before would be another count for the date).
        assertThat(wholeRuns).as("the runs assign differently").hasSizeGreaterThanOrEqualTo(2);
        assertThat(seenSegments).isSubsetOf(wholeRuns);
    }

    @Test
    void anOrderRescoredLiveWhileARunRanIsNotOverwrittenByTheRunsOlderScores() {
        WorkspaceId shop = WorkspaceId.of("late-" + UUID.randomUUID().toString().substring(0, 8));
        demo.load(shop, 90, 42);
        LocalDate today = LocalDate.ofInstant(CLOCK.instant(), ZoneOffset.UTC);
        int before = orders(shop, "cust-005");
        BEFORE_SWAP.set(() -> {
            // The run has read every history and staged its scores; this order reaches the store and its live re-score
            // lands before the run's swap writes the customer's older score over it.
            ingest.recordOrder(shop, new com.scudo.ingest.OrderCommand("late-order-1", "cust-005",
                    CLOCK.instant().minus(Duration.ofHours(1)).toString(), new BigDecimal("80.00"), "USD", null, "web",
                    List.of(), List.of(), null, null));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (orders(shop, "cust-005") == before) {
                assertThat(System.nanoTime()).as("the live re-score of the new order").isLessThan(deadline);
                sleep(20);
            }
        });
        RunStatus run = analytics.runNow(shop, today);

        assertThat(BEFORE_SWAP.get()).as("the run reached its swap").isNull();
        assertThat(run.state()).isEqualTo("done");
        assertThat(orders(shop, "cust-005")).as("the order that arrived during the run counts after it").isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select as_of from customer_metrics where workspace_id = ? and customer_id = ?",
                LocalDate.class, shop.value(), "cust-005")).isEqualTo(today);
    }

    private int orders(WorkspaceId shop, String customer) {
        return jdbc.queryForObject("select orders from customer_metrics where workspace_id = ? and customer_id = ?",
                Integer.class, shop.value(), customer);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The workspace's scores by primary segment and date, read in one statement. */
    private String segmentsByDate(WorkspaceId shop) {
        return String.join("; ", jdbc.query("select coalesce(primary_segment, '-') as p, as_of, count(*) as n "
                        + "from customer_metrics where workspace_id = ? group by primary_segment, as_of order by 1, 2",
                (rs, i) -> rs.getString("p") + " " + rs.getString("as_of") + " " + rs.getInt("n"), shop.value()));
    }

    private int count(WorkspaceId shop, LocalDate asOf) {
        return jdbc.queryForObject("select count(*) from metric_snapshots where workspace_id = ? and snapshot_date = ?",
                Integer.class, shop.value(), asOf);
    }

    /** Starts what is due (other tests' workspaces too), waits for all of it, returns this workspace's runs. */
    private List<RunStatus> runDue(WorkspaceId shop) throws InterruptedException {
        List<RunStatus> started = schedules.runDue();
        for (RunStatus run : started) {
            waitFor(WorkspaceId.of(run.workspace()), run.runId());
        }
        return started.stream().filter(run -> run.workspace().equals(shop.value())).toList();
    }

    private RunStatus waitFor(WorkspaceId shop, String runId) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            RunStatus status = analytics.status(shop, runId).orElseThrow();
            if (status.finished()) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run " + runId + " did not finish in 2 minutes");
    }

    private int fits(WorkspaceId shop) {
        return jdbc.queryForObject("select count(*) from model_fits where workspace_id = ?", Integer.class, shop.value());
    }

    private double churn(WorkspaceId shop, String customer) {
        return jdbc.queryForObject("select churn from customer_metrics where workspace_id = ? and customer_id = ?",
                BigDecimal.class, shop.value(), customer).doubleValue();
    }
}
