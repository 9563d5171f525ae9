package com.scudo.cli;

import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

import java.io.PrintStream;

/** Options every read command shares: workspace, JSON output and which server to ask. */
class ReadOptions {
    @Option(names = "--workspace", defaultValue = "demo", description = "Workspace (default: ${DEFAULT-VALUE}).")
    String workspace;

    @Option(names = "--json", description = "Print JSON (for scripts) instead of text.")
    boolean json;

    @Option(names = "--server", defaultValue = "${env:SCUDO_SERVER:-http://localhost:8080}",
            description = "A running server to ask (default: ${DEFAULT-VALUE}); without one the stores are opened here.")
    String server;

    @Option(names = "--api-key", description = "API key for the server (default: the SCUDO_API_KEY environment "
            + "variable, which keeps the key out of shell history).")
    String apiKey;

    void printJson(PrintStream out, JsonNode node) {
        out.println(ViewsClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
    }
}
