package com.scudo.cli;

import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;

/** The {@code --json} switch: the answer as the API's JSON, for scripts, instead of text. */
class JsonOutput {
    @Option(names = "--json", description = "Print JSON (for scripts) instead of text.")
    boolean json;

    static void print(PrintWriter out, JsonNode node) {
        out.println(Gateway.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        out.flush();
    }
}
