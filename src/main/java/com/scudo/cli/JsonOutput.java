package com.scudo.cli;

import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;

/** The {@code --json} switch: the answer as the API's JSON, for scripts, instead of text. */
class JsonOutput {
    @Option(names = "--json", description = "Print JSON (for scripts) instead of text.")
    boolean json;

    /** Prints {@code answer} as JSON when --json was given; true when it did, so the command prints nothing else. */
    boolean printed(PrintWriter out, JsonNode answer) {
        if (json) {
            print(out, answer);
        }
        return json;
    }

    static void print(PrintWriter out, JsonNode node) {
        out.println(Gateway.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        out.flush();
    }
}
