package com.scudo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.time.LocalDate;

@Command(name = "analyze", description = "Run the analytics: RFM, churn, CLV, lifecycle, behaviour, segments and recommendations.")
class AnalyzeCommand extends GatewayCommand {

    @Option(names = "--as-of", description = "Score as of this date (default: today in the workspace's time zone), e.g. 2026-06-30.")
    LocalDate asOf;

    @Mixin
    JsonOutput output = new JsonOutput();

    @Override
    int run(Gateway gateway, PrintWriter out, PrintWriter err) throws Exception {
        return analyse(gateway, asOf, output.json, out, err);
    }

    /** Runs the analytics and follows it step by step on standard error; the result on standard output. */
    static int analyse(Gateway gateway, LocalDate asOf, boolean json, PrintWriter out, PrintWriter err) throws Exception {
        err.println("Analysing workspace '" + gateway.workspace() + "' on " + gateway.where() + " ...");
        JsonNode status = gateway.startAnalysis(asOf);
        ProgressBar bar = new ProgressBar(err, "Analysing", 0, "customers");
        while ("running".equals(status.path("state").asString())) {
            Thread.sleep(250);
            status = gateway.analysis(status.path("runId").asString());
            if (status.hasNonNull("customers") && status.hasNonNull("done")) {
                bar.phase(status.path("step").asString("working"), status.path("customers").asLong());
                bar.update(status.path("done").asLong());
            }
        }
        bar.finish();
        if (json) {
            JsonOutput.print(out, status);
        } else {
            out.printf("Run %s as of %s: %s. %s%n", status.path("runId").asString(), status.path("asOf").asString(),
                    status.path("state").asString(), status.path("message").asString(""));
        }
        return "done".equals(status.path("state").asString()) ? 0 : 1;
    }
}
