package com.scudo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code customer export-data ID} and {@code customer erase ID --yes}: a customer's privacy requests. */
final class CustomerPrivacyCommands {
    private CustomerPrivacyCommands() {
    }

    static class Target {
        @Option(names = "--workspace", defaultValue = "demo", description = "Workspace (default: ${DEFAULT-VALUE}).")
        String workspace;

        @Option(names = "--server", defaultValue = "${env:SCUDO_SERVER:-http://localhost:8080}",
                description = "A running server to ask (default: ${DEFAULT-VALUE}); without one the stores are opened here.")
        String server;

        @Option(names = "--api-key", description = "An admin API key for the server (default: the SCUDO_API_KEY "
                + "environment variable, which keeps the key out of shell history).")
        String apiKey;
    }

    @Command(name = "export-data", description = "Everything held about one customer, as JSON on standard output "
            + "(an access request): customer export-data ID > customer.json")
    static class ExportData implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Target target = new Target();

        @Parameters(index = "0", paramLabel = "ID", description = "The customer's id.")
        String id;

        @Unmatched
        List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            try (PrivacyClient client = PrivacyClient.open(target.server, target.workspace, target.apiKey, springArguments)) {
                JsonNode export = client.exportData(id);
                System.out.println(ViewsClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(export));
                return 0;
            } catch (ViewsClient.Failure e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "erase", description = "Erase one customer from both stores (cannot be undone): customer erase ID --yes")
    static class Erase implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Target target = new Target();

        @Parameters(index = "0", paramLabel = "ID", description = "The customer's id.")
        String id;

        @Option(names = "--yes", description = "Confirm: the customer's profile, orders, interactions and scores are deleted for good.")
        boolean yes;

        @Unmatched
        List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            if (!yes) {
                System.err.println("Erasing deletes customer " + id + "'s profile, orders, interactions and scores for good. "
                        + "Run again with --yes to confirm.");
                return 2;
            }
            try (PrivacyClient client = PrivacyClient.open(target.server, target.workspace, target.apiKey, springArguments)) {
                JsonNode result = client.erase(id);
                String status = Text.or(result, "status", "?");
                int removed = 0;
                for (JsonNode count : result.path("removed")) {
                    removed += count.asInt();
                }
                if ("erased".equals(status)) {
                    System.out.println("Customer " + id + " erased (" + removed + " records removed; erased at "
                            + Text.or(result, "erasedAt", "?") + ").");
                } else {
                    System.out.println("Customer " + id + " erased for now; an analytics run is in progress, so the erasure is "
                            + "repeated automatically when it ends.");
                }
                return 0;
            } catch (ViewsClient.Failure e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }
    }
}
