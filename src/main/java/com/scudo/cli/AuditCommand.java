package com.scudo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "audit", description = "The audit log, newest first: who viewed, exported, changed or erased what.")
class AuditCommand implements Callable<Integer> {
    @Option(names = "--since", description = "Only events at or after this time (2026-06-30T12:00:00Z) or day (2026-06-30).")
    String since;

    @Option(names = "--action", description = "Only this action, e.g. customer.viewed, customer.erased, segment.exported.")
    String action;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many events (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--workspace", defaultValue = "demo", description = "Workspace (default: ${DEFAULT-VALUE}).")
    String workspace;

    @Option(names = "--json", description = "Print JSON (for scripts) instead of text.")
    boolean json;

    @Option(names = "--server", defaultValue = "${env:SCUDO_SERVER:-http://localhost:8080}",
            description = "A running server to ask (default: ${DEFAULT-VALUE}); without one the stores are opened here.")
    String server;

    @Option(names = "--api-key", description = "An admin API key for the server (default: the SCUDO_API_KEY "
            + "environment variable, which keeps the key out of shell history).")
    String apiKey;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        try (PrivacyClient client = PrivacyClient.open(server, workspace, apiKey, springArguments)) {
            JsonNode page = client.audit(since, action, Math.max(1, Math.min(limit, 1000)), null);
            if (json) {
                System.out.println(ViewsClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(page));
                return 0;
            }
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode event : page.path("events")) {
                String subject = Text.or(event, "subjectType", "") + (Text.of(event, "subjectId") == null ? ""
                        : " " + Text.of(event, "subjectId"));
                rows.add(List.of(Text.or(event, "occurredAt", ""), Text.or(event, "actor", ""),
                        Text.or(event, "action", ""), subject, Text.or(event, "detail", "")));
            }
            if (rows.isEmpty()) {
                System.out.println("No audit events" + (since == null && action == null ? "" : " match") + ".");
                return 0;
            }
            System.out.print(Text.table(List.of("when", "actor", "action", "subject", "detail"), rows));
            return 0;
        } catch (ViewsClient.Failure e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }
}
