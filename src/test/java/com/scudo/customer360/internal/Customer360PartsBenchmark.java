package com.scudo.customer360.internal;

import com.scudo.ScudoApplication;
import com.scudo.customer.CustomerProfiles;
import com.scudo.customer.InteractionLog;
import com.scudo.customer.OrderHistory;
import com.scudo.customer.RealtimeMetrics;
import com.scudo.customer360.Customer360;
import com.scudo.customer360.Customer360Views;
import com.scudo.demo.DemoData;
import com.scudo.recommendation.RecommendationQuery;
import com.scudo.recommendation.RecommendationStatus;
import com.scudo.recommendation.Recommendations;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark (not a test: the name matches no Surefire pattern): times each part of a 360 read on its own, on
 * the embedded default on disk (DynamoDB Local + H2 file), one thread, random customers. Run with
 * {@code ./mvnw -o test -Dtest=Customer360PartsBenchmark -Dscudo.bench.customers=2000 [-Dscudo.bench.dir=FOLDER]}:
 * a folder that holds no shop yet is loaded first (bulk path) and kept, so the next run reuses it.
 */
class Customer360PartsBenchmark {
    private static final WorkspaceId WORKSPACE = WorkspaceId.of("demo");
    /** Process CPU time: the reads also work on DynamoDB Local's own thread, so one thread's time would miss it. */
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Test
    void timeEachPartOfAView() {
        int customers = Integer.getInteger("scudo.bench.customers", 2_000);
        int reads = Integer.getInteger("scudo.bench.reads", 2_000);
        File dir = new File(System.getProperty("scudo.bench.dir", "target/bench-360-parts-" + customers)).getAbsoluteFile();
        boolean fresh = !new File(dir, "dynamodb/operational.db").exists();
        String[] args = {
                "--spring.datasource.url=jdbc:h2:file:" + dir + "/analytics;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--scudo.dynamodb.data-dir=" + dir + "/dynamodb", "--scudo.demo.load-on-start=false",
                "--logging.level.root=WARN", "--scudo.sync.replay-initial-delay=PT1H"};
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ScudoApplication.class)
                .web(WebApplicationType.NONE).run(args)) {
            if (fresh) {
                long start = System.nanoTime();
                context.getBean(DemoData.class).load(WORKSPACE, customers, 42, true, false, done -> { });
                System.out.printf(Locale.ROOT, "[bench 360 parts] loaded %,d customers into %s in %.0f s%n",
                        customers, dir, (System.nanoTime() - start) / 1e9);
            }
            Integer total = context.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from customer_dim where workspace_id = ?", Integer.class, WORKSPACE.value());
            CustomerProfiles profiles = context.getBean(CustomerProfiles.class);
            OrderHistory orders = context.getBean(OrderHistory.class);
            InteractionLog interactions = context.getBean(InteractionLog.class);
            RealtimeMetrics realtime = context.getBean(RealtimeMetrics.class);
            CustomerAnalyticsReader analytics = context.getBean(CustomerAnalyticsReader.class);
            Recommendations recommendations = context.getBean(Recommendations.class);
            Customer360Views views = context.getBean(Customer360Views.class);
            JsonMapper json = context.getBean(JsonMapper.class);
            int fetch = Customer360Views.TIMELINE_LIMIT + 1;
            System.out.printf(Locale.ROOT, "[bench 360 parts] %,d customers, %,d reads each, 1 thread%n", total, reads);

            Random warm = new Random(1);
            for (int i = 0; i < 1_500; i++) { // JIT warm-up of every part before anything is timed
                views.view(WORKSPACE, id(warm, total));
            }
            time("profile GetItem", total, reads, id -> profiles.find(WORKSPACE, id));
            time("orders Query newest " + fetch, total, reads, id -> orders.newestFirst(WORKSPACE, id, fetch));
            time("interactions Query newest " + fetch, total, reads, id -> interactions.newestFirst(WORKSPACE, id, fetch));
            time("live counters GetItem", total, reads, id -> realtime.forCustomer(WORKSPACE, id));
            time("SQL scores+behaviour join", total, reads, id -> analytics.row(WORKSPACE, id));
            time("SQL trend (snapshots)", total, reads, id -> analytics.trend(WORKSPACE, id));
            time("SQL whole analytics read", total, reads, id -> analytics.read(WORKSPACE, id));
            time("SQL open recommendations", total, reads, id -> recommendations.list(WORKSPACE,
                    new RecommendationQuery(RecommendationStatus.OPEN, null, id, 20)));
            time("whole view (service)", total, reads, id -> views.view(WORKSPACE, id));
            Customer360 sample = views.view(WORKSPACE, CustomerId.of("cust-003"));
            byte[] body = json.writeValueAsBytes(sample);
            time("JSON of a view (" + body.length + " bytes)", total, reads, id -> json.writeValueAsBytes(sample));
            assertThat(sample.profile()).isNotNull();
        }
    }

    private static void time(String part, int customers, int reads, Consumer<CustomerId> read) {
        String only = System.getProperty("scudo.bench.only", "");
        if (!only.isEmpty() && !part.toLowerCase(Locale.ROOT).contains(only.toLowerCase(Locale.ROOT))) {
            return;
        }
        Random random = new Random(7);
        for (int i = 0; i < Math.min(200, reads); i++) { // warm-up
            read.accept(id(random, customers));
        }
        long[] nanos = new long[reads];
        long cpuStart = CPU.getProcessCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < reads; i++) {
            CustomerId id = id(random, customers);
            long t = System.nanoTime();
            read.accept(id);
            nanos[i] = System.nanoTime() - t;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMillis = (CPU.getProcessCpuTime() - cpuStart) / 1e6 / reads;
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "[bench 360 parts] %-34s p50 %7.3f ms  p99 %7.3f ms  max %7.2f ms  %,7.0f /s"
                        + "  CPU %6.3f ms each (all threads)%n", part, nanos[reads / 2] / 1e6, nanos[(int) (reads * 0.99)] / 1e6,
                nanos[reads - 1] / 1e6, reads / seconds, cpuMillis);
    }

    private static CustomerId id(Random random, int customers) {
        return CustomerId.of(String.format(Locale.ROOT, "cust-%03d", 1 + random.nextInt(customers)));
    }
}
