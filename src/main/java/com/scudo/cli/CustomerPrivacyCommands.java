package com.scudo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;

/** {@code customer export-data ID} and {@code customer erase ID --yes}: a customer's privacy requests. */
final class CustomerPrivacyCommands {
    private CustomerPrivacyCommands() {
    }

    @Command(name = "export-data", description = "Everything held about one customer, as JSON on standard output "
            + "(an access request): customer export-data ID > customer.json")
    static class ExportData extends GatewayCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The customer's id.")
        String id;

        @Override
        int run(Gateway gateway, PrintWriter out, PrintWriter err) {
            JsonOutput.print(out, gateway.exportData(id));
            return 0;
        }
    }

    @Command(name = "erase", description = "Erase one customer from both stores (cannot be undone): customer erase ID --yes")
    static class Erase extends GatewayCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The customer's id.")
        String id;

        @Option(names = "--yes", description = "Confirm: the customer's profile, orders, interactions and scores are deleted for good.")
        boolean yes;

        @Override
        Integer refuseEarly(PrintWriter err) {
            if (yes) {
                return null;
            }
            err.println("Erasing deletes customer " + id + "'s profile, orders, interactions and scores for good. "
                    + "Run again with --yes to confirm.");
            return 2;
        }

        @Override
        int run(Gateway gateway, PrintWriter out, PrintWriter err) {
            JsonNode result = gateway.erase(id);
            int removed = 0;
            for (JsonNode count : result.path("removed")) {
                removed += count.asInt();
            }
            if ("erased".equals(Text.or(result, "status", "?"))) {
                out.println("Customer " + id + " erased (" + removed + " records removed; erased at "
                        + Text.or(result, "erasedAt", "?") + ").");
            } else {
                out.println("Customer " + id + " erased for now; an analytics run is in progress, so the erasure is "
                        + "repeated automatically when it ends.");
            }
            return 0;
        }
    }
}
