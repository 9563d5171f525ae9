package com.scudo.assistant.web;

import com.scudo.assistant.Assistant;
import com.scudo.platform.ThreadPools;
import com.scudo.shared.WorkspaceId;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/** Computes answers off the request thread and sends each part as a server-sent event the moment it is ready. */
@Component
class AnswerStreams {
    private static final Logger log = LoggerFactory.getLogger(AnswerStreams.class);
    private static final long TIMEOUT_MS = 120_000;
    private final AnswerEvents events;
    private final ExecutorService executor;

    AnswerStreams(Assistant assistant, ThreadPools pools) {
        this.events = new AnswerEvents(assistant);
        // Bounded: a flood of questions is refused (503 via the rejected task) instead of queueing without end.
        this.executor = pools.shared("assistant-stream");
    }

    SseEmitter start(WorkspaceId workspace, String question) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
        executor.execute(() -> send(emitter, workspace, question));
        return emitter;
    }

    private void send(SseEmitter emitter, WorkspaceId workspace, String question) {
        try {
            events.write(workspace, question,
                    (name, data) -> emitter.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON)));
            emitter.complete();
        } catch (IOException e) {
            fail(emitter, e); // the client went away
        } catch (RuntimeException e) {
            log.warn("Assistant stream failed", e);
            try {
                emitter.send(SseEmitter.event().name("error").data(Map.of("detail", "The answer could not be computed"),
                        MediaType.APPLICATION_JSON));
                emitter.complete();
            } catch (IOException | RuntimeException ignored) {
                fail(emitter, e);
            }
        }
    }

    /** Ends the stream with an error; a request that ended before its stream began (refused, client gone) has none. */
    private static void fail(SseEmitter emitter, Exception e) {
        try {
            emitter.completeWithError(e);
        } catch (IllegalStateException noStream) {
            log.debug("Assistant stream ended before it began", noStream);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
