package com.scudo.cli;

import com.scudo.imports.ImportFormat;
import com.scudo.imports.ImportJob;
import com.scudo.imports.ImportRequest;
import com.scudo.imports.ImportService;
import com.scudo.shared.WorkspaceId;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/**
 * Benchmark of the file import (scripts/bench-import runs it once per configuration, each in its own
 * JVM): generates N order rows in Scudo's order format, imports them and prints rows per second and
 * peak memory. Figures, not a test.
 */
@Command(name = "bench-import", hidden = true, description = "Benchmark: import N generated order rows and print rows/s and peak memory.")
class BenchImportCommand implements Callable<Integer> {

    @Option(names = "--rows", defaultValue = "1000000")
    long rows;

    @Mixin
    BenchOptions bench = new BenchOptions();

    @Override
    public Integer call() throws Exception {
        Path dir = bench.dir("bench-import");
        Files.createDirectories(dir);
        Path file = dir.resolve("orders-" + rows + ".csv");
        if (!Files.exists(file)) {
            generate(file);
        }
        try (BenchStores stores = bench.freshStores("bench-import", "embedded");
             ConfigurableApplicationContext context = LocalStores.open(withUploads(stores.arguments(), stores.run()))) {
            String config = stores.config();
            Path run = stores.run();
            ImportService imports = context.getBean(ImportService.class);
            ProgressBar bar = new ProgressBar(Terminal.err(), "bench " + config, rows, "rows");
            long start = System.nanoTime();
            long[] analyticsDone = {0};
            ImportJob job = imports.importFile(new ImportRequest(WorkspaceId.of("bench"), ImportFormat.SCUDO_ORDERS, file,
                    null, null, run.resolve("errors.csv")), done -> {
                        bar.update(done);
                        if (done >= rows && analyticsDone[0] == 0) {
                            analyticsDone[0] = System.nanoTime();
                        }
                    }, copied -> bar.note(String.format(Locale.ROOT, " · operational copy %,d", copied)));
            bar.finish();
            double seconds = (System.nanoTime() - start) / 1e9;
            double analytics = ((analyticsDone[0] == 0 ? System.nanoTime() : analyticsDone[0]) - start) / 1e9;
            // The operational copy starts with the first chunk and ends last: its rate is over the whole run.
            Terminal.out().printf(Locale.ROOT, "config=%s rows=%d orders=%d customers=%d seconds=%.1f rows_per_s=%.0f "
                            + "analytics_s=%.1f analytics_rows_per_s=%.0f operational_rows_per_s=%.0f "
                            + "peak_heap_mb=%.0f peak_rss_mb=%s%n", config, job.counts().rows(), job.counts().created(),
                    job.counts().customersCreated(), seconds, job.counts().rows() / seconds, analytics,
                    job.counts().rows() / analytics, job.operationalRows() / seconds, peakHeapMb(), peakRssMb());
        }
        return 0;
    }

    private static List<String> withUploads(List<String> arguments, Path run) {
        List<String> all = new ArrayList<>(arguments);
        all.add("--scudo.imports.upload-dir=" + run.resolve("uploads"));
        return all;
    }

    /** One row per order, customers ordering about ten times each over three years. */
    private void generate(Path file) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        long customers = Math.max(1, rows / 10);
        Instant end = Instant.parse("2026-10-01T00:00:00Z");
        String[] channels = {"web", "web", "mobile", "store", "phone"};
        String[] categories = {"home", "fashion", "books", "garden", "toys", "office"};
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("order_id,customer_id,ordered_at,amount,currency,channel,sku,category,quantity,unit_price\n");
            for (long i = 1; i <= rows; i++) {
                int quantity = 1 + random.nextInt(3);
                long cents = 500 + random.nextInt(20_000);
                String price = cents / 100 + "." + String.format("%02d", cents % 100);
                long totalCents = cents * quantity;
                String category = categories[random.nextInt(categories.length)];
                out.write("o-" + i + ",c-" + (1 + random.nextLong(customers)) + ","
                        + end.minus(random.nextInt(3 * 365 * 24 * 60), ChronoUnit.MINUTES) + ","
                        + totalCents / 100 + "." + String.format("%02d", totalCents % 100) + ",USD,"
                        + channels[random.nextInt(channels.length)] + "," + category.toUpperCase(Locale.ROOT) + "-"
                        + random.nextInt(500) + "," + category + "," + quantity + "," + price + "\n");
            }
        }
    }

    private static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1e6;
    }

    /** The process's peak resident memory (Linux), which includes DynamoDB Local's native memory. */
    private static String peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return String.valueOf(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return "n/a";
    }
}
