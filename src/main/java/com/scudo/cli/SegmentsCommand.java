package com.scudo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import com.scudo.shared.Figures;
import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import static com.scudo.cli.Text.money;
import static com.scudo.cli.Text.of;
import static com.scudo.cli.Text.or;
import static com.scudo.cli.Text.percent;

/** {@code segments list} and {@code segment show ID}. */
final class SegmentsCommand {
    private SegmentsCommand() {
    }

    @Command(name = "segments", description = "Segments.", subcommands = ListSegments.class)
    static class Segments {
    }

    @Command(name = "segment", description = "One segment.", subcommands = ShowSegment.class)
    static class Segment {
    }

    @Command(name = "list", description = "Every segment in priority order, with its size and value.")
    static class ListSegments extends AnswerCommand {
        @Override
        JsonNode ask(Gateway gateway) {
            return gateway.segments();
        }

        @Override
        void print(JsonNode list, Gateway gateway, PrintWriter out) {
            Figures figures = gateway.figures();
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode s : list) {
                JsonNode segment = s.path("segment");
                JsonNode stats = s.path("stats");
                rows.add(List.of(or(segment, "id", "-"), or(segment, "name", "-"),
                        String.valueOf(stats.path("customers").asLong()), String.valueOf(stats.path("primaryCustomers").asLong()),
                        money(figures, stats, "totalValue"), percent(stats, "averageChurn"),
                        money(figures, stats, "averageClv")));
            }
            out.print(Text.table(List.of("ID", "NAME", "MEMBERS", "PRIMARY", "VALUE", "AVG CHURN", "AVG CLV"), rows));
        }
    }

    @Command(name = "show", description = "A segment: its rule, figures and trend over the snapshots.")
    static class ShowSegment extends AnswerCommand {
        @Parameters(paramLabel = "ID", description = "Segment id, e.g. VIP_HIGH_VALUE (any case).")
        String id;

        @Override
        JsonNode ask(Gateway gateway) {
            return gateway.segment(id);
        }

        @Override
        void print(JsonNode detail, Gateway gateway, PrintWriter out) {
            Figures figures = gateway.figures();
            JsonNode segment = detail.path("segment");
            JsonNode stats = detail.path("stats");
            out.printf("%s (%s)%s%n", or(segment, "name", "-"), or(segment, "id", "-"),
                    segment.path("builtIn").asBoolean() ? ", built in" : "");
            if (of(segment, "description") != null) {
                out.println("  " + of(segment, "description"));
            }
            out.println("  Rule: " + or(segment, "rule", "-"));
            out.printf("  %d members (%d primary), value %s, average churn %s, average CLV %s%n",
                    stats.path("customers").asLong(), stats.path("primaryCustomers").asLong(),
                    money(figures, stats, "totalValue"),
                    percent(stats, "averageChurn"), money(figures, stats, "averageClv"));
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode p : detail.path("trend")) {
                rows.add(List.of("  " + or(p, "date", "-"), String.valueOf(p.path("customers").asLong()),
                        String.valueOf(p.path("primaryCustomers").asLong()), money(figures, p, "value")));
            }
            if (!rows.isEmpty()) {
                out.print(Text.table(List.of("  SNAPSHOT", "MEMBERS", "PRIMARY", "VALUE"), rows));
            }
        }
    }
}
