package com.scudo.assistant.internal;

import com.scudo.assistant.Answer;
import com.scudo.assistant.Card;
import com.scudo.assistant.Intent;
import com.scudo.assistant.Interpretation;
import com.scudo.segment.filter.FilterField;
import com.scudo.shared.WorkspaceId;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.openai.OpenAiChatModel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The optional language-model backend: an OpenAI-compatible chat model plans the answer by calling
 * {@link AssistantTools}; the cards and query come from those calls, the sentence of insight from the model.
 */
class LanguageModelAssistant {
    private static final String SYSTEM = """
            You are the assistant of Scudo Customer 360, for a small shop's owner. Answer questions about the shop's \
            customers only by calling the tools; never invent figures. Then reply with one or two plain sentences of \
            insight with the key figures (money in the shop's currency as the tools give it, churn as a percentage). Filter expressions use these \
            fields: %s. Example: churn >= 25%% and orders >= 2.""";
    private final ChatModel model;
    private final AssistantTools tools;
    private final int maxRounds;

    LanguageModelAssistant(AssistantSettings.Llm settings, AssistantTools tools) {
        this(OpenAiChatModel.builder().baseUrl(settings.url()).apiKey(settings.apiKey() == null ? "none" : settings.apiKey())
                .modelName(settings.model()).timeout(settings.timeout()).maxRetries(1).build(), tools, settings.maxRounds());
    }

    LanguageModelAssistant(ChatModel model, AssistantTools tools, int maxRounds) {
        this.model = model;
        this.tools = tools;
        this.maxRounds = maxRounds;
    }

    Answer answer(WorkspaceId workspace, String question) {
        String fields = FilterField.all().stream().map(FilterField::fieldName).collect(Collectors.joining(", "));
        List<ChatMessage> messages = new ArrayList<>(List.of(SystemMessage.from(SYSTEM.formatted(fields)),
                UserMessage.from(question)));
        List<Answer> results = new ArrayList<>();
        for (int round = 0; round <= maxRounds; round++) {
            ChatRequest.Builder request = ChatRequest.builder().messages(messages);
            if (round < maxRounds) {
                request.toolSpecifications(AssistantTools.SPECIFICATIONS);
            }
            AiMessage reply = model.chat(request.build()).aiMessage();
            messages.add(reply);
            if (!reply.hasToolExecutionRequests()) {
                return combine(question, reply.text(), results);
            }
            for (ToolExecutionRequest call : reply.toolExecutionRequests()) {
                messages.add(ToolExecutionResultMessage.from(call, run(workspace, question, call, results)));
            }
        }
        return combine(question, null, results);
    }

    private String run(WorkspaceId workspace, String question, ToolExecutionRequest call, List<Answer> results) {
        try {
            Optional<Answer> answer = tools.execute(workspace, question, call.name(), call.arguments());
            if (answer.isEmpty()) {
                return "{\"error\":\"unknown tool " + call.name() + "\"}";
            }
            results.add(answer.get());
            return AssistantTools.forModel(answer.get());
        } catch (RuntimeException e) {
            if (!AssistantTools.isFilterProblem(e)) {
                throw e;
            }
            // A bad filter or name goes back to the model, which may correct itself in the next round.
            return "{\"error\":" + tools.quote(e.getMessage()) + "}";
        }
    }

    private static Answer combine(String question, String text, List<Answer> results) {
        Answer last = results.isEmpty() ? null : results.get(results.size() - 1);
        Set<Card> cards = new LinkedHashSet<>();
        results.forEach(a -> cards.addAll(a.cards()));
        String insight = text != null && !text.isBlank() ? text.strip()
                : last != null ? last.insight() : "I could not find an answer to that.";
        Interpretation interpretation = last == null ? Interpretation.of(Intent.HELP) : last.interpretation();
        String query = results.stream().map(Answer::query).filter(q -> q != null).reduce((a, b) -> b).orElse(null);
        return new Answer(question, interpretation, insight, List.copyOf(cards), query, "language-model");
    }
}
