package com.scudo.segment;

import com.scudo.analytics.MetricsComputed;
import com.scudo.shared.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints how long a full segment assignment takes for many customers (default 100,000; set
 * {@code -Dscudo.benchmark.customers=N}). Runs only with {@code -Dscudo.benchmark=true}.
 */
abstract class SegmentAssignmentBenchmarkScenarios {
    private static final String[] LIFECYCLES = {"New", "Active", "Active", "Active", "VIP", "At-Risk", "Dormant"};
    private static final String[] CHANNELS = {"web", "web", "mobile", "store", "phone"};
    private static final String[] CATEGORIES = {"|home|", "|fashion|", "|fashion|shoes|", "|electronics|", null};

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void assignsSegmentsToManyCustomers() {
        int n = Integer.getInteger("scudo.benchmark.customers", 100_000);
        WorkspaceId ws = WorkspaceId.of("bench-" + UUID.randomUUID().toString().substring(0, 8));
        LocalDate d1 = LocalDate.of(2024, 6, 1);
        long t0 = System.nanoTime();
        load(ws.value(), n, d1, new Random(42));
        long loaded = System.nanoTime();
        events.publishEvent(new MetricsComputed(ws, d1, "bench-1"));
        long first = System.nanoTime();
        events.publishEvent(new MetricsComputed(ws, d1, "bench-2"));
        long rerun = System.nanoTime();
        jdbc.update("update customer_metrics set churn = 1 - churn, as_of = ? where workspace_id = ?", d1.plusMonths(1),
                ws.value());
        events.publishEvent(new MetricsComputed(ws, d1.plusMonths(1), "bench-3"));
        long next = System.nanoTime();

        Integer assigned = jdbc.queryForObject("select count(*) from segment_assignments where workspace_id = ?",
                Integer.class, ws.value());
        System.out.printf("%s segment assignment, %,d customers: load %.1f s; first run %.1f s; same-day re-run %.1f s; "
                        + "next run (churn changed) %.1f s; %,d assignment rows%n", getClass().getSimpleName(), n,
                secs(t0, loaded), secs(loaded, first), secs(first, rerun), secs(rerun, next), assigned);
        assertThat(assigned).isPositive();
    }

    private void load(String ws, int n, LocalDate asOf, Random r) {
        Timestamp now = Timestamp.from(Instant.parse("2024-01-01T00:00:00Z"));
        List<Object[]> dim = new ArrayList<>();
        List<Object[]> metrics = new ArrayList<>();
        List<Object[]> behaviour = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = String.format("c-%07d", i);
            int orders = 1 + r.nextInt(r.nextBoolean() ? 3 : 30);
            BigDecimal aov = BigDecimal.valueOf(20 + r.nextInt(600));
            dim.add(new Object[]{ws, id, "Customer " + i, id + "@example.com", r.nextInt(20) == 0 ? "Acme " + i : null,
                    r.nextInt(30) == 0 ? "|wholesale|" : null, now, now});
            metrics.add(new Object[]{ws, id, asOf, orders, aov.multiply(BigDecimal.valueOf(orders)), aov,
                    BigDecimal.valueOf(r.nextInt(10_000), 4), BigDecimal.valueOf(r.nextInt(500_000), 2),
                    LIFECYCLES[r.nextInt(LIFECYCLES.length)], r.nextInt(500), now});
            behaviour.add(new Object[]{ws, id, asOf, CHANNELS[r.nextInt(CHANNELS.length)],
                    CATEGORIES[r.nextInt(CATEGORIES.length)], BigDecimal.valueOf(r.nextInt(10_000), 4),
                    BigDecimal.valueOf(r.nextInt(10_000), 4), r.nextBoolean() ? null : BigDecimal.valueOf(r.nextInt(400), 2), now});
        }
        batch("insert into customer_dim (workspace_id, customer_id, name, email, company, tags, created_at, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", dim);
        batch("insert into customer_metrics (workspace_id, customer_id, as_of, orders, total_spent, aov, churn, clv, "
                + "lifecycle, days_since_last_order, computed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", metrics);
        batch("insert into behavioral_analytics (workspace_id, customer_id, as_of, preferred_channel, categories, "
                + "discount_rate, holiday_share, spend_trend, computed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", behaviour);
        jdbc.update("""
                insert into metric_snapshots (workspace_id, snapshot_date, customer_id, orders, total_spent, churn, clv,
                    lifecycle)
                select workspace_id, as_of, customer_id, orders, total_spent, churn, clv, lifecycle
                from customer_metrics where workspace_id = ?""", ws);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += 5000) {
            jdbc.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + 5000)));
        }
    }

    private static double secs(long from, long to) {
        return (to - from) / 1e9;
    }
}
