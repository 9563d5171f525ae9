package com.scudo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

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
    static class ListSegments implements Callable<Integer> {
        @Mixin
        ReadOptions options = new ReadOptions();

        @Unmatched
        List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            try (ViewsClient client = ViewsClient.open(options.server, options.workspace, options.apiKey, springArguments)) {
                JsonNode list = client.segments();
                if (options.json) {
                    options.printJson(System.out, list);
                    return 0;
                }
                List<List<String>> rows = new ArrayList<>();
                for (JsonNode s : list) {
                    JsonNode segment = s.path("segment");
                    JsonNode stats = s.path("stats");
                    rows.add(List.of(or(segment, "id", "-"), or(segment, "name", "-"),
                            String.valueOf(stats.path("customers").asLong()), String.valueOf(stats.path("primaryCustomers").asLong()),
                            money(stats, "totalValue"), percent(stats, "averageChurn"), money(stats, "averageClv")));
                }
                System.out.print(Text.table(List.of("ID", "NAME", "MEMBERS", "PRIMARY", "VALUE", "AVG CHURN", "AVG CLV"), rows));
                return 0;
            } catch (ViewsClient.Failure e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "show", description = "A segment: its rule, figures and trend over the snapshots.")
    static class ShowSegment implements Callable<Integer> {
        @Mixin
        ReadOptions options = new ReadOptions();

        @Parameters(paramLabel = "ID", description = "Segment id, e.g. VIP_HIGH_VALUE (any case).")
        String id;

        @Unmatched
        List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            try (ViewsClient client = ViewsClient.open(options.server, options.workspace, options.apiKey, springArguments)) {
                JsonNode detail = client.segment(id);
                if (options.json) {
                    options.printJson(System.out, detail);
                    return 0;
                }
                JsonNode segment = detail.path("segment");
                JsonNode stats = detail.path("stats");
                System.out.printf("%s (%s)%s%n", or(segment, "name", "-"), or(segment, "id", "-"),
                        segment.path("builtIn").asBoolean() ? ", built in" : "");
                if (of(segment, "description") != null) {
                    System.out.println("  " + of(segment, "description"));
                }
                System.out.println("  Rule: " + or(segment, "rule", "-"));
                System.out.printf("  %d members (%d primary), value %s, average churn %s, average CLV %s%n",
                        stats.path("customers").asLong(), stats.path("primaryCustomers").asLong(), money(stats, "totalValue"),
                        percent(stats, "averageChurn"), money(stats, "averageClv"));
                List<List<String>> rows = new ArrayList<>();
                for (JsonNode p : detail.path("trend")) {
                    rows.add(List.of("  " + or(p, "date", "-"), String.valueOf(p.path("customers").asLong()),
                            String.valueOf(p.path("primaryCustomers").asLong()), money(p, "value")));
                }
                if (!rows.isEmpty()) {
                    System.out.print(Text.table(List.of("  SNAPSHOT", "MEMBERS", "PRIMARY", "VALUE"), rows));
                }
                return 0;
            } catch (ViewsClient.Failure e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }
    }
}
