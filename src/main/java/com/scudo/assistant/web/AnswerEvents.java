package com.scudo.assistant.web;

import com.scudo.assistant.Assistant;
import com.scudo.assistant.Card;
import com.scudo.assistant.StagedAnswer;
import com.scudo.shared.WorkspaceId;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One answer as a sequence of events, each sent as soon as it is known: {@code insight} (the sentence), one
 * {@code card} per card the moment its source has computed it, {@code query}, {@code done}. The reader sees the
 * sentence while the slower cards (members, recommended actions) are still being looked up.
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
        StagedAnswer answer = assistant.start(workspace, question);
        sink.send("insight", Map.of("text", answer.insight()));
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
}
