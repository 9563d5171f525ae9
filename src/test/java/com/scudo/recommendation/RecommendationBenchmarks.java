package com.scudo.recommendation;

import com.scudo.shared.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Generation over a large workspace: prints figures, asserts only correctness. Not part of the normal
 * run (the name matches no Surefire pattern); run with
 * {@code ./mvnw -o test -Dtest='*RecommendationBenchmark' -Dscudo.bench.customers=100000}.
 */
abstract class RecommendationBenchmarks {
    private static final String[] STAGES = {"New", "Active", "VIP", "At-Risk", "Dormant"};
    private static final String[] SEGMENTS = {"business_professional", "price_sensitive", "loyal_regular", "at_risk", "fashion_enthusiast"};

    @Autowired
    Recommendations recommendations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void generateForManyCustomers() {
        int customers = Integer.getInteger("scudo.bench.customers", 100_000);
        WorkspaceId workspace = WorkspaceId.of("bench-" + UUID.randomUUID().toString().substring(0, 8));
        LocalDate asOf = LocalDate.now();
        long loadStart = System.nanoTime();
        load(workspace, customers, asOf);
        System.out.printf("[bench %s] loaded %,d customers' metrics in %,d ms%n", database(), customers, ms(loadStart));

        GenerationSummary first = recommendations.generate(workspace, asOf);
        System.out.printf("[bench %s] first run: %,d customers, %,d opened in %,d ms (%,.0f customers/s)%n", database(),
                first.customers(), first.opened(), first.millis(), first.customers() * 1000.0 / Math.max(1, first.millis()));
        GenerationSummary second = recommendations.generate(workspace, asOf);
        System.out.printf("[bench %s] second run: %,d refreshed, %,d opened, %,d withdrawn in %,d ms%n", database(),
                second.refreshed(), second.opened(), second.withdrawn(), second.millis());
        long t = System.nanoTime();
        List<SegmentAction> bySegment = recommendations.bySegment(workspace);
        System.out.printf("[bench %s] segment summary (%d rows) in %,d ms; outcomes in %,d ms%n", database(),
                bySegment.size(), ms(t), timed(() -> recommendations.outcomes(workspace)));
        long listStart = System.nanoTime();
        recommendations.list(workspace, RecommendationQuery.open(100));
        System.out.printf("[bench %s] first page of 100 open recommendations in %,d ms%n", database(), ms(listStart));

        org.assertj.core.api.Assertions.assertThat(first.customers()).isEqualTo(customers);
        org.assertj.core.api.Assertions.assertThat(second.opened()).isZero();
        org.assertj.core.api.Assertions.assertThat(second.refreshed()).isEqualTo(first.opened());
    }

    abstract String database();

    private void load(WorkspaceId workspace, int customers, LocalDate asOf) {
        Random random = new Random(42);
        List<Object[]> metrics = new ArrayList<>();
        List<Object[]> behaviour = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < customers; i++) {
            String id = String.format("c-%07d", i);
            int orders = 1 + random.nextInt(40);
            BigDecimal spent = BigDecimal.valueOf(orders * (20 + random.nextInt(300)));
            String stage = STAGES[random.nextInt(STAGES.length)];
            String segment = SEGMENTS[random.nextInt(SEGMENTS.length)];
            metrics.add(new Object[]{workspace.value(), id, Date.valueOf(asOf), orders, spent,
                    spent.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP), random.nextInt(400),
                    30 + random.nextInt(1500), BigDecimal.valueOf(random.nextInt(10_000), 4),
                    BigDecimal.valueOf(random.nextInt(10_000), 4), BigDecimal.valueOf(random.nextInt(500_000), 2),
                    Date.valueOf(asOf.plusDays(random.nextInt(60) - 10)), stage, "|" + segment + "|",
                    segment.toUpperCase(), now});
            behaviour.add(new Object[]{workspace.value(), id, Date.valueOf(asOf), random.nextBoolean() ? "home" : "apparel",
                    BigDecimal.valueOf(7 + random.nextInt(90)), now});
            if (metrics.size() == 5000 || i == customers - 1) {
                jdbc.batchUpdate("""
                        insert into customer_metrics (workspace_id, customer_id, as_of, orders, total_spent, aov,
                          days_since_last_order, tenure_days, churn, p_alive, clv, next_order_date, lifecycle, segments,
                          primary_segment, computed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", metrics);
                jdbc.batchUpdate("""
                        insert into behavioral_analytics (workspace_id, customer_id, as_of, top_category,
                          typical_days_between_orders, computed_at) values (?, ?, ?, ?, ?, ?)""", behaviour);
                metrics.clear();
                behaviour.clear();
            }
        }
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static long timed(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return ms(t);
    }
}
