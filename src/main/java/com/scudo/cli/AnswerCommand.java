package com.scudo.cli;

import picocli.CommandLine.Mixin;
import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;

/**
 * A command that asks one question and prints the answer: the API's JSON with {@code --json}, else text. The
 * commands differ only in the question and the text, so these two are all each one writes.
 */
abstract class AnswerCommand extends GatewayCommand {
    @Mixin
    JsonOutput output = new JsonOutput();

    abstract JsonNode ask(Gateway gateway);

    /** The answer as text on {@code out}. */
    abstract void print(JsonNode answer, Gateway gateway, PrintWriter out);

    @Override
    final int run(Gateway gateway, PrintWriter out, PrintWriter err) {
        JsonNode answer = ask(gateway);
        if (!output.printed(out, answer)) {
            print(answer, gateway, out);
        }
        return 0;
    }
}
