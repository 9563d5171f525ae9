package com.scudo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

@Command(name = "audit", description = "The audit log, newest first: who viewed, exported, changed or erased what.")
class AuditCommand extends AnswerCommand {
    @Option(names = "--since", description = "Only events at or after this time (2026-06-30T12:00:00Z) or day (2026-06-30).")
    String since;

    @Option(names = "--action", description = "Only this action, e.g. customer.viewed, customer.erased, segment.exported.")
    String action;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many events (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    JsonNode ask(Gateway gateway) {
        return gateway.audit(since, action, Math.max(1, Math.min(limit, 1000)), null);
    }

    @Override
    void print(JsonNode page, Gateway gateway, PrintWriter out) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode event : page.path("events")) {
            String subject = Text.or(event, "subjectType", "") + (Text.of(event, "subjectId") == null ? ""
                    : " " + Text.of(event, "subjectId"));
            rows.add(List.of(Text.or(event, "occurredAt", ""), Text.or(event, "actor", ""),
                    Text.or(event, "action", ""), subject, Text.or(event, "detail", "")));
        }
        if (rows.isEmpty()) {
            out.println("No audit events" + (since == null && action == null ? "" : " match") + ".");
            return;
        }
        out.print(Text.table(List.of("when", "actor", "action", "subject", "detail"), rows));
    }
}
