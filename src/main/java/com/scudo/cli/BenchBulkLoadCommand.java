package com.scudo.cli;

import com.scudo.demo.DemoData;
import com.scudo.demo.DemoDataSummary;
import com.scudo.shared.WorkspaceId;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Benchmark of the bulk demo load (scripts/bench-bulk-load runs it once per configuration, each in
 * its own JVM): loads N generated customers into fresh stores and prints the load time, the rate
 * and the time of the analytics run that follows. Figures, not a test.
 */
@Command(name = "bench-bulk-load", hidden = true, description = "Benchmark: bulk-load N demo customers and print the time.")
class BenchBulkLoadCommand implements Callable<Integer> {

    @Option(names = "--customers", defaultValue = "100000", description = "Generated customers besides the personas.")
    int customers;

    @Mixin
    BenchOptions bench = new BenchOptions();

    @Override
    public Integer call() throws Exception {
        try (BenchStores stores = bench.freshStores("bench-bulk-load", "in-memory");
             ConfigurableApplicationContext context = LocalStores.open(stores.arguments())) {
            String config = stores.config();
            DemoData demo = context.getBean(DemoData.class);
            int total = DemoData.totalCustomers(customers);
            ProgressBar bar = new ProgressBar(Terminal.err(), "bench " + config, total, "customers");
            long start = System.nanoTime();
            DemoDataSummary summary = demo.load(WorkspaceId.of("bench"), customers, 42, true, false, bar::update);
            double all = (System.nanoTime() - start) / 1e9;
            double load = summary.millis() / 1000.0;
            long records = summary.customers() + summary.orders() + summary.interactions();
            Terminal.out().printf(Locale.ROOT, "config=%s customers=%d orders=%d interactions=%d load_s=%.1f customers_per_s=%.0f"
                            + " records_per_s=%.0f analytics_s=%.1f%n", config, summary.customers(), summary.orders(),
                    summary.interactions(), load, summary.customers() / load, records / load, all - load);
        }
        return 0;
    }
}
