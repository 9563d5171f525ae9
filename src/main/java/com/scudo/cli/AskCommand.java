package com.scudo.cli;

import com.scudo.assistant.Answer;
import com.scudo.assistant.Assistant;
import com.scudo.shared.WorkspaceId;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ask", description = "Ask the assistant a question, e.g. ask \"Show me our VIP customers\".")
class AskCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question (quotes optional).")
    List<String> words = new ArrayList<>();

    @Mixin
    ReadOptions options = new ReadOptions();

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        WorkspaceId target = WorkspaceId.of(options.workspace);
        String question = String.join(" ", words);
        ServerConnection connection = new ServerConnection(options.server, target.value(), options.apiKey);
        JsonNode answer;
        if (connection.isUp()) {
            HttpResponse<String> response = connection.post("/api/v1/assistant/ask",
                    JSON.writeValueAsString(java.util.Map.of("question", question)));
            answer = JSON.readTree(response.body());
            if (response.statusCode() >= 300) {
                System.err.println(answer.path("detail").asString(response.body()));
                return 1;
            }
        } else {
            try (ConfigurableApplicationContext context = LocalStores.open(springArguments)) {
                Answer local = context.getBean(Assistant.class).ask(target, question);
                answer = JSON.valueToTree(local);
            }
        }
        if (options.json) {
            System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer));
        } else {
            AnswerPrinter.print(answer, System.out);
        }
        return 0;
    }
}
