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
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The optional language-model backend: an OpenAI-compatible chat model plans the answer by calling
 * {@link AssistantTools}; the cards and query come from those calls, the sentence of insight from the model. The model
 * is asked to stream ({@code stream: true}, server-sent events): its text is handed on piece by piece as it arrives, so
 * a reader sees the sentence being written instead of waiting for the whole answer.
 */
class LanguageModelAssistant {
    private static final String SYSTEM = """
            You are the assistant of Scudo Customer 360, for a small shop's owner. Answer questions about the shop's \
            customers only by calling the tools; never invent figures. Then reply with one or two plain sentences of \
            insight with the key figures (money in the shop's currency as the tools give it, churn as a percentage). Filter expressions use these \
            fields: %s. Example: churn >= 25%% and orders >= 2.""";
    private final StreamingChatModel model;
    private final AssistantTools tools;
    private final int maxRounds;
    private final Duration timeout;

    LanguageModelAssistant(AssistantSettings.Llm settings, AssistantTools tools) {
        this(OpenAiStreamingChatModel.builder().baseUrl(settings.url())
                .apiKey(settings.apiKey() == null ? "none" : settings.apiKey()).modelName(settings.model())
                .timeout(settings.timeout()).build(), tools, settings.maxRounds(), settings.timeout());
    }

    LanguageModelAssistant(StreamingChatModel model, AssistantTools tools, int maxRounds, Duration timeout) {
        this.model = model;
        this.tools = tools;
        this.maxRounds = maxRounds;
        this.timeout = timeout;
    }

    /** Thrown when the reader of the sentence has gone away: no answer is wanted, and no fallback either. */
    static final class ReaderGone extends RuntimeException {
        ReaderGone(RuntimeException cause) {
            super(cause);
        }

        RuntimeException reason() {
            return (RuntimeException) getCause();
        }
    }

    /**
     * Plans and answers {@code question}; {@code sentence} gets the model's text in pieces while it is written. The
     * answer's insight is all of that text (or, when the model wrote none, the last tool's sentence).
     */
    Answer answer(WorkspaceId workspace, String question, Consumer<String> sentence) {
        Sentence said = new Sentence(sentence);
        String fields = FilterField.all().stream().map(FilterField::fieldName).collect(Collectors.joining(", "));
        List<ChatMessage> messages = new ArrayList<>(List.of(SystemMessage.from(SYSTEM.formatted(fields)),
                UserMessage.from(question)));
        List<Answer> results = new ArrayList<>();
        for (int round = 0; round <= maxRounds; round++) {
            ChatRequest.Builder request = ChatRequest.builder().messages(messages);
            if (round < maxRounds) {
                request.toolSpecifications(AssistantTools.SPECIFICATIONS);
            }
            AiMessage reply = chat(request.build(), said);
            messages.add(reply);
            if (!reply.hasToolExecutionRequests()) {
                return combine(question, said.text(), results);
            }
            for (ToolExecutionRequest call : reply.toolExecutionRequests()) {
                messages.add(ToolExecutionResultMessage.from(call, run(workspace, question, call, results)));
            }
        }
        return combine(question, said.text(), results);
    }

    /** One round, streamed: the text goes to the reader as it comes; the whole reply (tool calls included) is returned. */
    private AiMessage chat(ChatRequest request, Sentence said) {
        CompletableFuture<ChatResponse> reply = new CompletableFuture<>();
        said.newRound();
        model.chat(request, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String piece) {
                said.add(piece);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                reply.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                reply.completeExceptionally(error);
            }
        });
        try {
            // the HTTP client's timeout bounds each read; this bounds a model that keeps trickling
            ChatResponse response = reply.get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
            said.checkReader();
            return response.aiMessage();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The language model did not finish its reply within " + timeout.multipliedBy(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the language model was answering", e);
        }
    }

    /**
     * The text the model writes, handed to the reader piece by piece; leading blank space is dropped, and a later
     * round's text follows the earlier one after a space, so what the reader saw is exactly the answer's sentence.
     */
    private static final class Sentence {
        private final Consumer<String> reader;
        private final StringBuilder text = new StringBuilder();
        private boolean roundStarted;
        private RuntimeException readerFailure;

        Sentence(Consumer<String> reader) {
            this.reader = reader;
        }

        synchronized void newRound() {
            roundStarted = false;
        }

        synchronized void add(String piece) {
            if (piece == null || readerFailure != null) {
                return;
            }
            String out = text.isEmpty() ? piece.stripLeading() : piece;
            if (out.isEmpty()) {
                return;
            }
            if (!roundStarted && !text.isEmpty()) {
                out = " " + out.stripLeading();
            }
            roundStarted = true;
            text.append(out);
            try {
                reader.accept(out);
            } catch (RuntimeException e) {
                readerFailure = e; // thrown once the round is over, not into the HTTP client's thread
            }
        }

        synchronized void checkReader() {
            if (readerFailure != null) {
                throw new ReaderGone(readerFailure);
            }
        }

        synchronized String text() {
            return text.toString();
        }
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
