package com.scudo.assistant.web;

import com.scudo.assistant.Answer;
import com.scudo.assistant.Assistant;
import com.scudo.assistant.Card;
import com.scudo.platform.ThreadPools;
import com.scudo.shared.WorkspaceId;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/** Computes answers off the request thread and sends them as server-sent events. */
@Component
class AnswerStreams {
    private static final Logger log = LoggerFactory.getLogger(AnswerStreams.class);
    private static final long TIMEOUT_MS = 120_000;
    /** The insight goes out in about this many pieces, at word boundaries. */
    private static final int INSIGHT_CHUNKS = 3;
    private final Assistant assistant;
    private final ExecutorService executor;

    AnswerStreams(Assistant assistant, ThreadPools pools) {
        this.assistant = assistant;
        // Bounded: a flood of questions is refused (503 via the rejected task) instead of queueing without end.
        this.executor = pools.shared("assistant-stream");
    }

    SseEmitter start(WorkspaceId workspace, String question) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
        executor.execute(() -> send(emitter, workspace, question));
        return emitter;
    }

    private void send(SseEmitter emitter, WorkspaceId workspace, String question) {
        long started = System.nanoTime();
        try {
            Answer answer = assistant.ask(workspace, question);
            for (String chunk : chunks(answer.insight())) {
                emitter.send(SseEmitter.event().name("insight").data(Map.of("text", chunk), MediaType.APPLICATION_JSON));
            }
            for (Card card : answer.cards()) {
                emitter.send(SseEmitter.event().name("card").data(card, MediaType.APPLICATION_JSON));
            }
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("query", answer.query());
            emitter.send(SseEmitter.event().name("query").data(query, MediaType.APPLICATION_JSON));
            Map<String, Object> done = new LinkedHashMap<>();
            done.put("intent", answer.interpretation().intent());
            done.put("source", answer.source());
            done.put("millis", (System.nanoTime() - started) / 1_000_000);
            emitter.send(SseEmitter.event().name("done").data(done, MediaType.APPLICATION_JSON));
            emitter.complete();
        } catch (IOException e) {
            emitter.completeWithError(e); // the client went away
        } catch (RuntimeException e) {
            log.warn("Assistant stream failed", e);
            try {
                emitter.send(SseEmitter.event().name("error").data(Map.of("detail", "The answer could not be computed"),
                        MediaType.APPLICATION_JSON));
                emitter.complete();
            } catch (IOException | RuntimeException ignored) {
                emitter.completeWithError(e);
            }
        }
    }

    /** The sentence in a few pieces, split at spaces; joined back they give the sentence exactly. */
    static List<String> chunks(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int size = Math.max(1, text.length() / INSIGHT_CHUNKS);
        int from = 0;
        while (from < text.length()) {
            int to = Math.min(text.length(), from + size);
            int space = text.indexOf(' ', to);
            to = out.size() == INSIGHT_CHUNKS - 1 || space < 0 ? text.length() : space + 1;
            out.add(text.substring(from, to));
            from = to;
        }
        return out;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
