package com.scudo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

@Command(name = "ask", description = "Ask the assistant a question, e.g. ask \"Show me our VIP customers\".")
class AskCommand extends AnswerCommand {

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question (quotes optional).")
    List<String> words = new ArrayList<>();

    @Override
    JsonNode ask(Gateway gateway) {
        return gateway.ask(String.join(" ", words));
    }

    @Override
    void print(JsonNode answer, Gateway gateway, PrintWriter out) {
        new AnswerPrinter(gateway.figures()).print(answer, out);
    }
}
