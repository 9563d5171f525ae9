package com.scudo.cli;

import com.scudo.analytics.AnalyticsRuns;
import com.scudo.analytics.RunStatus;
import com.scudo.shared.WorkspaceId;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "analyze", description = "Run the analytics: RFM, churn, CLV, lifecycle, behaviour, segments and recommendations.")
class AnalyzeCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Option(names = "--as-of", description = "Score as of this date (default: today), e.g. 2026-06-30.")
    LocalDate asOf;

    @Mixin
    ReadOptions options = new ReadOptions();

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        WorkspaceId target = WorkspaceId.of(options.workspace);
        ServerConnection connection = new ServerConnection(options.server, target.value(), options.apiKey);
        if (connection.isUp()) {
            return throughServer(connection);
        }
        try (ConfigurableApplicationContext context = LocalStores.open(springArguments)) {
            AnalyticsRuns analytics = context.getBean(AnalyticsRuns.class);
            RunStatus status = analytics.start(target, asOf == null ? LocalDate.now() : asOf);
            ProgressBar bar = null;
            while (!status.finished()) {
                Thread.sleep(200);
                status = analytics.status(target, status.runId()).orElseThrow();
                if (bar == null && status.customers() != null) {
                    bar = new ProgressBar(System.err, "Analysing", status.customers(), "customers");
                }
                if (bar != null && status.done() != null) {
                    bar.update(status.done());
                }
            }
            return report(JSON.valueToTree(status));
        }
    }

    private int throughServer(ServerConnection connection) throws Exception {
        System.err.println("Running on the server at " + connection.base() + " ...");
        HttpResponse<String> started = connection.post("/api/v1/analytics/runs" + (asOf == null ? "" : "?asOf=" + asOf), null);
        JsonNode status = JSON.readTree(started.body());
        if (started.statusCode() >= 300) {
            System.err.println(status.path("detail").asString(started.body()));
            return 1;
        }
        ProgressBar bar = null;
        while ("running".equals(status.path("state").asString())) {
            Thread.sleep(250);
            status = JSON.readTree(connection.get("/api/v1/analytics/runs/" + status.path("runId").asString()).body());
            if (bar == null && status.hasNonNull("customers")) {
                bar = new ProgressBar(System.err, "Analysing", status.path("customers").asLong(), "customers");
            }
            if (bar != null) {
                bar.update(status.path("done").asLong());
            }
        }
        return report(status);
    }

    private int report(JsonNode status) {
        if (options.json) {
            System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(status));
        } else {
            System.out.printf("Run %s as of %s: %s. %s%n", status.path("runId").asString(), status.path("asOf").asString(),
                    status.path("state").asString(), status.path("message").asString(""));
        }
        return "done".equals(status.path("state").asString()) ? 0 : 1;
    }
}
