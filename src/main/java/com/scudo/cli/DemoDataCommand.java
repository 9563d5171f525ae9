package com.scudo.cli;

import com.scudo.demo.DemoData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.util.Locale;

@Command(name = "demo-data", description = "Load the demo shop: the brief's ten personas plus generated customers.")
class DemoDataCommand extends GatewayCommand {

    @Option(names = "--customers", defaultValue = "90", description = "Generated customers besides the personas (default: ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for the generated customers (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bulk", description = "Load in batches (taken anyway above " + DemoData.BULK_ABOVE
            + " customers): for benchmark sizes, up to millions of customers.")
    boolean bulk;

    @Option(names = "--allow-other-data", description = "Let a bulk load go into a workspace that has customers of its own.")
    boolean allowOtherData;

    @Override
    int run(Gateway gateway, PrintWriter out, PrintWriter err) {
        err.println("Loading the demo shop into workspace '" + gateway.workspace() + "' on " + gateway.where() + " ...");
        ProgressBar bar = new ProgressBar(err, "Loading demo data", DemoData.totalCustomers(customers), "customers");
        long start = System.nanoTime();
        JsonNode summary = gateway.loadDemoData(customers, seed, bulk, allowOtherData, bar::update);
        bar.finish();
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "Loaded %d customers, %d orders and %d interactions into workspace '%s' in %.1f s"
                        + " (%.1f s with the analytics run)%n", summary.path("customers").asLong(), summary.path("orders").asLong(),
                summary.path("interactions").asLong(), summary.path("workspace").asString(),
                summary.path("millis").asLong() / 1000.0, seconds);
        return 0;
    }
}
