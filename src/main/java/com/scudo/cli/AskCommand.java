package com.scudo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

@Command(name = "ask", description = "Ask the assistant a question, e.g. ask \"Show me our VIP customers\".")
class AskCommand extends GatewayCommand {

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question (quotes optional).")
    List<String> words = new ArrayList<>();

    @Mixin
    JsonOutput output = new JsonOutput();

    @Override
    int run(Gateway gateway, PrintWriter out, PrintWriter err) {
        JsonNode answer = gateway.ask(String.join(" ", words));
        if (output.json) {
            JsonOutput.print(out, answer);
        } else {
            new AnswerPrinter(gateway.figures()).print(answer, out);
        }
        return 0;
    }
}
