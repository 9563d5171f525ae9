package com.scudo.assistant.web;

import com.scudo.assistant.Assistant;
import com.scudo.assistant.Card;
import com.scudo.assistant.StagedAnswer;
import com.scudo.shared.WorkspaceId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One answer as a sequence of events, each sent as soon as it is known: {@code insight} (the sentence), one
 * {@code card} per card the moment its source has computed it, {@code query}, {@code done}. The reader sees the
 * sentence while the slower cards (members, recommended actions) are still being looked up. A language model's
 * sentence comes as several {@code insight} events, one per piece as the model writes it, to be appended; should the
 * model fail part-way and the rules answer instead, a last {@code insight} with {@code replace: true} replaces them.
 */
final class AnswerEvents {
    /** Where the events go: the server-sent-event stream, or a test's queue. */
    @FunctionalInterface
    interface Sink {
        void send(String event, Object data) throws IOException;
    }

    private final Assistant assistant;

    AnswerEvents(Assistant assistant) {
        this.assistant = assistant;
    }

    void write(WorkspaceId workspace, String question, Sink sink) throws IOException {
        long started = System.nanoTime();
        StringBuilder sent = new StringBuilder();
        StagedAnswer answer;
        try {
            answer = assistant.start(workspace, question, piece -> {
                try {
                    sink.send("insight", Map.of("text", piece));
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // the reader went away: the assistant stops
                }
                sent.append(piece);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        finishSentence(answer.insight(), sent.toString(), sink);
        for (StagedAnswer.CardSource source : answer.cards()) {
            Optional<Card> card = source.compute();
            if (card.isPresent()) {
                sink.send("card", card.get());
            }
        }
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("query", answer.query());
        sink.send("query", query);
        Map<String, Object> done = new LinkedHashMap<>();
        done.put("intent", answer.interpretation().intent());
        done.put("source", answer.source());
        done.put("millis", (System.nanoTime() - started) / 1_000_000);
        sink.send("done", done);
    }

    /** What the reader has not seen of the sentence: all of it, the rest of it, or a replacement for what it saw. */
    private static void finishSentence(String insight, String sent, Sink sink) throws IOException {
        if (sent.isEmpty()) {
            sink.send("insight", Map.of("text", insight));
        } else if (insight.startsWith(sent)) {
            if (insight.length() > sent.length()) {
                sink.send("insight", Map.of("text", insight.substring(sent.length())));
            }
        } else if (!insight.equals(sent.strip())) {
            sink.send("insight", Map.of("text", insight, "replace", true));
        }
    }
}
