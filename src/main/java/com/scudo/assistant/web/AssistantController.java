package com.scudo.assistant.web;

import com.scudo.assistant.Answer;
import com.scudo.assistant.Assistant;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.WorkspaceId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The assistant over HTTP: {@code POST /ask} answers as JSON; {@code /stream} (GET with {@code q}, or POST) sends
 * the same answer as server-sent events: the {@code insight} sentence first, then one {@code card} per card as it is
 * computed, {@code query}, {@code done}.
 */
@RestController
@RequestMapping("/api/v1/assistant")
class AssistantController {
    private final Assistant assistant;
    private final AnswerStreams streams;

    AssistantController(Assistant assistant, AnswerStreams streams) {
        this.assistant = assistant;
        this.streams = streams;
    }

    record Question(String question) {
    }

    @PostMapping("/ask")
    Answer ask(WorkspaceId workspace, @RequestBody(required = false) Question body) {
        return assistant.ask(workspace, checked(body == null ? null : body.question()));
    }

    @GetMapping("/stream")
    SseEmitter stream(WorkspaceId workspace, @RequestParam(name = "q", required = false) String q,
                      @RequestParam(name = "question", required = false) String question) {
        return streams.start(workspace, checked(q != null ? q : question));
    }

    @PostMapping("/stream")
    SseEmitter streamPost(WorkspaceId workspace, @RequestBody(required = false) Question body) {
        return streams.start(workspace, checked(body == null ? null : body.question()));
    }

    /** Refused before any event is sent, so the client gets a 400 problem detail rather than a broken stream. */
    private static String checked(String question) {
        if (question != null && question.length() > Assistant.MAX_QUESTION_LENGTH) {
            throw new InvalidInputException("question", "A question can have at most " + Assistant.MAX_QUESTION_LENGTH
                    + " characters; this one has " + question.length());
        }
        return question == null ? "" : question;
    }
}
