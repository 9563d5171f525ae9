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
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark (not a test): a full analytics run against a bare GROUP BY over the same orders, on PostgreSQL or on the
 * embedded H2 file database. Generates N customers and M orders straight into the analytical store (the run reads
 * only SQL), then times both and prints each phase of the run and the heap it needed; then a second run over the same
 * orders, which updates every score row instead of adding it (a shop's every run after its first).
 * Usage: scripts/bench-analytics [customers=1000000] [orders=10000000] [postgres|h2].
 */
public final class AnalyticsBenchmark {
    private static final String SERVER = System.getProperty("bench.postgres", "jdbc:postgresql://127.0.0.1:5432/");
    /** A scratch database of its own name per concurrent user: the benchmark drops and recreates it. */
    private static final String DATABASE = System.getProperty("bench.database", "scudo_bench");

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long orders = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
        boolean h2 = args.length > 2 && args[2].equalsIgnoreCase("h2");
        String[] springArgs = h2 ? h2Arguments() : postgresArguments();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ScudoApplication.class)
                .web(WebApplicationType.NONE).run(springArgs)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            WorkspaceId workspace = WorkspaceId.of("bench");
            long start = System.nanoTime();
            if (h2) {
                generateH2(jdbc, customers, orders);
            } else {
                generate(jdbc, customers, orders);
            }
            System.out.printf(Locale.US, "Generated %,d customers and %,d orders in %.1f s (%s)%n", customers, orders,
                    seconds(start), h2 ? "H2 file" : "PostgreSQL");
            System.out.println("Load: " + load());

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
            System.gc();
            resetPeaks();
            start = System.nanoTime();
            RunStatus status = analytics.runNow(workspace, LocalDate.now(ZoneOffset.UTC));
            double run = seconds(start);
            System.out.printf(Locale.US, "Full analytics run (%s): %s in %.1f s%n", status.state(), status.message(), run);
            printPhases(context.getBean(MeterRegistry.class));
            System.out.printf(Locale.US, "Peak heap during the run: %,d MB (max %,d MB)%n", peakHeapMb(),
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(Locale.US, "Ratio full run / bare aggregate: %.1f (goal <= %d)%n", run / aggregate, h2 ? 10 : 3);
            System.out.println("Load: " + load());

            // A shop's every run after its first: the same orders again (a date after today is refused), so every score
            // row is updated, not added.
            Map<String, Double> before = phaseSeconds(context.getBean(MeterRegistry.class));
            start = System.nanoTime();
            status = analytics.runNow(workspace, LocalDate.now(ZoneOffset.UTC));
            double again = seconds(start);
            System.out.printf(Locale.US, "Second full run, every row updated (%s): %s in %.1f s, ratio %.1f%n",
                    status.state(), status.message(), again, again / aggregate);
            Map<String, Double> after = phaseSeconds(context.getBean(MeterRegistry.class));
            after.forEach((phase, total) -> System.out.printf(Locale.US, "  phase %-50s %6.1f s%n", phase,
                    total - before.getOrDefault(phase, 0.0)));
            System.out.println("Load: " + load());
        }
        System.exit(0); // the in-process stores keep non-daemon threads alive after the context closes
    }

    private static String[] postgresArguments() throws Exception {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres?user=postgres");
             Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        }
        return new String[] {"--spring.datasource.url=" + SERVER + DATABASE + "?reWriteBatchedInserts=true",
                "--spring.datasource.username=postgres", "--spring.datasource.password=", "--scudo.dynamodb.mode=in-memory",
                "--scudo.demo.load-on-start=false", "--logging.level.root=WARN", "--logging.level.com.scudo=INFO"};
    }

    /** The embedded default's analytical store: an H2 file in a scratch folder (removed first). */
    private static String[] h2Arguments() throws Exception {
        Path folder = Path.of("target", "bench-h2");
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        Files.createDirectories(folder);
        return new String[] {"--spring.datasource.url=jdbc:h2:file:" + folder.toAbsolutePath().resolve("analytics")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
                "--spring.datasource.username=sa", "--spring.datasource.password=", "--scudo.dynamodb.mode=in-memory",
                "--scudo.demo.load-on-start=false", "--logging.level.root=WARN", "--logging.level.com.scudo=INFO"};
    }

    /** Each phase as the run's meters timed it: a phase lasts from its step until the next one. */
    private static void printPhases(MeterRegistry registry) {
        phaseSeconds(registry).forEach((label, seconds) ->
                System.out.printf(Locale.US, "  phase %-50s %6.1f s%n", label, seconds));
    }

    /** The run's phases as its meters name them, and as printed. */
    private static final Map<String, String> PHASES = new LinkedHashMap<>();

    static {
        PHASES.put("reading order histories", "reading histories, writing behaviour");
        PHASES.put("fitting models", "fitting (model choice and fits, RFM boundaries)");
        PHASES.put("scoring customers", "scoring and writing, swap");
        // The segment and recommendation steps follow the metrics by events within one phase; their own log lines split it.
        PHASES.put("metrics written", "segments and recommendations");
    }

    /** The seconds each phase has taken so far over every run, by its printed name. */
    private static Map<String, Double> phaseSeconds(MeterRegistry registry) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        PHASES.forEach((phase, label) -> {
            Timer timer = registry.find("scudo.analytics.run.phase").tag("phase", phase).timer();
            seconds.put(label, timer == null ? 0.0 : timer.totalTime(TimeUnit.MILLISECONDS) / 1000);
        });
        return seconds;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** As {@link #generate} in H2's dialect: SYSTEM_RANGE (its column is "X") for generate_series, CASE for array picks. */
    private static void generateH2(JdbcTemplate jdbc, int customers, long orders) {
        jdbc.update("insert into customer_dim (workspace_id, customer_id, name, email, preferred_channel, created_at, "
                + "updated_at) select 'bench', 'c' || lpad(cast(\"X\" as varchar), 8, '0'), 'Customer ' || \"X\", 'c' || \"X\" || '@example.com', "
                + "'web', dateadd(day, -1100, current_timestamp), current_timestamp from system_range(1, ?)", customers);
        jdbc.update("insert into order_facts (workspace_id, order_id, customer_id, ordered_at, amount, currency, discount, "
                + "channel, categories, item_count, recorded_at) "
                + "select 'bench', 'o' || \"X\", 'c' || lpad(cast(cast(1 + floor(? * power(rand(), 2)) as bigint) as varchar), 8, '0'), "
                + "dateadd(second, -cast(rand() * 86400000 as bigint), current_timestamp), round(20 + rand() * 180, 2), 'USD', "
                + "case when rand() < 0.2 then 5 else 0 end, "
                + "case cast(floor(rand() * 4) as int) when 0 then 'web' when 1 then 'mobile' when 2 then 'store' else 'phone' end, "
                + "case cast(floor(rand() * 4) as int) when 0 then '|home|' when 1 then '|fashion|' when 2 then '|books|home|' "
                + "else '|electronics|' end, 1, current_timestamp from system_range(1, ?)", customers, orders);
        jdbc.execute("analyze");
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
