package com.scudo.cli;

import com.scudo.demo.DemoBulkLoad;
import com.scudo.demo.DemoData;
import com.scudo.demo.DemoDataSummary;
import com.scudo.shared.WorkspaceId;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "demo-data", description = "Load the demo shop: the brief's ten personas plus generated customers.")
class DemoDataCommand implements Callable<Integer> {

    @Option(names = "--workspace", defaultValue = "demo", description = "Workspace to fill (default: ${DEFAULT-VALUE}).")
    String workspace;

    @Option(names = "--customers", defaultValue = "90", description = "Generated customers besides the personas (default: ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for the generated customers (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bulk", description = "Load in batches (taken anyway above " + DemoData.BULK_ABOVE
            + " customers): for benchmark sizes, up to millions of customers.")
    boolean bulk;

    @Option(names = "--allow-other-data", description = "Let a bulk load go into a workspace that has customers of its own.")
    boolean allowOtherData;

    @Option(names = "--server", defaultValue = "${env:SCUDO_SERVER:-http://localhost:8080}",
            description = "A running server to load through (default: ${DEFAULT-VALUE}); without one the stores are opened here.")
    String server;

    @Option(names = "--api-key", description = "API key for the server (default: the SCUDO_API_KEY environment variable).")
    String apiKey;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        WorkspaceId target = WorkspaceId.of(workspace);
        ServerConnection connection = new ServerConnection(server, target.value(), apiKey);
        if (connection.isUp()) {
            System.err.println("Loading through the server at " + connection.base() + " ...");
            HttpResponse<String> response = connection.post("/api/v1/demo-data?customers=" + customers + "&seed=" + seed
                    + "&bulk=" + bulk + "&allowOtherData=" + allowOtherData, null);
            System.out.println(response.body());
            return response.statusCode() < 300 ? 0 : 1;
        }
        try (ConfigurableApplicationContext context = LocalStores.open(springArguments)) {
            DemoData demo = context.getBean(DemoData.class);
            ProgressBar bar = new ProgressBar(System.err, "Loading demo data", DemoData.totalCustomers(customers), "customers");
            long start = System.nanoTime();
            DemoDataSummary summary;
            try {
                summary = demo.load(target, customers, seed, bulk, allowOtherData, bar::update);
            } catch (DemoBulkLoad.WorkspaceHasOtherData e) {
                System.err.println(e.getMessage() + " (--allow-other-data).");
                return 2;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "Loaded %d customers, %d orders and %d interactions into workspace '%s' in %.1f s"
                            + " (%.1f s with the analytics run)%n", summary.customers(), summary.orders(),
                    summary.interactions(), summary.workspace(), summary.millis() / 1000.0, seconds);
        }
        return 0;
    }
}
