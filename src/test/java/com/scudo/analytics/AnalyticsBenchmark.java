package com.scudo.analytics;

import com.scudo.ScudoApplication;
import com.scudo.shared.WorkspaceId;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Benchmark (not a test): a full analytics run on PostgreSQL against a bare GROUP BY over the same
 * orders. Generates N customers and M orders straight into the analytical store (the run reads only
 * SQL), then times both. Usage: scripts/bench-analytics [customers=1000000] [orders=10000000].
 */
public final class AnalyticsBenchmark {
    private static final String SERVER = System.getProperty("bench.postgres", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String DATABASE = "scudo_bench";

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long orders = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres?user=postgres");
             Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        }
        String[] springArgs = {"--spring.datasource.url=" + SERVER + DATABASE + "?reWriteBatchedInserts=true", "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--scudo.dynamodb.mode=in-memory", "--scudo.demo.load-on-start=false",
                "--logging.level.root=WARN", "--logging.level.com.scudo=INFO"};
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ScudoApplication.class)
                .web(WebApplicationType.NONE).run(springArgs)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            WorkspaceId workspace = WorkspaceId.of("bench");
            long start = System.nanoTime();
            generate(jdbc, customers, orders);
            System.out.printf(Locale.US, "Generated %,d customers and %,d orders in %.1f s%n", customers, orders,
                    seconds(start));

            start = System.nanoTime();
            int[] groups = {0};
            jdbc.query("select customer_id, count(*), sum(amount), min(ordered_at), max(ordered_at) from order_facts "
                    + "where workspace_id = 'bench' group by customer_id", row -> {
                        groups[0]++;
                    });
            double aggregate = seconds(start);
            System.out.printf(Locale.US, "Bare GROUP BY customer over the orders: %,d customers in %.1f s%n", groups[0],
                    aggregate);

            AnalyticsRuns analytics = context.getBean(AnalyticsRuns.class);
            start = System.nanoTime();
            RunStatus status = analytics.runNow(workspace, LocalDate.now(ZoneOffset.UTC));
            double run = seconds(start);
            System.out.printf(Locale.US, "Full analytics run (%s): %s in %.1f s%n", status.state(), status.message(), run);
            System.out.printf(Locale.US, "Ratio full run / bare aggregate: %.1f (goal <= 3)%n", run / aggregate);
        }
    }

    private static void generate(JdbcTemplate jdbc, int customers, long orders) {
        jdbc.update("insert into customer_dim (workspace_id, customer_id, name, email, preferred_channel, created_at, "
                + "updated_at) select 'bench', 'c' || lpad(g::text, 8, '0'), 'Customer ' || g, 'c' || g || '@example.com', "
                + "'web', now() - interval '1100 days', now() from generate_series(1, ?) g", customers);
        // Skewed: a few customers place many orders, as in real shops.
        jdbc.update("insert into order_facts (workspace_id, order_id, customer_id, ordered_at, amount, currency, discount, "
                + "channel, categories, item_count, recorded_at) "
                + "select 'bench', 'o' || g, 'c' || lpad((1 + floor(? * power(random(), 2)))::bigint::text, 8, '0'), "
                + "now() - (random() * 1000) * interval '1 day', round((20 + random() * 180)::numeric, 2), 'USD', "
                + "case when random() < 0.2 then 5 else 0 end, (array['web','mobile','store','phone'])[1 + floor(random() * 4)::int], "
                + "(array['|home|','|fashion|','|books|home|','|electronics|'])[1 + floor(random() * 4)::int], 1, now() "
                + "from generate_series(1, ?) g", customers, orders);
        jdbc.execute("analyze order_facts");
        jdbc.execute("analyze customer_dim");
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
